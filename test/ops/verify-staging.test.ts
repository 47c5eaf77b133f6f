// `ops verify-staging` against the real HTTP server and a real graphile-worker
// (the uploaded batch must be processed): all five tests pass and leave
// nothing live behind (no claim, no open pending item, no live alias added to
// the test employer), twice, with one test employer; a feature switched off
// fails its test with a clear reason while the others pass and the clean-up
// still runs; usage errors exit 2.
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { lines, runOps } from "../helpers/ops.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { startWorker, type RunningWorker } from "../../server/src/worker/runner.ts";
import { remoteApi } from "../../server/src/ops/remote-api.ts";
import {
  ensureStagingEmployer,
  runStagingTests,
  STAGING_CHECKS,
  STAGING_EMPLOYER_BCI_ID,
  STAGING_EMPLOYER_NAME,
} from "../../server/src/ops/staging.ts";

let db: TestDatabase;
let server: TestServer;
let worker: RunningWorker | null;
let users: TestUsers;
let stewardToken: string;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db);
  worker = await startWorker({
    connectionString: db.ownerUrl,
    logger: pino({ level: "silent" }),
    chunkRows: 50,
    pollInterval: 200,
    crontab: "",
  });
  stewardToken = await server.login(users.steward.username, users.steward.password);
  // As on a staging database that has seen a refresh of the search statistics since the test employer was
  // registered (the runbook's first-run step): fuzzy search knows its words.
  await ensureStagingEmployer(remoteApi(server.url, stewardToken));
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
}, 180_000);
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await db?.drop();
});

const ALL_ROWS = ["test employer", ...STAGING_CHECKS, "clean-up"];

/** What a run may leave: the test employer (one), its retired aliases; nothing claimed, open or live. */
async function leftovers() {
  const employers = await db.ownerPool.query<{ id: string }>(
    `select e.id::text from app_public.employers e
       join app_public.employer_identifiers i on i.employer_id = e.id
      where i.scheme = 'bci_company' and i.value = $1`,
    [STAGING_EMPLOYER_BCI_ID],
  );
  const employerId = employers.rows[0]?.id ?? null;
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.ownerPool.query<{ n: number }>(sql, params)).rows[0]!.n);
  return {
    employers: employers.rowCount,
    claims: await count("select count(*)::int as n from app_public.promotion_claims"),
    openPending: await count(
      "select count(*)::int as n from app_public.pending_employers where status = 'open' and name like 'Zyqvarn Staging Probe%'",
    ),
    liveAliases: await count(
      "select count(*)::int as n from app_public.aliases where employer_id = $1 and (valid_to is null or valid_to > current_date)",
      [employerId],
    ),
  };
}

it("passes all five tests through the command line with a login, and leaves nothing live behind", async () => {
  const run = await runOps(db, [
    "verify-staging",
    "--url",
    server.url,
    "--user",
    users.steward.username,
    "--password",
    users.steward.password,
  ]);
  expect(run.stderr).toBe("");
  const table = lines(run.stdout);
  expect(table[0]).toMatch(/^test\s+result\s+ms\s+detail$/);
  for (const check of ALL_ROWS) {
    expect(table.find((l) => l.startsWith(check))).toMatch(new RegExp(`^${check}\\s+pass\\s+\\d+\\s+\\S`));
  }
  expect(table.at(-1)).toBe("all staging tests passed");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/misspelling: (auto|review) band/);
  expect(run.stdout).toMatch(/batch \d+ done: test employer matched_identifier, unknown company pending #\d+/);
  expect(await leftovers()).toEqual({ employers: 1, claims: 0, openPending: 0, liveAliases: 0 });
  const employer = await db.ownerPool.query("select name from app_public.employers where name = $1", [
    STAGING_EMPLOYER_NAME,
  ]);
  expect(employer.rowCount).toBe(1);
});

it("runs again on the same test employer, and retires the alias that matching the pending item added", async () => {
  const results = await runStagingTests({ url: server.url, token: stewardToken, resolve: "match", pollMs: 200 });
  expect(results.map((r) => [r.check, r.ok || r.detail])).toEqual(ALL_ROWS.map((check) => [check, true]));
  expect(results.find((r) => r.check === "pending resolution")!.detail).toMatch(/matched$/);
  expect(results.at(-1)!.detail).toBe("1 alias(es) added by the run retired");
  // Matching made the unknown company's name an alias of the test employer; the clean-up retired it.
  const aliases = await db.ownerPool.query<{ name: string; live: boolean }>(
    `select a.name, (a.valid_to is null or a.valid_to > current_date) as live
       from app_public.aliases a join app_public.employers e on e.id = a.employer_id where e.name = $1`,
    [STAGING_EMPLOYER_NAME],
  );
  expect(aliases.rows.map((a) => a.name)).toEqual([expect.stringMatching(/^Zyqvarn Staging Probe /)]);
  expect(aliases.rows.every((a) => !a.live)).toBe(true);
  expect(await leftovers()).toEqual({ employers: 1, claims: 0, openPending: 0, liveAliases: 0 });
});

it("fails the promotion test with a clear reason when canonical_promotion is off, runs the rest, cleans up, exits 1", async () => {
  await runOps(db, ["disable", "canonical_promotion", "--reason", "verify-staging test"]);
  try {
    const run = await runOps(db, ["verify-staging", "--url", server.url, "--token", stewardToken, "--json"]);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ check: string; ok: boolean; detail: string; ms: number }>;
    expect(results.map((r) => [r.check, r.ok])).toEqual(ALL_ROWS.map((c) => [c, c !== "promotion console access"]));
    expect(results[1]!.detail).toMatch(
      /^GraphQL error FEATURE_DISABLED: The canonical promotion feature is switched off/,
    );
    expect(results.every((r) => r.ms >= 0)).toBe(true);
  } finally {
    await runOps(db, ["enable", "canonical_promotion", "--reason", "verify-staging test over"]);
  }
  expect(await leftovers()).toEqual({ employers: 1, claims: 0, openPending: 0, liveAliases: 0 });
});

it("fails the import and pending tests when imports are off, saying why, and the table says staging is not ready", async () => {
  await runOps(db, ["disable", "imports", "--reason", "verify-staging test"]);
  try {
    const run = await runOps(db, ["verify-staging", "--url", server.url], { env: { STAGING_TOKEN: stewardToken } });
    expect(run.code).toBe(1);
    const table = lines(run.stdout);
    expect(table.find((l) => l.startsWith("BCI import flow"))).toMatch(
      /FAIL\s+\d+\s+the upload answered HTTP 503: .*FEATURE_DISABLED/,
    );
    expect(table.find((l) => l.startsWith("pending resolution"))).toMatch(
      /FAIL\s+\d+\s+skipped: the BCI import test made no pending item to resolve/,
    );
    expect(table.find((l) => l.startsWith("clean-up"))).toMatch(/pass/);
    expect(table.at(-1)).toBe("2 failed: staging is not ready");
  } finally {
    await runOps(db, ["enable", "imports", "--reason", "verify-staging test over"]);
  }
  expect(await leftovers()).toEqual({ employers: 1, claims: 0, openPending: 0, liveAliases: 0 });
});

it("refuses to run without a steward, and with a wrong password says the login failed", async () => {
  const none = await runOps(db, ["verify-staging", "--url", server.url], {
    env: { STAGING_TOKEN: undefined, SMOKE_TOKEN: undefined },
  });
  expect(none.code).toBe(2);
  expect(none.stderr).toMatch(/verify-staging needs a steward: --token/);
  expect((await runOps(db, ["verify-staging"])).code).toBe(2);
  const wrong = await runOps(db, [
    "verify-staging",
    "--url",
    server.url,
    "--user",
    users.steward.username,
    "--password",
    "not-the-password",
  ]);
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toMatch(/^error: .*(login|password|GraphQL error)/i);
});

it("with no worker running, fails the import test saying so, and the clean-up says the batch is still queued", async () => {
  await worker!.stop();
  worker = null;
  const results = await runStagingTests({ url: server.url, token: stewardToken, importTimeoutMs: 1_500, pollMs: 200 });
  const byCheck = Object.fromEntries(results.map((r) => [r.check, r]));
  expect(byCheck["BCI import flow"]).toMatchObject({
    ok: false,
    detail: expect.stringMatching(
      /^batch \d+ still queued \(0\/2 rows\) after 2 s: is the worker running\?$/,
    ) as unknown,
  });
  expect(byCheck["pending resolution"]!.ok).toBe(false);
  expect(byCheck["clean-up"]).toMatchObject({
    ok: false,
    detail: expect.stringMatching(
      /^batch \d+ read for pending items: still queued: reject its pending items once it is done$/,
    ) as unknown,
  });
  // Everything else the run did was undone.
  expect(await leftovers()).toEqual({ employers: 1, claims: 0, openPending: 0, liveAliases: 0 });
});
