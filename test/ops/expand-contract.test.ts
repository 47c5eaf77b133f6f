// Expand/contract: this checkout's server, playing the previous release, on a
// database the next release has migrated. The next release is this
// checkout's migrations plus one more (written hash-chained into a scratch
// copy of migrations/ and applied through runMigrations, the path `ops migrate`
// and `npm start` take, which records each migration's Compatible mark). A
// migration marked compatible leaves the old server ready and `ops smoke`
// passing; one that is not makes /readyz answer 503 with the reason.
//
// Why not a `git worktree` of an earlier commit: every commit before the
// compatibility marks refuses a database ahead of it by design, so the honest
// "previous release" is this code with the newest migration missing.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrationHash } from "../../server/src/db/migration-files.ts";
import { releaseMigrationPools, runMigrations } from "../../server/src/db/migrations.ts";
import { runSmokeTests } from "../../server/src/ops/smoke.ts";
import { migrationsDir } from "../../server/src/paths.ts";
import { buildClientIfStale } from "../client/build-client.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { testRoles } from "../helpers/test-env.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let scratch: string;
beforeAll(async () => {
  await buildClientIfStale();
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db, { serveClient: true });
  scratch = await mkdtemp(join(tmpdir(), "ear-expand-"));
  const folder = join(scratch, "migrations");
  await mkdir(join(folder, "committed"), { recursive: true });
  await mkdir(join(folder, "current"), { recursive: true });
  await copyFile(join(migrationsDir, "afterReset.sql"), join(folder, "afterReset.sql"));
  for (const file of (await readdir(join(migrationsDir, "committed"))).filter((f) => f.endsWith(".sql"))) {
    await copyFile(join(migrationsDir, "committed", file), join(folder, "committed", file));
  }
}, 180_000);
afterAll(async () => {
  await releaseMigrationPools();
  await server?.close();
  await db?.drop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The next migration, as `graphile-migrate commit` writes it (extra headers kept); returns its recorded name. */
async function appendMigration(headers: string[], body: string): Promise<string> {
  const folder = join(scratch, "migrations");
  const committed = (await readdir(join(folder, "committed"))).filter((f) => f.endsWith(".sql")).sort();
  const previous = /^--! Hash: (\S+)$/m.exec(await readFile(join(folder, "committed", committed.at(-1)!), "utf8"))![1]!;
  const number = String(Number(committed.at(-1)!.slice(0, 6)) + 1).padStart(6, "0");
  const text = body.trim() + "\n";
  await writeFile(
    join(folder, "committed", `${number}-next-release.sql`),
    [`--! Previous: ${previous}`, `--! Hash: ${migrationHash(text, previous)}`, ...headers, "", text].join("\n"),
  );
  await runMigrations({ ownerUrl: db.ownerUrl, rootUrl: db.rootUrl, roles: testRoles, migrationsFolder: folder });
  return `${number}.sql`;
}

async function readyz() {
  const response = await fetch(`${server.url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

it("serves a database ahead by a compatible migration: ready, and the smoke tests pass", async () => {
  expect((await readyz()).status).toBe(200);
  const added = await appendMigration(
    ["--! Message: steward notes", "--! Compatible: adds a table; the previous release reads nothing new"],
    `create table app_public.release_test_notes (
       id bigint generated always as identity primary key,
       note text not null
     );
     alter table app_public.release_test_notes enable row level security;
     alter table app_public.employers add column if not exists release_test_flag boolean;`,
  );
  const { rows } = await db.ownerPool.query(
    "select filename, is_compatible, reason from app_private.migration_compatibility where filename = $1",
    [added],
  );
  expect(rows).toEqual([
    { filename: added, is_compatible: true, reason: "adds a table; the previous release reads nothing new" },
  ]);

  const ready = await readyz();
  expect(ready.status).toBe(200);
  expect(ready.body).toMatchObject({
    ready: true,
    migrations: {
      current: false,
      ahead: [{ filename: added, compatible: true, reason: expect.stringMatching(/^adds a table/) }],
    },
  });
  const token = await server.login(users.steward.username, users.steward.password);
  const smoke = await runSmokeTests({ url: server.url, token });
  expect(smoke.map((r) => [r.check, r.ok || r.detail])).toEqual([
    ["health", true],
    ["ui access", true],
    ["critical path: add, find, retire an alias", true],
  ]);
}, 120_000);

it("refuses a database ahead by a migration not marked compatible, naming it", async () => {
  const breaking = await appendMigration(
    ["--! Message: rename the notes"],
    "alter table app_public.release_test_notes rename column note to body;",
  );
  const refused = await readyz();
  expect(refused.status).toBe(503);
  expect(refused.body).toMatchObject({
    ready: false,
    database: "ok",
    error: expect.stringContaining(`not marked compatible: ${breaking}`),
  });
  const smoke = await runSmokeTests({ url: server.url, token: null });
  expect(smoke[0]).toMatchObject({
    check: "health",
    ok: false,
    detail: expect.stringMatching(/readyz answered HTTP 503/),
  });
}, 120_000);

it("refuses a database whose applied migration came from a different file", async () => {
  // The hash chain's foreign key is skipped for this one forged row (replica mode, superuser only).
  const client = await db.rootPool.connect();
  try {
    await client.query("begin");
    await client.query("set local session_replication_role = replica");
    await client.query("update graphile_migrate.migrations set hash = 'sha1:0000' where filename = '000001.sql'");
    await client.query("commit");
  } finally {
    client.release();
  }
  const refused = await readyz();
  expect(refused.status).toBe(503);
  expect(refused.body.error).toMatch(/000001\.sql were applied from different files/);
});
