// `ops smoke --url …`: the three production smoke tests from the runbook —
// health, UI access, and the critical path (create and retire an alias on the
// dedicated test employer, and find the employer by it in between). Each check
// reports pass/fail with its timing; nothing else in the registry is touched.
import { randomBytes } from "node:crypto";
import { remoteApi, type RemoteApi } from "./remote-api.ts";

export const TEST_EMPLOYER_NAME = "Registry Smoke Test Employer (do not use)";

export interface CheckResult {
  check: string;
  ok: boolean;
  detail: string;
  ms: number;
}

/** Runs one check, turning a thrown error into a failed row with its message. */
export async function timed(check: string, fn: () => Promise<string>): Promise<CheckResult> {
  const began = performance.now();
  try {
    return { check, ok: true, detail: await fn(), ms: performance.now() - began };
  } catch (error) {
    return {
      check,
      ok: false,
      detail: error instanceof Error ? error.message : String(error),
      ms: performance.now() - began,
    };
  }
}

function expectStatus(what: string, status: number, wanted: number): void {
  if (status !== wanted) throw new Error(`${what} answered HTTP ${status}, expected ${wanted}`);
}

export async function checkHealth(api: RemoteApi): Promise<string> {
  const healthz = await api.get("/healthz");
  expectStatus("/healthz", healthz.status, 200);
  const readyz = await api.get("/readyz");
  expectStatus("/readyz", readyz.status, 200);
  return `/healthz and /readyz 200 (${readyz.text.slice(0, 120)})`;
}

export async function checkUi(api: RemoteApi): Promise<string> {
  const page = await api.get("/");
  expectStatus("/", page.status, 200);
  if (!page.contentType.includes("text/html") || !/<div id="root">/.test(page.text)) {
    throw new Error("/ does not serve the steward client's page");
  }
  const graphiql = await api.get("/graphiql");
  expectStatus("/graphiql", graphiql.status, 200);
  return "steward client and GraphiQL pages served";
}

interface Match {
  employerId: string;
  matchedName: string;
  method: string;
}

async function findTestEmployer(api: RemoteApi): Promise<string | null> {
  const { data } = await api.graphql<{ searchEmployers: { nodes: Match[] } }>(
    `query SmokeFind($q: String!) { searchEmployers(query: $q, first: 5) { nodes { employerId matchedName method } } }`,
    { q: TEST_EMPLOYER_NAME },
  );
  return data.searchEmployers.nodes.find((m) => m.matchedName === TEST_EMPLOYER_NAME)?.employerId ?? null;
}

/** The test employer's id, registering it the first time (needs a steward or admin token). */
export async function ensureTestEmployer(api: RemoteApi): Promise<string> {
  const existing = await findTestEmployer(api);
  if (existing) return existing;
  const { data } = await api.graphql<{ registerEmployer: { result: { rowId: string } } }>(
    `mutation SmokeRegister($name: String!) {
       registerEmployer(input: { name: $name, sourceSystem: "manual", sourceRef: "ops smoke" }) { result { rowId } }
     }`,
    { name: TEST_EMPLOYER_NAME },
  );
  return data.registerEmployer.result.rowId;
}

export async function checkCriticalPath(api: RemoteApi, now: Date = new Date()): Promise<string> {
  const employerId = await ensureTestEmployer(api);
  // Time to the second plus a random tag: two smoke runs in the same second must not collide.
  const tag = randomBytes(3).toString("hex").toUpperCase();
  const aliasName = `Smoke Check ${now.toISOString().replace(/\D/g, "").slice(0, 14)} ${tag} Constructions`;
  const added = await api.graphql<{ addAlias: { result: { rowId: string } } }>(
    `mutation SmokeAdd($employerId: BigInt!, $name: String!) {
       addAlias(input: { employerId: $employerId, name: $name, kind: other, visibility: internal,
                         sourceSystem: "manual", sourceRef: "ops smoke" }) { result { rowId } }
     }`,
    { employerId, name: aliasName },
  );
  const aliasId = added.data.addAlias.result.rowId;
  try {
    const found = await api.graphql<{ searchEmployers: { nodes: Match[] } }>(
      `query SmokeSearch($q: String!) { searchEmployers(query: $q, first: 3) { nodes { employerId matchedName method } } }`,
      { q: aliasName },
    );
    const top = found.data.searchEmployers.nodes[0];
    if (!top || top.employerId !== employerId || top.method !== "exact") {
      throw new Error(`searching for the new alias did not find the test employer first (got ${JSON.stringify(top)})`);
    }
    return `alias ${aliasId} added, found by exact search in ${found.ms.toFixed(0)} ms, retired`;
  } finally {
    await api.graphql(
      `mutation SmokeRetire($id: BigInt!) { retireAlias(input: { aliasId: $id }) { clientMutationId } }`,
      {
        id: aliasId,
      },
    );
  }
}

export async function runSmokeTests(options: { url: string; token: string | null }): Promise<CheckResult[]> {
  const api = remoteApi(options.url, options.token);
  const results = [await timed("health", () => checkHealth(api)), await timed("ui access", () => checkUi(api))];
  results.push(
    options.token
      ? await timed("critical path: add, find, retire an alias", () => checkCriticalPath(api))
      : {
          check: "critical path: add, find, retire an alias",
          ok: false,
          detail: "needs --token (a steward's login or API token)",
          ms: 0,
        },
  );
  return results;
}
