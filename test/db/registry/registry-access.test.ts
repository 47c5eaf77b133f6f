// Who may read and change the registry, from both sides.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
let acme: string;
let archived: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  const { rows } = await db.ownerPool.query(`
    select (app_public.register_employer('Acme Constructions Pty Ltd',
              array[row('abn', '51 824 753 556'), row('bci_company', 'BCI-77')]::app_public.new_identifier[],
              array[row('Acme Builders', 'trading', null), row('ACME CONSTRN', 'feed_spelling', null)]::app_public.new_alias[])).id::text as id`);
  acme = rows[0].id;
  archived = (await db.ownerPool.query("select (app_public.register_employer('Old Mate Concreting')).id::text as id"))
    .rows[0].id;
  await db.ownerPool.query("select app_public.set_employer_archived($1, true)", [archived]);
});
afterAll(() => db.drop());

const DENIED = "42501";

describe("api_client", () => {
  it("sees active employers, public aliases and public identifiers only", async () => {
    await asRole(db, { role: "api_client" }, async (c) => {
      const employers = await c.query("select name from app_public.employers order by id");
      expect(employers.rows.map((r) => r.name)).toEqual(["Acme Constructions Pty Ltd"]);
      const aliases = await c.query("select name, visibility from app_public.aliases order by name");
      expect(aliases.rows).toEqual([{ name: "Acme Builders", visibility: "public" }]);
      const identifiers = await c.query("select scheme, value from app_public.employer_identifiers");
      expect(identifiers.rows).toEqual([{ scheme: "abn", value: "51824753556" }]);
    });
  });
  it.each([
    ["read source systems", "select * from app_public.source_systems"],
    ["read distinctions", "select * from app_public.employer_distinctions"],
    ["read merges", "select * from app_public.employer_merges"],
    ["read the search index", "select * from app_private.search_names"],
    ["add aliases", "select app_public.add_alias(1, 'x')"],
    ["register employers", "select app_public.register_employer('x')"],
    ["write employers directly", "insert into app_public.employers (name) values ('x')"],
  ])("may not %s", async (_what, sql) => {
    await asRole(db, { role: "api_client" }, (c) => expectSqlError(c.query(sql), DENIED));
  });
});

describe("analyst", () => {
  it("sees every employer, internal aliases, all identifiers and the registry audit trail", async () => {
    await asRole(db, { role: "analyst", userId: users.analyst.id }, async (c) => {
      expect((await c.query("select count(*)::int as n from app_public.employers")).rows[0].n).toBe(2);
      expect((await c.query("select count(*)::int as n from app_public.aliases")).rows[0].n).toBe(2);
      expect((await c.query("select count(*)::int as n from app_public.employer_identifiers")).rows[0].n).toBe(2);
      const audit = await c.query("select distinct table_name from app_public.audit_events order by 1");
      expect(audit.rows.map((r) => r.table_name)).toEqual([
        "app_public.aliases",
        "app_public.employer_identifiers",
        "app_public.employers",
      ]);
    });
  });
  it("does not see the audit trail of users and tokens", async () => {
    await asRole(db, { role: "analyst", userId: users.analyst.id }, async (c) => {
      const { rows } = await c.query(
        "select count(*)::int as n from app_public.audit_events where table_name like '%users%'",
      );
      expect(rows[0].n).toBe(0);
    });
  });
  it.each([
    ["add aliases", "select app_public.add_alias(1, 'x')"],
    ["merge employers", "select app_public.merge_employers(1, 2)"],
    ["record distinctions", "select app_public.record_distinction(1, 2, 'x')"],
    ["add identifiers", "select app_public.add_identifier(1, 'acn', '004085616')"],
    ["register identifier schemes", "insert into app_public.identifier_schemes (key, name) values ('x1', 'X')"],
    ["delete aliases", "delete from app_public.aliases"],
  ])("may not %s", async (_what, sql) => {
    await asRole(db, { role: "analyst", userId: users.analyst.id }, (c) => expectSqlError(c.query(sql), DENIED));
  });
});

describe("steward", () => {
  it("may add an alias, recorded with who added it", async () => {
    await asRole(db, { role: "steward", userId: users.steward.id }, async (c) => {
      const { rows } = await c.query("select * from app_public.add_alias($1, 'ACME Cons.', 'abbreviation')", [acme]);
      expect(rows[0]).toMatchObject({
        kind: "abbreviation",
        visibility: "public",
        added_by: users.steward.id,
        source_system: "manual",
      });
      const audit = await c.query(
        "select actor_user_id::text, actor_role from app_public.audit_events where table_name = 'app_public.aliases' and row_key = $1",
        [rows[0].id],
      );
      expect(audit.rows).toEqual([{ actor_user_id: users.steward.id, actor_role: "steward" }]);
    });
  });
  it.each([
    ["delete aliases", "delete from app_public.aliases"],
    ["delete employers", "delete from app_public.employers"],
    ["register source systems", "insert into app_public.source_systems (key, name) values ('x1', 'X')"],
    ["register identifier schemes", "insert into app_public.identifier_schemes (key, name) values ('x1', 'X')"],
    ["update employers directly", "update app_public.employers set name = 'x'"],
  ])("may not %s", async (_what, sql) => {
    await asRole(db, { role: "steward", userId: users.steward.id }, (c) => expectSqlError(c.query(sql), DENIED));
  });
});

describe("admin", () => {
  it("may register identifier schemes and source systems, and hard-delete aliases", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await c.query(
        "insert into app_public.identifier_schemes (key, name, validation, pattern) values ('union_member', 'Union number', 'pattern', '^U[0-9]{6}$')",
      );
      await c.query(
        "insert into app_public.source_systems (key, name, trust_rank) values ('union_records', 'Union records', 70)",
      );
      const deleted = await c.query("delete from app_public.aliases where name = 'ACME CONSTRN'");
      expect(deleted.rowCount).toBe(1);
    });
  });
  it("may not register a scheme with a broken pattern", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, (c) =>
      expectSqlError(
        c.query(
          "insert into app_public.identifier_schemes (key, name, validation, pattern) values ('bad', 'Bad', 'pattern', '([')",
        ),
        "BADPT",
      ),
    );
  });
});
