// The runbook's deployment commands through the real command line: verify
// passes on a migrated database and fails (exit 1) naming what an operator
// broke; snapshots are taken, listed and dropped; preflight prints its table
// and fails without a backup; backup refuses clearly where no pg_dump fits;
// smoke fails every check against a server that is not there.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";
import { findClientProgram } from "../../server/src/ops/pg-client-tools.ts";
import { serverVersion } from "../../server/src/ops/backup.ts";

let db: TestDatabase;
let scratch: string;
beforeAll(async () => {
  db = await createTestDatabase();
  scratch = await mkdtemp(join(tmpdir(), "ear-ops-deploy-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
  await db.drop();
});

const withRoot = () => ({ env: { ROOT_DATABASE_URL: db.rootUrl } });

it("verify passes on a migrated database", async () => {
  const run = await runOps(db, ["verify"]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toMatch(
    /^manifest: \d+ tables, \d+ views, \d+ functions, \d+ indexes, \d+ triggers, \d+ grants; search plan: \d+ lookups/,
  );
  expect(run.stdout).toMatch(/verified: the database matches the manifest\n$/);
  expect(run.code).toBe(0);
});

it("verify fails naming a dropped index and a grant given by hand, and warns about an extra index", async () => {
  await db.rootPool.query("drop index app_private.search_tokens_trgm_idx");
  await db.rootPool.query(
    `grant update on app_public.employers to ${new URL(db.authUrl).username.replace("authenticator", "api_client")}`,
  );
  await db.rootPool.query("create index extra_idx on app_public.employers (created_at)");
  try {
    const run = await runOps(db, ["verify", "--json"]);
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as Array<{ kind: string; problem: string; name: string }>;
    expect(problems).toEqual(
      expect.arrayContaining([
        { kind: "index", problem: "missing", name: "app_private.search_tokens_trgm_idx" },
        { kind: "grant", problem: "unexpected", name: "api_client: update on app_public.employers" },
        { kind: "index", problem: "unexpected", name: "app_public.extra_idx" },
      ]),
    );
    const table = await runOps(db, ["verify"]);
    expect(table.stdout).toMatch(/FAIL\s+index\s+missing\s+app_private\.search_tokens_trgm_idx/);
    expect(table.stdout).toMatch(/warn\s+index\s+unexpected\s+app_public\.extra_idx/);
    // The dropped index is also a search lookup that no longer uses its index (ops/search-plan.ts).
    expect(table.stdout).toMatch(/FAIL\s+search plan\s+index not used\s+similar_tokens: trigram neighbours/);
    expect(table.stdout).toMatch(/3 problem\(s\): the database is not as the migrations make it/);
  } finally {
    await db.rootPool.query("drop index app_public.extra_idx");
    await db.rootPool.query(
      `revoke update on app_public.employers from ${new URL(db.authUrl).username.replace("authenticator", "api_client")}`,
    );
    await db.rootPool.query(
      "create index search_tokens_trgm_idx on app_private.search_tokens using gin (token public.gin_trgm_ops)",
    );
  }
});

it("snapshot needs a superuser URL, then creates, lists and drops", async () => {
  const without = await runOps(db, ["snapshot"]);
  expect(without.code).toBe(1);
  expect(without.stderr).toMatch(/snapshot needs a superuser connection: set ROOT_DATABASE_URL/);

  const created = await runOps(db, ["snapshot", "--terminate"], withRoot());
  expect(created.stderr).toBe("");
  expect(created.code).toBe(0);
  const name = /^snapshot (\S+) taken in/.exec(created.stdout)![1]!;
  expect(name.startsWith(`${db.name}__snap_`)).toBe(true);

  const listed = await runOps(db, ["snapshot", "list", "--json"], withRoot());
  expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((s) => s.name)).toEqual([name]);

  expect((await runOps(db, ["snapshot", "drop", name], withRoot())).stdout).toBe(`dropped ${name}\n`);
  const unknown = await runOps(db, ["snapshot", "restore", "postgres"], withRoot());
  expect(unknown.code).toBe(1);
  expect(unknown.stderr).toMatch(`postgres is not a snapshot of ${db.name}`);
});

it("preflight prints each check and fails without a recent backup", async () => {
  const run = await runOps(db, ["preflight", "--skip-tests", "--backup-dir", join(scratch, "none"), "--json"]);
  expect(run.code).toBe(1);
  const checks = JSON.parse(run.stdout) as Array<{ check: string; ok: boolean }>;
  expect(checks.map((c) => c.check)).toEqual([
    "committed migrations in order and untouched",
    "no uncommitted work in migrations/current/",
    "database reachable",
    "migrations applied or pending",
    "backup or snapshot from the last 24 h",
  ]);
  expect(checks.find((c) => c.check === "database reachable")!.ok).toBe(true);
  expect(checks.at(-1)!.ok).toBe(false);
  const bad = await runOps(db, ["preflight", "--skip-tests", "--max-backup-age", "soon"]);
  expect(bad.code).toBe(2);
});

it("backup either writes a verified dump or says which pg_dump is missing", async () => {
  const server = await serverVersion(db.ownerUrl);
  const { found } = await findClientProgram("pg_dump", server.major);
  const run = await runOps(db, ["backup", "--dir", join(scratch, "backups")], withRoot());
  if (found) {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^backup written: .*\.dump \(\d+ KiB, \d+ tables with data/);
  } else {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`no pg_dump of version ${server.major} or newer`));
  }
});

it("smoke fails each check against a server that is not there, and needs --url", async () => {
  const run = await runOps(db, ["smoke", "--url", "http://127.0.0.1:9", "--json"]);
  expect(run.code).toBe(1);
  expect((JSON.parse(run.stdout) as Array<{ ok: boolean }>).map((c) => c.ok)).toEqual([false, false, false]);
  expect((await runOps(db, ["smoke"])).code).toBe(2);
});

it("migrate takes a safety copy before applying pending migrations, verifies, and the copy rolls it back", async () => {
  // Make the last committed migration look pending (our migrations are re-runnable, so applying it again works).
  const { rows } = await db.rootPool.query<{ filename: string }>(
    "delete from graphile_migrate.migrations where filename = (select max(filename) from graphile_migrate.migrations) returning filename",
  );
  const last = rows[0]!.filename;
  const env = { ROOT_DATABASE_URL: db.rootUrl, BACKUP_DIR: join(scratch, "migrate-backups") };
  const run = await runOps(db, ["migrate", "--terminate"], { env });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(
    new RegExp(`^applied 1 migration\\(s\\); \\d+ in all \\(last: ${last.replace(".", "\\.")}\\)$`, "m"),
  );
  // (While migrations/current/ holds work the manifest includes it, and a database with only the committed
  // migrations cannot match; once it is committed, the verify line is the match.)
  expect(run.stdout).toMatch(
    /^verify(: the database matches migrations\/manifest\.json| skipped: migrations\/current\/ holds uncommitted work.*)$/m,
  );
  const copy = /^before migrating: (backup|snapshot) (\S+)/m.exec(run.stdout);
  expect(copy).not.toBeNull();

  const applied = async () =>
    (await db.rootPool.query("select 1 from graphile_migrate.migrations where filename = $1", [last])).rowCount;
  expect(await applied()).toBe(1);
  if (copy![1] === "snapshot") {
    // Rolling back: the snapshot holds the database as it was before the migration.
    const restored = await runOps(db, ["snapshot", "restore", copy![2]!], { env });
    expect(restored.code).toBe(0);
    const keptAs = /kept as (\S+)/.exec(restored.stdout)![1]!;
    await db.rootPool.query(`drop database "${keptAs}" with (force)`).catch(() => undefined);
    expect(await applied()).toBe(0);
    await runOps(db, ["snapshot", "drop", copy![2]!], { env });
  } else {
    expect(copy![2]).toMatch(/\.dump$/);
  }

  // Nothing pending now or after a second migrate: no copy is taken when there is nothing to apply.
  const again = await runOps(db, ["migrate", "--terminate"], { env });
  const second = await runOps(db, ["migrate"], { env });
  expect(second.code).toBe(0);
  expect(second.stdout).not.toMatch(/before migrating/);
  expect(again.code).toBe(0);
});

it("health runs through the command line: usage, bad options, and an exit code that follows the breaches", async () => {
  const help = await runOps(db, ["health", "--help"]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: ops health \[options\]/);
  expect((await runOps(db, ["health", "--no-such-option"])).code).toBe(2);

  const run = await runOps(db, ["health", "--json"]);
  const report = JSON.parse(run.stdout) as { rows: Array<{ check: string; status: string }> };
  expect(report.rows.length).toBeGreaterThanOrEqual(5);
  expect(run.code).toBe(report.rows.some((r) => r.status === "breach") ? 1 : 0);
});

it("backfill feed-aliases reports what it would add in a dry run and adds nothing", async () => {
  const before = await db.ownerPool.query("select count(*)::int as n from app_public.aliases");
  const run = await runOps(db, ["backfill", "feed-aliases", "--dry-run", "--json"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ dryRun: true, added: 0 });
  const after = await db.ownerPool.query("select count(*)::int as n from app_public.aliases");
  expect(after.rows).toEqual(before.rows);
  const table = await runOps(db, ["backfill", "feed-aliases", "--dry-run"]);
  expect(table.stdout).toMatch(/^dry run: would add \d+ alias\(es\) to \d+ employer\(s\) in [\d.]+ s$/m);
});
