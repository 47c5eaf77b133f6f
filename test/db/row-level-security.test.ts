import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe("row-level security", () => {
  it("is enabled on every table in app_public, app_hidden and app_private", async () => {
    const { rows } = await db.rootPool.query<{ table: string; rls: boolean }>(`
      select n.nspname || '.' || c.relname as table, c.relrowsecurity as rls
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('app_public', 'app_hidden', 'app_private') and c.relkind in ('r', 'p')
      order by 1`);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.filter((row) => !row.rls).map((row) => row.table)).toEqual([]);
  });

  it("leaves nothing in app_private usable by any visitor role", async () => {
    const { rows } = await db.rootPool.query<{ grantee: string; object: string }>(`
      select grantee, table_schema || '.' || table_name as object
      from information_schema.role_table_grants
      where table_schema = 'app_private' and grantee like 'eartest\\_%' and grantee not in ('eartest_owner')
      union all
      select grantee, routine_schema || '.' || routine_name
      from information_schema.role_routine_grants
      where routine_schema = 'app_private' and grantee like 'eartest\\_%' and grantee not in ('eartest_owner')`);
    expect(rows).toEqual([]);
  });

  it("gives PUBLIC no rights to create in or use the public schema", async () => {
    const { rows } = await db.rootPool.query<{ create: boolean; usage: boolean }>(`
      select has_schema_privilege('public', 'public', 'create') as create,
             has_schema_privilege('public', 'public', 'usage') as usage`);
    expect(rows[0]).toEqual({ create: false, usage: false });
  });
});
