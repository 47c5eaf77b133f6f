// `ops verify` beyond the manifest's objects: the alias search's lookups must
// use their indexes (a dropped index fails verify as "index not used", with
// the step and the index named), and database-level grants (CONNECT,
// TEMPORARY) are compared with the manifest — including after a snapshot
// restore, which makes a new database whose grants must be copied by hand.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";
import { testRoles } from "../helpers/test-env.ts";
import { checkSearchPlans, SEARCH_PLAN_PROBES } from "../../server/src/ops/search-plan.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

interface Problem {
  kind: string;
  problem: string;
  name: string;
  expected?: string;
  actual?: string;
}

const verifyJson = async () => {
  const run = await runOps(db, ["verify", "--json"]);
  return { code: run.code, problems: JSON.parse(run.stdout) as Problem[], stderr: run.stderr };
};

it("finds every intended index in the search lookups' plans on a freshly migrated (small) database", async () => {
  const client = await db.ownerPool.connect();
  try {
    const results = await checkSearchPlans(client);
    expect(results.map((r) => [r.index, r.ok || r.used])).toEqual(SEARCH_PLAN_PROBES.map((p) => [p.index, true]));
    // The transaction is rolled back: the session's own settings are untouched.
    expect((await client.query("show enable_seqscan")).rows[0].enable_seqscan).toBe("on");
  } finally {
    client.release();
  }
  const run = await runOps(db, ["verify"]);
  expect(run.stdout).toMatch(/search plan: \d+ lookups/);
  expect(run.code).toBe(0);
});

it("fails verify with 'index not used' when a search index is dropped, naming the step and the index", async () => {
  await db.rootPool.query("drop index app_private.search_names_tokens_idx");
  try {
    const { code, problems } = await verifyJson();
    expect(code).toBe(1);
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: "index", problem: "missing", name: "app_private.search_names_tokens_idx" },
        {
          kind: "search plan",
          problem: "index not used",
          name: "candidates: names holding a probe word",
          expected: "app_private.search_names_tokens_idx",
          actual: expect.stringMatching(/^uses no index$|^uses /) as unknown as string,
        },
      ]),
    );
    const table = await runOps(db, ["verify"]);
    expect(table.stdout).toMatch(
      /FAIL\s+search plan\s+index not used\s+candidates: names holding a probe word\s+app_private\.search_names_tokens_idx/,
    );
  } finally {
    // As migration 000008 defines it (without GIN fast update): verify compares the definition too.
    await db.rootPool.query(
      "create index search_names_tokens_idx on app_private.search_names using gin (tokens) with (fastupdate = off)",
    );
  }
  expect((await verifyJson()).code).toBe(0);
});

it("fails verify when an index is still there but cannot be used (marked invalid, as a failed concurrent build leaves it)", async () => {
  const invalidate = (valid: boolean) =>
    db.rootPool.query(
      `update pg_index set indisvalid = $1 where indexrelid = 'app_private.search_tokens_trgm_idx'::regclass`,
      [valid],
    );
  await invalidate(false);
  try {
    const { code, problems } = await verifyJson();
    expect(code).toBe(1);
    expect(problems.filter((p) => p.kind === "search plan").map((p) => p.expected)).toEqual([
      "app_private.search_tokens_trgm_idx",
    ]);
  } finally {
    await invalidate(true);
  }
});

it("compares database-level grants: a revoked TEMPORARY and a CONNECT given to PUBLIC both fail verify", async () => {
  expect((await verifyJson()).problems).toEqual([]);
  await db.rootPool.query(`revoke temporary on database "${db.name}" from ${testRoles.visitors.steward}`);
  await db.rootPool.query(`grant connect on database "${db.name}" to public`);
  try {
    const { code, problems } = await verifyJson();
    expect(code).toBe(1);
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: "grant", problem: "missing", name: "steward: temporary on database" },
        { kind: "grant", problem: "unexpected", name: "public: connect on database" },
      ]),
    );
  } finally {
    await db.rootPool.query(`grant temporary on database "${db.name}" to ${testRoles.visitors.steward}`);
    await db.rootPool.query(`revoke connect on database "${db.name}" from public`);
  }
});

it("keeps database-level grants through snapshot and restore, so verify passes on the restored database", async () => {
  const env = { env: { ROOT_DATABASE_URL: db.rootUrl } };
  const created = await runOps(db, ["snapshot", "--terminate"], env);
  expect(created.code).toBe(0);
  const name = /^snapshot (\S+) taken in/.exec(created.stdout)![1]!;
  const restored = await runOps(db, ["snapshot", "restore", name], env);
  expect(restored.stderr).toBe("");
  expect(restored.code).toBe(0);
  const keptAs = /kept as (\S+)/.exec(restored.stdout)![1]!;
  try {
    const { rows } = await db.rootPool.query<{ acl: string }>(
      "select datacl::text as acl from pg_database where datname = $1",
      [db.name],
    );
    // No "=Tc/…" entry: PUBLIC got nothing back from the copy's defaults.
    expect(rows[0]!.acl).not.toMatch(/[{,]=/);
    const { code, problems } = await verifyJson();
    expect(problems).toEqual([]);
    expect(code).toBe(0);
  } finally {
    await db.rootPool.query(`drop database if exists "${keptAs}" with (force)`);
    await runOps(db, ["snapshot", "drop", name], env);
  }
});
