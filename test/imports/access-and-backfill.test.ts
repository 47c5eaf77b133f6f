// Row-level security and grants on the import tables, from both sides, and
// the feed-alias backfill (dry run, then for real, then nothing left to do).
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { backfillFeedAliases } from "../../server/src/imports/backfill-feed-aliases.ts";
import { csv, importText, processBatch, seedRegistry, type Registry } from "./import-helpers.ts";

let db: TestDatabase;
let users: TestUsers;
let registry: Registry;
let batchId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
  users = await createUsers(db);
  const received = await importText(
    db,
    csv(
      "Gannet Glass,BCI-G9,,,,P1,Tower,subcontractor,NSW,2000",
      "Gannet Glass Pty Ltd,,,,,P2,Tower,subcontractor,NSW,2000",
    ),
  );
  batchId = received.batchId;
  await processBatch(db, batchId);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

const tables = [
  "app_public.import_batches",
  "app_public.import_rows",
  "app_public.pending_employers",
  "app_public.pending_employer_names",
  "app_public.pending_employer_identifiers",
  "app_public.feed_name_occurrences",
];

describe("who reads imports", () => {
  it.each(tables)("lets analysts and stewards read %s", async (table) => {
    for (const role of ["analyst", "steward"] as const) {
      const rows = await asRole(
        db,
        { role, userId: users[role].id },
        async (client) => (await client.query(`select * from ${table}`)).rows,
      );
      expect(rows.length).toBeGreaterThan(0);
    }
  });
  it.each(tables)("refuses API clients and anonymous callers on %s", async (table) => {
    for (const role of ["api_client", "anonymous"] as const) {
      await expectSqlError(
        asRole(db, { role }, (client) => client.query(`select * from ${table}`)),
        "42501",
      );
    }
  });
  it("refuses direct writes to the import tables, even for stewards", async () => {
    await expectSqlError(
      asRole(db, { role: "steward", userId: users.steward.id }, (client) =>
        client.query("update app_public.pending_employers set status = 'rejected'"),
      ),
      "42501",
    );
    await expectSqlError(
      asRole(db, { role: "admin", userId: users.admin.id }, (client) =>
        client.query("delete from app_public.import_rows"),
      ),
      "42501",
    );
  });
  it("lets a steward put rows only into the batch their own transaction started", async () => {
    await asRole(db, { role: "steward", userId: users.steward.id }, async (client) => {
      const { rows } = await client.query("select app_hidden.begin_import_upload('bci', 'x.csv') as id");
      await client.query(
        "insert into app_hidden.import_staging (batch_id, line, company_name) values ($1, 2, 'Mine')",
        [rows[0].id],
      );
      await expectSqlError(
        client.query(
          "insert into app_hidden.import_staging (batch_id, line, company_name) values ($1, 2, 'Not mine')",
          [batchId],
        ),
        "42501",
      );
    });
  });
  it("refuses uploads from analysts", async () => {
    await expectSqlError(
      asRole(db, { role: "analyst", userId: users.analyst.id }, (client) =>
        client.query("select app_hidden.begin_import_upload('bci', 'x.csv')"),
      ),
      "42501",
    );
  });
  it("lets analysts read a steward's resolution in the audit trail", async () => {
    const id = (
      await db.ownerPool.query(
        "select pending_employer_id::text as id from app_public.import_rows where batch_id = $1 limit 1",
        [batchId],
      )
    ).rows[0].id;
    await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      (client) => client.query("select app_public.reject_pending_employer($1, 'junk')", [id]),
      { commit: true },
    );
    const events = await asRole(
      db,
      { role: "analyst", userId: users.analyst.id },
      async (client) =>
        (
          await client.query(
            "select actor_user_id::text, after->>'status' as status from app_public.audit_events where table_name = 'app_public.pending_employers' and row_key = $1 and action = 'update'",
            [id],
          )
        ).rows,
    );
    expect(events).toEqual([{ actor_user_id: users.steward.id, status: "rejected" }]);
  });
});

describe("backfillFeedAliases", () => {
  it("reports, then adds, the names past rows carried with a known employer's identifier", async () => {
    // A batch saw "Gannet Glass" with BCI-G9 while no employer had that id; now one does.
    await db.ownerPool.query("select app_public.add_identifier($1, 'bci_company', 'BCI-G9')", [registry.bluegum]);
    const dry = await backfillFeedAliases(db.ownerPool, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, candidates: 1, added: 0, employers: 1 });
    expect(dry.items[0]).toMatchObject({
      employerId: registry.bluegum,
      name: "Gannet Glass",
      batchId,
      line: 2,
      identifier: "bci_company BCI-G9",
    });
    const none = await db.ownerPool.query(
      "select count(*)::int as n from app_public.aliases where name = 'Gannet Glass'",
    );
    expect(none.rows[0].n).toBe(0);

    const real = await backfillFeedAliases(db.ownerPool, { dryRun: false });
    expect(real).toMatchObject({ dryRun: false, candidates: 1, added: 1 });
    const { rows } = await db.ownerPool.query(
      "select kind::text, source_system, source_ref, import_batch_id::text, import_row from app_public.aliases where name = 'Gannet Glass'",
    );
    expect(rows).toEqual([
      { kind: "feed_spelling", source_system: "bci", source_ref: "BCI-G9", import_batch_id: batchId, import_row: 2 },
    ]);

    const again = await backfillFeedAliases(db.ownerPool, { dryRun: false });
    expect(again).toMatchObject({ candidates: 0, added: 0 });
  });
});
