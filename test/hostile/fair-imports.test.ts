// Fair imports: one worker (concurrency 1), a 20,000-row batch uploaded first
// and already running, then a 1,000-row batch: the small batch is done while
// the large one is still processing (the large one alone takes minutes here),
// because a batch's job gives its turn up after IMPORT_TURN_SECONDS and its
// remaining chunks queue behind the jobs already waiting.
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startWorker, type RunningWorker } from "../../server/src/worker/runner.ts";
import { csv, importText, seedRegistry } from "../imports/import-helpers.ts";

let db: TestDatabase;
let worker: RunningWorker | null = null;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
});
afterAll(async () => {
  await worker?.stop();
  await db.drop();
});

const rows = (prefix: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `${prefix} ${["Formwork", "Scaffolding", "Civil", "Roofing"][i % 4]} ${Math.floor(i / 4)} Pty Ltd,,,,,P${i},Site ${i},builder,NSW,2000`,
  );

async function batch(id: string) {
  const { rows: found } = await db.ownerPool.query<{ state: string; rows_processed: number; finished_at: Date | null }>(
    "select state::text, rows_processed, finished_at from app_public.import_batches where id = $1",
    [id],
  );
  return found[0]!;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it("finishes a 1,000-row batch uploaded behind a running 20,000-row batch first", async () => {
  const limits = { maxRows: 100_000, maxBytes: 20 * 1024 * 1024 };
  const large = await importText(db, csv(...rows("Largefeed", 20_000)), { limits });
  worker = await startWorker({
    connectionString: db.ownerUrl,
    logger: pino({ level: "silent" }),
    chunkRows: 1_000,
    turnSeconds: 1,
    concurrency: 1,
    crontab: "",
    pollInterval: 200,
  });
  // Every name here is new, so each chunk's names are all searched as similar names (about 30 s a chunk with two
  // whole suites on 2 cores). The small batch waits for the large one's turn (a chunk and the look-ahead search of
  // the next) and then its own search and chunk: the waits are long, the test is the order, not the speed.
  await waitFor(async () => (await batch(large.batchId)).rows_processed >= 1_000, 240_000);
  const small = await importText(db, csv(...rows("Smallfeed", 1_000)), { limits });
  await waitFor(async () => (await batch(small.batchId)).state === "done", 330_000);
  const largeNow = await batch(large.batchId);
  console.log(`small batch done while the large one had ${largeNow.rows_processed} of 20000 rows (${largeNow.state})`);
  expect(largeNow.state).toBe("processing");
  expect(largeNow.rows_processed).toBeLessThan(20_000);
  // The large batch carries on in its next turns (its job is queued again, not lost).
  const { rows: jobs } = await db.ownerPool.query<{ n: number }>(
    "select count(*)::int as n from graphile_worker.jobs where task_identifier = 'import_batches__process' and key = $1",
    [`import_batches__process:${large.batchId}`],
  );
  expect(jobs[0]!.n).toBe(1);
}, 640_000);
