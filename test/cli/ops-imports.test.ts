// npm run ops -- imports retract BATCH [--dry-run]: the retraction from the
// command line; a dry run prints the figures and changes nothing.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";
import { csv, importText, outcomes, processBatch, seedRegistry } from "../imports/import-helpers.ts";

let db: TestDatabase;
let batchId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
  const received = await importText(
    db,
    csv("Acme Builders,,,,,P1,Mall,builder,NSW,2000", "Bluegum Civil Engineerng Pty Ltd,,,,,P2,Road,builder,VIC,3000"),
  );
  batchId = received.batchId;
  await processBatch(db, batchId);
}, 180_000);
afterAll(() => db.drop());

it("prints what a dry run would undo and changes nothing", async () => {
  const before = await outcomes(db, batchId);
  const run = await runOps(db, ["imports", "retract", batchId, "--dry-run"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(
    `dry run, nothing changed: would return 2 row(s) of batch #${batchId} to the pending queue and remove 1 learned name(s)\n`,
  );
  expect(await outcomes(db, batchId)).toEqual(before);
});

it("retracts the batch as the operator, and answers --json", async () => {
  const run = await runOps(db, ["imports", "retract", batchId, "--note", "wrong file", "--json"]);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ batchId, dryRun: false, rowsReturned: 2, aliasesRemoved: 1 });
  expect((await outcomes(db, batchId)).map((r) => r.outcome)).toEqual(["pending", "pending"]);
  const { rows } = await db.ownerPool.query(
    "select actor_role, after->>'note' as note from app_public.audit_events where table_name = 'app_public.import_batch_retractions'",
  );
  expect(rows).toEqual([{ actor_role: "operator", note: "wrong file" }]);
});

it("refuses a batch that does not exist", async () => {
  const run = await runOps(db, ["imports", "retract", "999999"]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/No import batch #999999/);
});
