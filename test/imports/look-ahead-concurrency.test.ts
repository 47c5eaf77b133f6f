// The worker matches a coming chunk's names on other connections while a
// chunk is processed (import_batches__process). Those inserts reference the
// batch, so the chunk's lock on the batch row must leave them a KEY SHARE
// lock; with FOR UPDATE they waited for every chunk to commit.
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { csv, importText, seedRegistry } from "./import-helpers.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

it("lets the look-ahead record a match and a stage time while a chunk of the same batch is in flight", async () => {
  const received = await importText(
    db,
    csv(
      "Quokka Scaffolding Pty Ltd,,,,,P1,Road,builder,WA,6000",
      "Numbat Electrical Group,,,,,P2,Power,subcontractor,WA,6000",
    ),
  );
  const chunk = await db.ownerPool.connect();
  const ahead = new pg.Client({ connectionString: db.ownerUrl });
  await ahead.connect();
  try {
    await chunk.query("begin");
    await chunk.query("select app_hidden.process_import_chunk($1, 1)", [received.batchId]);
    // Fails with lock_not_available (55P03) if the chunk's lock blocks the foreign-key check.
    await ahead.query("set lock_timeout = '2s'");
    await ahead.query("select app_hidden.search_import_name($1, app_hidden.name_compare_form($2), $2)", [
      received.batchId,
      "Numbat Electrical Group",
    ]);
    await ahead.query("select app_hidden.import_stage_lap($1, 'look-ahead', clock_timestamp())", [received.batchId]);
    const { rows } = await ahead.query(
      "select count(*)::int as n from app_private.import_name_matches where batch_id = $1",
      [received.batchId],
    );
    expect(rows[0].n).toBe(1);
    // A second chunk of the same batch still waits for the first.
    await expect(
      ahead.query("select app_hidden.process_import_chunk($1, 1)", [received.batchId]),
    ).rejects.toMatchObject({ code: "55P03" });
    await chunk.query("commit");
  } finally {
    await chunk.query("rollback").catch(() => undefined);
    chunk.release();
    await ahead.end();
  }
});
