// The worker: a queued batch is processed by graphile-worker, and a worker
// killed in the middle of a chunk leaves nothing half-done — a new worker
// frees the dead one's job and finishes the batch with no duplicate aliases,
// pending items, outcomes or occurrence counts.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { pino } from "pino";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startWorker } from "../../server/src/worker/runner.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { csv, importText, outcomes, processBatch, seedRegistry, ABN_ACME, ABN_BLUEGUM } from "./import-helpers.ts";

let db: TestDatabase;
let reference: TestDatabase;
let scratch: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  reference = await createTestDatabase();
  await seedRegistry(db);
  await seedRegistry(reference);
  scratch = await createTestDatabase();
  await seedRegistry(scratch);
}, 180_000);
afterAll(async () => {
  await db.drop();
  await reference.drop();
  await scratch.drop();
});

/** 40 rows: identifiers, exact and misspelt names, new companies in several spellings, junk. */
function bigFile(): string {
  const rows: string[] = [];
  for (let i = 0; i < 8; i++) {
    rows.push(`Acme Feed Spelling ${i},,${ABN_ACME},,,P${i},Tower,builder,NSW,2000`);
    rows.push(`Bluegum Civil Engineerng ${i % 2 === 0 ? "Pty Ltd" : "P/L"},,,,,Q${i},Road,builder,VIC,3000`);
    rows.push(
      `Wombat Roofing ${["Pty Ltd", "P/L", "Pty. Limited", ""][i % 4]},BCI-W,,,,R${i},Roof,subcontractor,NSW,2000`,
    );
    rows.push(`Numbat Electrical Group ${i % 3},,,,,S${i},Power,subcontractor,WA,6000`);
    rows.push(
      i % 2 === 0 ? `,,${ABN_BLUEGUM},,,T${i},Junk,builder,NSW,2000` : `Acme Builders,,,,,T${i},Mall,builder,NSW,2000`,
    );
  }
  return csv(...rows);
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function batchState(target: TestDatabase, batchId: string) {
  const { rows } = await target.ownerPool.query("select * from app_public.import_batches where id = $1", [batchId]);
  return rows[0];
}

async function summary(target: TestDatabase, batchId: string) {
  const rows = await outcomes(target, batchId);
  const q = async (sql: string) => (await target.ownerPool.query(sql, [batchId])).rows[0];
  return {
    outcomes: rows.map((r) => [r.line, r.outcome, r.employer_id, r.alias_id !== null, r.error]),
    aliases: await q(
      "select count(*)::int as n, count(distinct (employer_id, compare_form))::int as d from app_public.aliases where import_batch_id = $1",
    ),
    pending: await q(
      "select count(distinct pending_employer_id)::int as items from app_public.import_rows where batch_id = $1",
    ),
    pendingNames: await q(
      "select count(*)::int as n, coalesce(sum(occurrence_count), 0)::int as occurrences from app_public.pending_employer_names where $1::bigint is not null",
    ),
    occurrences: await q(
      "select coalesce(sum(occurrence_count), 0)::int as n from app_public.feed_name_occurrences where last_batch_id = $1",
    ),
    counters: await q(
      "select rows_processed, matched_identifier_count, matched_exact_count, matched_fuzzy_count, pending_count, conflict_count, error_count, aliases_added_count from app_public.import_batches where id = $1",
    ),
  };
}

it("processes a queued batch with graphile-worker", async () => {
  const received = await importText(scratch, bigFile());
  const worker = await startWorker({
    connectionString: scratch.ownerUrl,
    logger: pino({ level: "silent" }),
    chunkRows: 5,
    pollInterval: 200,
  });
  try {
    await waitFor(async () => (await batchState(scratch, received.batchId)).state === "done");
  } finally {
    await worker.stop();
  }
  const done = await batchState(scratch, received.batchId);
  expect(done).toMatchObject({ rows_processed: 40, row_count: 40 });
  expect(done.started_at).not.toBeNull();
  const { rows: jobs } = await scratch.ownerPool.query("select count(*)::int as n from graphile_worker.jobs");
  expect(jobs[0].n).toBe(0);
}, 120_000);

it("finishes a batch after the worker is killed mid-chunk, with nothing duplicated", async () => {
  const received = await importText(db, bigFile());
  const child = spawn(process.execPath, [join(repoRoot, "test/imports/worker-child.ts")], {
    env: {
      ...process.env,
      WORKER_DATABASE_URL: db.ownerUrl,
      IMPORT_CHUNK_ROWS: "5",
      IMPORT_TEST_CRASH_AFTER_CHUNKS: "3",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
  expect({ signal, output: signal === "SIGKILL" ? "" : output }).toEqual({ signal: "SIGKILL", output: "" });

  // Three chunks committed, the fourth died with the process; the job is still locked by the dead worker.
  const partial = await batchState(db, received.batchId);
  expect(partial).toMatchObject({ state: "processing", rows_processed: 15 });
  const { rows: locked } = await db.ownerPool.query("select locked_by from graphile_worker.jobs");
  expect(locked).toHaveLength(1);
  expect(locked[0].locked_by).not.toBeNull();

  const worker = await startWorker({
    connectionString: db.ownerUrl,
    logger: pino({ level: "silent" }),
    chunkRows: 5,
    pollInterval: 200,
  });
  try {
    await waitFor(async () => (await batchState(db, received.batchId)).state === "done");
  } finally {
    await worker.stop();
  }

  // The same file processed without a crash gives exactly the same result.
  const expected = await importText(reference, bigFile());
  await processBatch(reference, expected.batchId, 5);
  const got = await summary(db, received.batchId);
  const want = await summary(reference, expected.batchId);
  expect(got.outcomes).toEqual(want.outcomes);
  expect(got.counters).toEqual(want.counters);
  expect(got.counters.rows_processed).toBe(40);
  expect(got.aliases.n).toBe(got.aliases.d);
  expect(got.aliases).toEqual(want.aliases);
  expect(got.pending).toEqual(want.pending);
  // Every usable row counted once.
  const usable = got.outcomes.filter((o) => o[1] !== "error").length;
  expect(got.occurrences.n).toBe(usable);
}, 120_000);
