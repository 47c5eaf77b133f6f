// Retracting an import batch undoes what it did on its own in one audited
// step: the names it learned go, its automatic matches go back to the pending
// queue. A dry run reports the same and changes nothing.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { ABN_ACME, csv, importText, outcomes, processBatch, seedRegistry } from "./import-helpers.ts";

let db: TestDatabase;
let users: TestUsers;
let batchId: string;
let aliasesBefore: unknown[];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
  users = await createUsers(db);
  aliasesBefore = await aliases();
  const received = await importText(
    db,
    csv(
      `Something Else Entirely,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`, // identifier, learns a name
      "Acme Builders,,,,,P2,Mall,builder,NSW,2000", // exact
      "Bluegum Civil Engineerng Pty Ltd,,,,,P3,Road,builder,VIC,3000", // fuzzy, learns a name
      "Bluegum Civil Engineerng Pty Ltd,,,,,P4,Road,builder,VIC,3000", // fuzzy again
      "Zephyrine Tiling Pty Ltd,,,,,P5,Pool,builder,QLD,4000", // pending already
    ),
  );
  batchId = received.batchId;
  await processBatch(db, batchId);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

async function aliases() {
  return (await db.ownerPool.query("select id, employer_id, name, learned_state from app_public.aliases order by id"))
    .rows;
}

/** Everything a retraction may touch, to compare before and after. */
async function snapshot() {
  const q = async (sql: string) => (await db.ownerPool.query(sql, [batchId])).rows;
  return {
    rows: await q("select * from app_public.import_rows where batch_id = $1 order by line"),
    batch: await q("select * from app_public.import_batches where id = $1"),
    aliases: await aliases(),
    pending: await q("select * from app_public.pending_employers where $1::bigint is not null order by id"),
    pendingNames: await q("select * from app_public.pending_employer_names where $1::bigint is not null order by id"),
    decisions: await q("select * from app_public.learned_alias_decisions where $1::bigint is not null order by id"),
    retractions: await q("select * from app_public.import_batch_retractions where batch_id = $1"),
  };
}

const retract = (dryRun: boolean) =>
  asRole(
    db,
    { role: "steward", userId: users.steward.id },
    async (client) =>
      (
        await client.query(
          "select (r).id, (r).rows_returned, (r).aliases_removed from app_public.retract_import_batch($1, $2, 'wrong feed') r",
          [batchId, dryRun],
        )
      ).rows[0],
    { commit: true },
  );

it("is refused to an analyst", async () => {
  await expectSqlError(
    asRole(db, { role: "analyst", userId: users.analyst.id }, (client) =>
      client.query("select app_public.retract_import_batch($1, true)", [batchId]),
    ),
    "42501",
  );
});

it("reports in a dry run what it would undo, and changes nothing", async () => {
  const before = await snapshot();
  expect(await retract(true)).toEqual({ id: null, rows_returned: 4, aliases_removed: 2 });
  expect(await snapshot()).toEqual(before);
});

it("returns every automatically matched row to the pending queue and removes the names the batch learned", async () => {
  const matched = (await outcomes(db, batchId)).filter((r) => r.outcome.startsWith("matched_"));
  expect(matched.map((r) => r.line)).toEqual([2, 3, 4, 5]);
  const result = await retract(false);
  expect(result).toMatchObject({ rows_returned: 4, aliases_removed: 2 });
  expect(result.id).not.toBeNull();

  const rows = await outcomes(db, batchId);
  for (const row of rows) {
    expect(row.outcome).toBe("pending");
    expect(row.employer_id).toBeNull();
    expect(row.alias_id).toBeNull();
    expect(row.pending_employer_id).not.toBeNull();
  }
  expect(rows.find((r) => r.line === 4)!.explanation).toMatch(
    /^Returned to the pending queue when batch #\d+ was retracted \(it had matched employer #\d+: /,
  );
  // The two Bluegum rows share one pending item, as an import clusters them.
  expect(rows.find((r) => r.line === 4)!.pending_employer_id).toBe(rows.find((r) => r.line === 5)!.pending_employer_id);
  // The registry's names are what they were before the import.
  expect(await aliases()).toEqual(aliasesBefore);

  const batch = (
    await db.ownerPool.query(
      "select matched_identifier_count, matched_exact_count, matched_fuzzy_count, pending_count, aliases_added_count from app_public.import_batches where id = $1",
      [batchId],
    )
  ).rows[0];
  expect(batch).toEqual({
    matched_identifier_count: 0,
    matched_exact_count: 0,
    matched_fuzzy_count: 0,
    pending_count: 5,
    aliases_added_count: 0,
  });
  const decisions = await db.ownerPool.query(
    "select decision, count(*)::int as n from app_public.learned_alias_decisions group by decision",
  );
  expect(decisions.rows).toEqual([{ decision: "retracted", n: 2 }]);
  const audit = await db.ownerPool.query(
    "select actor_user_id::text, after->>'note' as note from app_public.audit_events where table_name = 'app_public.import_batch_retractions'",
  );
  expect(audit.rows).toEqual([{ actor_user_id: String(users.steward.id), note: "wrong feed" }]);
});

it("refuses a batch that is not finished", async () => {
  const received = await importText(db, csv("Unfinished Pty Ltd,,,,,P9,X,builder,NSW,2000"));
  await expectSqlError(
    asRole(db, { role: "steward", userId: users.steward.id }, (client) =>
      client.query("select app_public.retract_import_batch($1)", [received.batchId]),
    ),
    "BTCHS",
  );
});
