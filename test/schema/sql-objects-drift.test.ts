// migrations/fixtures/<schema>/ is the one readable home of every database
// object: it must equal what the migrations make, and its function and view
// files must be what a developer can include from migrations/current/.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { compile } from "graphile-migrate";
import { migrationSettings } from "../../server/src/db/migrations.ts";
import { readSqlObjects, type SqlObjectFile } from "../../server/src/db/sql-objects.ts";
import { listSqlObjectFiles, sqlObjectsDir } from "../../server/src/db/sql-object-files.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { testRoles } from "../helpers/test-env.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

async function dump(): Promise<SqlObjectFile[]> {
  const client = await db.ownerPool.connect();
  try {
    return await readSqlObjects(client, testRoles);
  } finally {
    client.release();
  }
}

// pg_get_viewdef and pg_get_expr print some expressions differently across PostgreSQL major versions;
// pg_get_functiondef keeps a function's body as written. The files are generated on the embedded
// PostgreSQL 18, so on other versions only the function files are compared whole.
async function serverMajor(): Promise<number> {
  const { rows } = await db.ownerPool.query<{ v: string }>("select current_setting('server_version_num') as v");
  return Math.floor(Number(rows[0]!.v) / 10000);
}

it("equals the committed migrations/fixtures/ tree (run npm run schema:export after migration changes)", async () => {
  const generated = await dump();
  expect(await listSqlObjectFiles()).toEqual(generated.map((file) => file.path));
  const comparable = (await serverMajor()) === 18 ? generated : generated.filter((f) => f.path.includes("/functions/"));
  expect(comparable.length).toBeGreaterThan(100);
  for (const file of comparable) {
    const committed = await readFile(join(sqlObjectsDir, file.path), "utf8");
    // One object at a time, so a failure names the file that drifted.
    expect({ path: file.path, sql: committed }).toEqual(file);
  }
});

it("describes every object the manifest lists: each table with its RLS and policies, each function by name", async () => {
  const files = new Map((await dump()).map((file) => [file.path, file.sql]));
  const employers = files.get("app_public/tables/employers.sql")!;
  expect(employers).toContain("alter table app_public.employers enable row level security;");
  expect(employers).toMatch(/create policy select_active on app_public\.employers for select to :ROLE_API_CLIENT/);
  expect(employers).not.toContain(testRoles.visitors.api_client);
  expect(files.get("app_public/functions/search_employers.sql")).toMatch(
    /CREATE OR REPLACE FUNCTION app_public\.search_employers\([\s\S]*grant execute on function app_public\.search_employers\(.*\) to :ROLE_API_CLIENT;/,
  );
});

it("re-applies every function and view file through graphile-migrate's --!include without changing the schema", async () => {
  const before = await dump();
  // Materialized views are described, not re-creatable: every other function and view file is editable.
  const editable = before.filter(
    (file) => /\/(functions|views)\//.test(file.path) && !file.sql.includes("create materialized view"),
  );
  expect(editable.length).toBeGreaterThan(150);
  const settings = migrationSettings({ ownerUrl: db.ownerUrl, rootUrl: db.rootUrl, roles: testRoles });
  const migration = editable.map((file) => `--!include ${file.path}`).join("\n");
  const sql = await compile(settings, migration, { filename: "current/test-include.sql" });
  expect(sql).not.toMatch(/:ROLE_[A-Z_]+/);
  const client = await db.ownerPool.connect();
  try {
    await client.query("begin");
    await client.query(sql);
    // pg_get_viewdef is not a fixpoint (a re-created UNION gains column aliases such as `AS int8`), so a
    // view is compared without its query text; everything else must come back to the letter.
    const withoutViewQuery = (files: SqlObjectFile[]) =>
      files.map((f) =>
        f.path.includes("/views/") ? { ...f, sql: f.sql.replace(/create or replace view[\s\S]*?;\n/, "") } : f,
      );
    const after = await readSqlObjects(client, testRoles);
    expect(withoutViewQuery(after)).toEqual(withoutViewQuery(before));
    await client.query("rollback");
  } finally {
    client.release();
  }
});

it("refuses an include from outside the fixtures folder", async () => {
  const settings = migrationSettings({ ownerUrl: db.ownerUrl, rootUrl: db.rootUrl, roles: testRoles });
  await expect(
    compile(settings, "--!include ../committed/000001-schemas-audit-trail-users-api-tokens-and-feature-switches.sql"),
  ).rejects.toThrow(/not inside/);
});
