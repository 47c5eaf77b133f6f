// `ops verify-staging --url …`: the runbook's five staging tests against a
// live deployment, over HTTP only (GraphQL, /imports, /exports), as a steward:
//   1. promotion console access: the queue answers; a claim and its release work
//   2. alias search API: a known name and an identifier find the test employer;
//      a misspelling of its name lands in the expected band
//   3. analytics dashboard and export: the rollups answer; a CSV export streams a header
//   4. BCI import flow: a tiny generated file naming the test employer (and one
//      unknown company) is uploaded, processed by the worker, and its rows get
//      the expected outcomes
//   5. pending resolution: the unknown company became a pending item; it is
//      resolved (rejected, or matched to the test employer)
// Everything it writes is on a dedicated test employer, found by a fixed
// identifier and registered the first time. Clean-up runs whatever failed:
// the claim is released, the run's pending items still open are rejected,
// and aliases the run gave the test employer are retired.
import { randomBytes } from "node:crypto";
import { remoteApi, type RemoteApi } from "./remote-api.ts";
import { timed, type CheckResult } from "./smoke.ts";

export const STAGING_EMPLOYER_NAME = "Registry Staging Test Employer (do not use)";
/** The test employer's fixed identifier (a BCI company id: the BCI file names it too). */
export const STAGING_EMPLOYER_BCI_ID = "REGISTRY-STAGING-TEST";
/**
 * Two letters swapped in the name's most distinctive word: fuzzy search must find the test employer first.
 * Whether one typo is accepted without a person is the calibrated auto threshold's call (app_public.match_settings,
 * chosen from measured precision), so auto or review both pass; new would mean fuzzy search is broken.
 */
export const STAGING_MISSPELLING = "Registry Stagnig Test Employer (do not use)";
export const STAGING_MISSPELLING_BANDS = ["auto", "review"];

export const STAGING_CHECKS = [
  "promotion console access",
  "alias search API",
  "analytics dashboard and export",
  "BCI import flow",
  "pending resolution",
] as const;

export interface StagingOptions {
  url: string;
  /** A steward's (or admin's) login token: claims need a user. */
  token: string;
  /** How a pending item is resolved: rejected (default), or matched to the test employer. */
  resolve?: "reject" | "match";
  /** How long to wait for the worker to finish the uploaded batch. */
  importTimeoutMs?: number;
  pollMs?: number;
}

/** Logs in through the login mutation (for --user/--password) and returns the token. */
export async function loginToken(url: string, username: string, password: string): Promise<string> {
  const { data } = await remoteApi(url, null).graphql<{ login: { result: string | null } | null }>(
    `mutation StagingLogin($username: String!, $password: String!) {
       login(input: { username: $username, password: $password }) { result }
     }`,
    { username, password },
  );
  if (!data.login?.result) throw new Error(`login as ${username} failed`);
  return data.login.result;
}

interface Match {
  employerId: string;
  matchedName: string;
  method: string;
  band: string;
  score: number;
}

const SEARCH = `query StagingSearch($q: String!) {
  searchEmployers(query: $q, first: 5) { nodes { employerId matchedName method band score } }
}`;

/** What one run creates, for the checks that follow and for the clean-up. */
interface RunState {
  employerId: string | null;
  /** The newest alias id of the test employer before the run (0 when it had none). */
  lastAliasBefore: bigint;
  claimed: boolean;
  batchId: string | null;
  pendingIds: string[];
}

/**
 * The test employer's newest aliases (a page of 100, newest first: a run adds one or two), live or not.
 * Aliases with a higher id than the newest before the run are the run's.
 */
async function newestAliases(api: RemoteApi, employerId: string): Promise<Array<{ rowId: string; live: boolean }>> {
  const { data } = await api.graphql<{
    employer: { aliases: { nodes: Array<{ rowId: string; validTo: string | null }> } } | null;
  }>(
    `query StagingAliases($id: BigInt!) {
       employer(rowId: $id) { aliases(first: 100, orderBy: PRIMARY_KEY_DESC) { nodes { rowId validTo } } }
     }`,
    { id: employerId },
  );
  if (!data.employer) throw new Error(`test employer #${employerId} is not visible`);
  const today = new Date().toISOString().slice(0, 10);
  return data.employer.aliases.nodes.map((a) => ({ rowId: a.rowId, live: a.validTo === null || a.validTo > today }));
}

/** The test employer's id: found by its identifier, registered (with the identifier) the first time. */
export async function ensureStagingEmployer(api: RemoteApi): Promise<string> {
  const { data } = await api.graphql<{ searchEmployers: { nodes: Match[] } }>(SEARCH, { q: STAGING_EMPLOYER_BCI_ID });
  const found = data.searchEmployers.nodes.find((m) => m.method === "identifier");
  if (found) return found.employerId;
  const registered = await api.graphql<{ registerEmployer: { result: { rowId: string } } }>(
    `mutation StagingRegister($name: String!, $bci: String!) {
       registerEmployer(input: { name: $name, sourceSystem: "manual", sourceRef: "ops verify-staging",
                                 identifiers: [{ scheme: "bci_company", value: $bci }] }) { result { rowId } }
     }`,
    { name: STAGING_EMPLOYER_NAME, bci: STAGING_EMPLOYER_BCI_ID },
  );
  return registered.data.registerEmployer.result.rowId;
}

function needEmployer(state: RunState): string {
  if (!state.employerId) throw new Error("skipped: the test employer could not be found or registered");
  return state.employerId;
}

async function checkPromotionConsole(api: RemoteApi, state: RunState): Promise<string> {
  const employerId = needEmployer(state);
  const queue = await api.graphql<{ canonicalPromotionQueue: { totalCount: number } }>(
    `{ canonicalPromotionQueue(first: 5) { totalCount nodes { employerId candidateName score } } }`,
  );
  await api.graphql(
    `mutation StagingClaim($id: BigInt!) { claimPromotionItem(input: { employerId: $id, minutes: 5 }) { result { employerId expiresAt } } }`,
    { id: employerId },
  );
  state.claimed = true;
  await api.graphql(
    `mutation StagingRelease($id: BigInt!) { releasePromotionItem(input: { employerId: $id }) { result { employerId } } }`,
    { id: employerId },
  );
  state.claimed = false;
  return `queue answers (${queue.data.canonicalPromotionQueue.totalCount} items); claim and release of the test employer work`;
}

async function checkAliasSearch(api: RemoteApi, state: RunState): Promise<string> {
  const employerId = needEmployer(state);
  const search = async (q: string) => (await api.graphql<{ searchEmployers: { nodes: Match[] } }>(SEARCH, { q })).data;
  const byName = (await search(STAGING_EMPLOYER_NAME)).searchEmployers.nodes[0];
  if (byName?.employerId !== employerId || byName.method !== "exact") {
    throw new Error(`the test employer's name did not find it first by exact match (got ${JSON.stringify(byName)})`);
  }
  const byId = (await search(STAGING_EMPLOYER_BCI_ID)).searchEmployers.nodes[0];
  if (byId?.employerId !== employerId || byId.method !== "identifier") {
    throw new Error(
      `the identifier ${STAGING_EMPLOYER_BCI_ID} did not find the test employer (got ${JSON.stringify(byId)})`,
    );
  }
  const typo = (await search(STAGING_MISSPELLING)).searchEmployers.nodes.find((m) => m.employerId === employerId);
  if (!typo) {
    // Fuzzy search knows only the words counted by app_hidden.refresh_search_stats() (bulk loads run it); a
    // test employer registered since the last count is found by exact name and identifier, not by a typo.
    throw new Error(
      `the misspelling "${STAGING_MISSPELLING}" did not find the test employer (if it was registered since the ` +
        "search statistics were last refreshed, run select app_hidden.refresh_search_stats(); see RUNBOOK T3)",
    );
  }
  if (!STAGING_MISSPELLING_BANDS.includes(typo.band)) {
    throw new Error(
      `the misspelling landed in the ${typo.band} band (score ${typo.score}), expected ${STAGING_MISSPELLING_BANDS.join(" or ")}`,
    );
  }
  return `name: exact, identifier: identifier, misspelling: ${typo.band} band (score ${typo.score.toFixed(2)})`;
}

async function checkAnalytics(api: RemoteApi): Promise<string> {
  const rollups = await api.graphql<{ analyticsCoverageDailies: { nodes: unknown[] } }>(
    `{ analyticsCoverageDailies(first: 7, orderBy: DAY_DESC) { nodes { day activeEmployers aliasCoverage } }
       analyticsRefreshes(first: 1, orderBy: PRIMARY_KEY_DESC) { nodes { startedAt finishedAt } } }`,
  );
  const csv = await api.get("/exports/coverage-per-day.csv");
  if (csv.status !== 200)
    throw new Error(`/exports/coverage-per-day.csv answered HTTP ${csv.status}: ${csv.text.slice(0, 200)}`);
  if (!csv.contentType.startsWith("text/csv")) throw new Error(`the export is ${csv.contentType}, not text/csv`);
  const header = csv.text.split(/\r?\n/)[0] ?? "";
  if (!/^"?day"?,/.test(header)) throw new Error(`the export's first line is not its header: ${header.slice(0, 120)}`);
  const lines = csv.text.split(/\r?\n/).filter(Boolean).length;
  return `rollups answer (${rollups.data.analyticsCoverageDailies.nodes.length} days); export streamed a header and ${lines - 1} row(s)`;
}

/** A two-row BCI file: the test employer by name and id, and a company nobody knows. */
export function stagingBciFile(tag: string): { csv: string; unknownName: string } {
  const unknownName = `Zyqvarn Staging Probe ${tag} Pty Ltd`;
  const header = "Company Name,BCI Company ID,ABN,ACN,Trading Name,Project ID,Project Name,Role,State,Postcode";
  const rows = [
    `${STAGING_EMPLOYER_NAME},${STAGING_EMPLOYER_BCI_ID},,,,STAGING-${tag},Staging check ${tag},builder,NSW,2000`,
    `${unknownName},,,,,STAGING-${tag},Staging check ${tag},subcontractor,NSW,2000`,
  ];
  return { csv: [header, ...rows].join("\r\n") + "\r\n", unknownName };
}

interface BatchRow {
  line: number;
  outcome: string | null;
  employerId: string | null;
  pendingEmployerId: string | null;
  explanation: string | null;
}

async function checkImportFlow(api: RemoteApi, state: RunState, options: StagingOptions): Promise<string> {
  const employerId = needEmployer(state);
  const tag = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}${randomBytes(2).toString("hex").toUpperCase()}`;
  const { csv } = stagingBciFile(tag);
  const upload = await api.post(
    `/imports?source=bci&filename=${encodeURIComponent(`staging-check-${tag}.csv`)}`,
    csv,
    "text/csv",
  );
  if (upload.status !== 202) throw new Error(`the upload answered HTTP ${upload.status}: ${upload.text.slice(0, 200)}`);
  const batchId = String((JSON.parse(upload.text) as { batch: { rowId: number } }).batch.rowId);
  state.batchId = batchId;

  const deadline = Date.now() + (options.importTimeoutMs ?? 120_000);
  type Batch = { state: string; rowsProcessed: number; rowCount: number; lastError: string | null };
  let batch: Batch;
  for (;;) {
    const { data } = await api.graphql<{ importBatch: Batch | null }>(
      `query StagingBatch($id: BigInt!) { importBatch(rowId: $id) { state rowsProcessed rowCount lastError } }`,
      { id: batchId },
    );
    if (!data.importBatch) throw new Error(`batch ${batchId} is not visible to this token`);
    batch = data.importBatch;
    if (batch.state === "done" || batch.state === "failed") break;
    if (Date.now() > deadline) {
      throw new Error(
        `batch ${batchId} still ${batch.state} (${batch.rowsProcessed}/${batch.rowCount} rows) after ${((options.importTimeoutMs ?? 120_000) / 1000).toFixed(0)} s: is the worker running?`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
  if (batch.state === "failed") throw new Error(`batch ${batchId} failed: ${batch.lastError ?? "no reason given"}`);

  const { data } = await api.graphql<{ importRows: { nodes: BatchRow[] } }>(
    `query StagingRows($id: BigInt!) {
       importRows(condition: { batchId: $id }, orderBy: LINE_ASC, first: 10) { nodes { line outcome employerId pendingEmployerId explanation } }
     }`,
    { id: batchId },
  );
  const [known, unknown] = data.importRows.nodes;
  if (!known || !unknown) throw new Error(`batch ${batchId} has ${data.importRows.nodes.length} row(s), expected 2`);
  if (unknown.pendingEmployerId) state.pendingIds.push(unknown.pendingEmployerId);
  if (!known.outcome?.startsWith("matched_") || known.employerId !== employerId) {
    throw new Error(
      `line ${known.line} (the test employer) got ${known.outcome} for employer ${known.employerId}: ${known.explanation}`,
    );
  }
  if (unknown.outcome !== "pending" || !unknown.pendingEmployerId) {
    throw new Error(
      `line ${unknown.line} (an unknown company) got ${unknown.outcome}, expected pending: ${unknown.explanation}`,
    );
  }
  return `batch ${batchId} done: test employer ${known.outcome}, unknown company pending #${unknown.pendingEmployerId}`;
}

async function checkPendingResolution(api: RemoteApi, state: RunState, options: StagingOptions): Promise<string> {
  const employerId = needEmployer(state);
  const pendingId = state.pendingIds[0];
  if (!pendingId) throw new Error("skipped: the BCI import test made no pending item to resolve");
  const { data } = await api.graphql<{ pendingEmployer: { status: string; name: string } | null }>(
    `query StagingPending($id: BigInt!) { pendingEmployer(rowId: $id) { status name } }`,
    { id: pendingId },
  );
  if (data.pendingEmployer?.status !== "open") {
    throw new Error(`pending item #${pendingId} is ${data.pendingEmployer?.status ?? "not visible"}, expected open`);
  }
  const resolved =
    options.resolve === "match"
      ? await api.graphql<{ matchPendingEmployer: { result: { status: string } } }>(
          `mutation StagingMatch($id: BigInt!, $employerId: BigInt!) {
             matchPendingEmployer(input: { pendingEmployerId: $id, employerId: $employerId, note: "ops verify-staging" }) { result { status } }
           }`,
          { id: pendingId, employerId },
        )
      : await api.graphql<{ rejectPendingEmployer: { result: { status: string } } }>(
          `mutation StagingReject($id: BigInt!) {
             rejectPendingEmployer(input: { pendingEmployerId: $id, reason: "ops verify-staging test item" }) { result { status } }
           }`,
          { id: pendingId },
        );
  const status =
    "matchPendingEmployer" in resolved.data
      ? resolved.data.matchPendingEmployer.result.status
      : resolved.data.rejectPendingEmployer.result.status;
  const wanted = options.resolve === "match" ? "matched" : "rejected";
  if (status !== wanted) throw new Error(`pending item #${pendingId} became ${status}, expected ${wanted}`);
  return `pending item #${pendingId} "${data.pendingEmployer.name}" ${status}`;
}

/** Undoes what the run left: the claim, open pending items, aliases added to the test employer. */
async function cleanUp(api: RemoteApi, state: RunState): Promise<string> {
  const done: string[] = [];
  const problems: string[] = [];
  // Each step says what it undid (null: nothing was left to undo), or throws.
  const attempt = async (what: string, fn: () => Promise<string | null>) => {
    try {
      const undone = await fn();
      if (undone) done.push(undone);
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (state.claimed && state.employerId) {
    await attempt("claim released", async () => {
      await api.graphql(
        `mutation StagingRelease($id: BigInt!) { releasePromotionItem(input: { employerId: $id }) { clientMutationId } }`,
        { id: state.employerId },
      );
      return "claim released";
    });
  }
  if (state.batchId && state.pendingIds.length === 0) {
    // The import test failed after the upload (a timeout, unexpected outcomes): its batch may still have
    // made pending items. A batch still in progress can make more after this run; the detail says so.
    await attempt(`batch ${state.batchId} read for pending items`, async () => {
      const { data } = await api.graphql<{
        importBatch: { state: string; rows: { nodes: Array<{ pendingEmployerId: string | null }> } } | null;
      }>(
        `query StagingBatchPending($id: BigInt!) {
           importBatch(rowId: $id) { state rows(first: 10) { nodes { pendingEmployerId } } }
         }`,
        { id: state.batchId },
      );
      for (const row of data.importBatch?.rows.nodes ?? [])
        if (row.pendingEmployerId) state.pendingIds.push(row.pendingEmployerId);
      if (data.importBatch && data.importBatch.state !== "done" && data.importBatch.state !== "failed") {
        throw new Error(`still ${data.importBatch.state}: reject its pending items once it is done`);
      }
      return null;
    });
  }
  for (const id of state.pendingIds) {
    await attempt(`pending item #${id} rejected`, async () => {
      const { data } = await api.graphql<{ pendingEmployer: { status: string } | null }>(
        `query StagingPending($id: BigInt!) { pendingEmployer(rowId: $id) { status } }`,
        { id },
      );
      if (data.pendingEmployer?.status !== "open") return null;
      await api.graphql(
        `mutation StagingReject($id: BigInt!) {
           rejectPendingEmployer(input: { pendingEmployerId: $id, reason: "ops verify-staging clean-up" }) { clientMutationId }
         }`,
        { id },
      );
      return `pending item #${id} rejected`;
    });
  }
  if (state.employerId) {
    const employerId = state.employerId;
    await attempt("aliases added by the run retired", async () => {
      let retired = 0;
      for (const alias of await newestAliases(api, employerId)) {
        if (!alias.live || BigInt(alias.rowId) <= state.lastAliasBefore) continue;
        await api.graphql(
          `mutation StagingRetire($id: BigInt!) { retireAlias(input: { aliasId: $id }) { clientMutationId } }`,
          { id: alias.rowId },
        );
        retired++;
      }
      return retired ? `${retired} alias(es) added by the run retired` : null;
    });
  }
  if (problems.length) throw new Error(problems.join("; "));
  return done.join(", ") || "nothing left to undo";
}

/**
 * Runs the five staging tests in order and the clean-up, whatever failed.
 * Returns a row per test, then "test employer" (its set-up) and "clean-up".
 */
export async function runStagingTests(options: StagingOptions): Promise<CheckResult[]> {
  const api = remoteApi(options.url, options.token);
  const state: RunState = { employerId: null, lastAliasBefore: 0n, claimed: false, batchId: null, pendingIds: [] };
  const setup = await timed("test employer", async () => {
    state.employerId = await ensureStagingEmployer(api);
    state.lastAliasBefore = BigInt((await newestAliases(api, state.employerId))[0]?.rowId ?? 0);
    return `#${state.employerId} (${STAGING_EMPLOYER_BCI_ID})`;
  });
  const results = [setup];
  try {
    results.push(await timed(STAGING_CHECKS[0], () => checkPromotionConsole(api, state)));
    results.push(await timed(STAGING_CHECKS[1], () => checkAliasSearch(api, state)));
    results.push(await timed(STAGING_CHECKS[2], () => checkAnalytics(api)));
    results.push(await timed(STAGING_CHECKS[3], () => checkImportFlow(api, state, options)));
    results.push(await timed(STAGING_CHECKS[4], () => checkPendingResolution(api, state, options)));
  } finally {
    results.push(await timed("clean-up", () => cleanUp(api, state)));
  }
  return results;
}
