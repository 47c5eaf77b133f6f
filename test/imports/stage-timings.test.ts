// The import profile: every chunk adds the time of each of its stages to
// app_private.import_stage_timings (what npm run bench:import prints), and
// the table stays private — stewards and analysts cannot read it.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { ABN_ACME, csv, importText, processBatch, seedRegistry } from "./import-helpers.ts";

let db: TestDatabase;
let users: TestUsers;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
  users = await createUsers(db);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

const CHUNK_STAGES = [
  "1 read and check rows",
  "2 name forms",
  "3 identifiers",
  "4 exact names",
  "5 fuzzy names (in the chunk)",
  "6 outcomes",
  "7 clustering pending rows",
  "8a feed_spelling aliases",
  "8b feed name occurrences",
  "8c write outcomes and counters",
];

describe("stage timings of a batch", () => {
  let batchId: string;
  let chunks: number;

  beforeAll(async () => {
    const received = await importText(
      db,
      csv(
        `Acme Feed Spelling,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`,
        "Acme Builders,,,,,P2,Mall,builder,NSW,2000",
        "Quokka Scaffolding Pty Ltd,,,,,P3,Road,builder,WA,6000",
        "Quokka Scaffolding P/L,,,,,P4,Road,builder,WA,6000",
        ",,,,,P5,Nothing,builder,NSW,2000",
      ),
    );
    batchId = received.batchId;
    chunks = await processBatch(db, batchId, 2);
  });

  it("adds each stage's time once per chunk, and the batch's end once", async () => {
    const { rows } = await db.ownerPool.query<{ stage: string; milliseconds: number; calls: number }>(
      "select stage, milliseconds, calls from app_private.import_stage_timings where batch_id = $1 order by stage",
      [batchId],
    );
    // Five rows in chunks of two: three chunks with rows, then the call that finds none and ends the batch.
    expect(chunks).toBe(4);
    expect(rows.map((r) => [r.stage, r.calls])).toEqual([
      ...CHUNK_STAGES.map((stage) => [stage, 3]),
      ["9 batch done: promotion evidence", 1],
    ]);
    for (const r of rows) expect(r.milliseconds).toBeGreaterThanOrEqual(0);
  });

  it("sums laps of one stage", async () => {
    await db.ownerPool.query(
      "select app_hidden.import_stage_lap($1, 'x test stage', clock_timestamp() - interval '2 seconds'), app_hidden.import_stage_lap($1, 'x test stage', clock_timestamp() - interval '1 second')",
      [batchId],
    );
    const { rows } = await db.ownerPool.query<{ milliseconds: number; calls: number }>(
      "select milliseconds, calls from app_private.import_stage_timings where batch_id = $1 and stage = 'x test stage'",
      [batchId],
    );
    expect(rows[0]!.calls).toBe(2);
    expect(rows[0]!.milliseconds).toBeGreaterThanOrEqual(3000);
    expect(rows[0]!.milliseconds).toBeLessThan(60_000);
  });

  it("is private: neither a steward nor an analyst can read it", async () => {
    for (const role of ["steward", "analyst"] as const) {
      await expectSqlError(
        asRole(db, { role, userId: users[role].id }, (client) =>
          client.query("select * from app_private.import_stage_timings"),
        ),
        "42501",
      );
    }
  });
});
