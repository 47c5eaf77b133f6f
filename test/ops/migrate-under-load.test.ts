// A new additive migration applied while the registry answers searches: a
// steady searchEmployers load over HTTP (the real server, four clients) runs
// before, during and after graphile-migrate applies a throw-away migration
// (written, hash-chained, into a temporary copy of migrations/, and applied
// with the same settings `ops migrate` uses). The migration adds a table, a
// nullable column on app_public.employers (which every search reads, so its
// brief ACCESS EXCLUSIVE lock meets the load), an index and a function: the
// runbook's additive rules. It must apply, and not one request may fail.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "graphile-migrate";
import { migrationHash } from "../../server/src/db/migration-files.ts";
import { migrationSettings, releaseMigrationPools } from "../../server/src/db/migrations.ts";
import { migrationsDir } from "../../server/src/paths.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers } from "../helpers/users.ts";
import { testRoles } from "../helpers/test-env.ts";

let db: TestDatabase;
let server: TestServer;
let scratch: string;
let token: string;
beforeAll(async () => {
  db = await createTestDatabase();
  const users = await createUsers(db);
  for (let i = 0; i < 30; i++) {
    await db.ownerPool.query(
      "select app_public.register_employer($1, array[row('abn', $2)]::app_public.new_identifier[])",
      [`Load Test Builders ${i} Pty Ltd`, abn(i)],
    );
  }
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  server = await startTestServer(db);
  token = await server.login(users.analyst.username, users.analyst.password);
  scratch = await mkdtemp(join(tmpdir(), "ear-migrate-load-"));
}, 180_000);
afterAll(async () => {
  await releaseMigrationPools();
  await server?.close();
  await db?.drop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A valid ABN (mod-89 checksum) for each i: 51824753556 is one; vary the last digits and fix the check digits. */
function abn(i: number): string {
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (let candidate = 10_000_000_000 + i * 1_000; ; candidate++) {
    const digits = String(candidate).split("").map(Number);
    digits[0]! -= 1;
    if (digits.reduce((sum, d, k) => sum + d * weights[k]!, 0) % 89 === 0) return String(candidate);
  }
}

const THROWAWAY_MIGRATION = `
-- Throw-away additive migration (test only): new objects, a nullable column, nothing dropped or rewritten.
create table if not exists app_public.load_test_notes (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  note text not null,
  created_at timestamptz not null default now()
);
create index if not exists load_test_notes_employer_idx on app_public.load_test_notes (employer_id);
alter table app_public.load_test_notes enable row level security;
alter table app_public.employers add column if not exists load_test_flag boolean;
create or replace function app_hidden.load_test_marker() returns text language sql immutable as $$ select 'applied' $$;
`;

/** migrations/ copied to a scratch folder (committed files and afterReset.sql; no current/ work). */
async function scratchMigrations(): Promise<string> {
  const folder = join(scratch, "migrations");
  await mkdir(join(folder, "committed"), { recursive: true });
  await mkdir(join(folder, "current"), { recursive: true });
  await copyFile(join(migrationsDir, "afterReset.sql"), join(folder, "afterReset.sql"));
  const committed = (await readdir(join(migrationsDir, "committed"))).filter((f) => f.endsWith(".sql"));
  for (const file of committed) await copyFile(join(migrationsDir, "committed", file), join(folder, "committed", file));
  return folder;
}

/**
 * Writes the next committed migration into folder, hash-chained to the last one as `graphile-migrate commit`
 * would; returns the name graphile-migrate records it by ("000005.sql").
 */
async function appendMigration(folder: string, body: string, message: string): Promise<string> {
  const committed = (await readdir(join(folder, "committed"))).filter((f) => f.endsWith(".sql")).sort();
  const last = await readFile(join(folder, "committed", committed.at(-1)!), "utf8");
  const previous = /^--! Hash: (\S+)$/m.exec(last)![1]!;
  const number = String(Number(committed.at(-1)!.slice(0, 6)) + 1).padStart(6, "0");
  const text = body.trim() + "\n";
  await writeFile(
    join(folder, "committed", `${number}-${message.replace(/\W+/g, "-")}.sql`),
    `--! Previous: ${previous}\n--! Hash: ${migrationHash(text, previous)}\n--! Message: ${message}\n\n${text}`,
  );
  return `${number}.sql`;
}

/** What `ops migrate` runs after its safety copy: graphile-migrate with the project's settings, here on folder. */
async function migrateFrom(folder: string): Promise<{ start: number; end: number }> {
  const start = performance.now();
  await migrate({
    ...migrationSettings({ ownerUrl: db.ownerUrl, rootUrl: db.rootUrl, roles: testRoles }),
    migrationsFolder: folder,
  });
  return { start, end: performance.now() };
}

interface LoadReport {
  requests: number;
  failures: string[];
  /** Requests in flight at some moment while the migration ran. */
  overlapping: number;
  maxMs: number;
}

/** Four clients searching in a loop (exact, typo, identifier, no match) until stopped. */
function searchLoad(window: { start: number; end: number }): { stop: () => Promise<LoadReport> } {
  const queries = ["Load Test Builders 7 Pty Ltd", "Lod Test Bulders 12", abn(3), "Nothing Like It Anywhere"];
  const report: LoadReport = { requests: 0, failures: [], overlapping: 0, maxMs: 0 };
  let running = true;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const began = performance.now();
      try {
        const response = await server.gql<{ searchEmployers: { nodes: unknown[] } }>(
          "query Load($q: String!) { searchEmployers(query: $q, first: 5) { nodes { employerId score band } } }",
          { q: queries[i % queries.length] },
          token,
        );
        if (response.status !== 200 || response.body.errors?.length || !response.body.data?.searchEmployers) {
          report.failures.push(`HTTP ${response.status}: ${JSON.stringify(response.body.errors ?? response.body)}`);
        }
      } catch (error) {
        report.failures.push(String(error));
      }
      const ended = performance.now();
      report.requests++;
      report.maxMs = Math.max(report.maxMs, ended - began);
      if (window.start > 0 && began < (window.end || Infinity) && ended > window.start) report.overlapping++;
    }
  };
  const clients = [0, 1, 2, 3].map(client);
  return {
    async stop() {
      running = false;
      await Promise.all(clients);
      return report;
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let folder: string;

it("applies an additive migration while searches run over HTTP, with 0 failed requests", async () => {
  folder = await scratchMigrations();
  const recordedAs = await appendMigration(folder, THROWAWAY_MIGRATION, "load test throwaway");
  const window = { start: 0, end: 0 };
  const load = searchLoad(window);
  await pause(1_000);
  Object.assign(window, await migrateFrom(folder));
  await pause(1_000);
  const report = await load.stop();
  console.log(
    `migration under load: ${report.requests} searches, ${report.failures.length} failed, ` +
      `${report.overlapping} overlapping the ${(window.end - window.start).toFixed(0)} ms migration, slowest ${report.maxMs.toFixed(0)} ms`,
  );

  expect(report.failures).toEqual([]);
  expect(report.requests).toBeGreaterThan(20);
  expect(report.overlapping).toBeGreaterThan(0);
  const applied = await db.ownerPool.query("select 1 from graphile_migrate.migrations where filename = $1", [
    recordedAs,
  ]);
  expect(applied.rowCount).toBe(1);
  const marker = await db.ownerPool.query<{ v: string }>("select app_hidden.load_test_marker() as v");
  expect(marker.rows[0]!.v).toBe("applied");
  const column = await db.ownerPool.query(
    "select 1 from information_schema.columns where table_schema = 'app_public' and table_name = 'employers' and column_name = 'load_test_flag'",
  );
  expect(column.rowCount).toBe(1);
});

it("sees the same load fail when a migration breaks the additive rules (a renamed column that search reads)", async () => {
  // The control: the load notices a migration that is not additive, so 0 failures above means something.
  await appendMigration(folder, "alter table app_public.employers rename column status to lifecycle;", "not additive");
  const window = { start: 0, end: 0 };
  const load = searchLoad(window);
  await pause(500);
  Object.assign(window, await migrateFrom(folder));
  await pause(500);
  const report = await load.stop();
  expect(report.failures.length).toBeGreaterThan(0);
});
