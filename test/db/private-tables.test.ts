// app_private holds secrets and the server's own state (token hashes, rate-limit buckets, login addresses,
// reconciliation keys, migration compatibility, backfill runs): every table in it, present and future, is the
// owner's alone. Each visitor role is refused, and the owner reads it.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
let tables: string[];
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  const { rows } = await db.ownerPool.query<{ name: string }>(
    "select format('app_private.%I', tablename) as name from pg_tables where schemaname = 'app_private' order by 1",
  );
  tables = rows.map((row) => row.name);
});
afterAll(async () => {
  await db.drop();
});

it("covers the tables this release added", () => {
  expect(tables).toEqual(
    expect.arrayContaining([
      "app_private.request_buckets",
      "app_private.login_known_addresses",
      "app_private.reconcile_keys",
      "app_private.migration_compatibility",
      "app_private.feed_alias_backfill_runs",
      "app_private.feed_alias_backfill_aliases",
    ]),
  );
});

it("refuses every visitor role on every app_private table, and lets the owner read each", async () => {
  const visitors = [
    { role: "anonymous" as const, userId: null },
    { role: "api_client" as const, userId: null },
    { role: "analyst" as const, userId: users.analyst.id },
    { role: "steward" as const, userId: users.steward.id },
    { role: "admin" as const, userId: users.admin.id },
  ];
  for (const table of tables) {
    await db.ownerPool.query(`select count(*) from ${table}`);
    for (const who of visitors) {
      // 42501: insufficient privilege (no usage on the schema, no grant on the table).
      await expectSqlError(
        asRole(db, who, (client) => client.query(`select 1 from ${table} limit 1`)),
        "42501",
      );
    }
  }
});
