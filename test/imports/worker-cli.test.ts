// `npm run worker` (server/src/cli/worker.ts) as a process of its own against a
// real database: it processes a batch uploaded while it runs; SIGTERM stops it
// cleanly (exit 0, no connection or locked job left behind), also in the middle
// of a batch, which the next worker then finishes with nothing counted twice.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { cliEnv } from "../helpers/ops.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { ABN_ACME, csv, importText, outcomes, seedRegistry, type Registry } from "./import-helpers.ts";

let db: TestDatabase;
let registry: Registry;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
}, 180_000);
const running = new Set<ChildProcess>();
afterEach(() => {
  // A failed expectation must not leave a worker behind to take the next test's jobs.
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  running.clear();
});
afterAll(async () => {
  await db.drop();
});

interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the worker command line and resolves once it says it is running. */
async function startWorkerCli(chunkRows: number): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [join(repoRoot, "server", "src", "cli", "worker.ts")], {
    cwd: repoRoot,
    env: cliEnv(db, { IMPORT_CHUNK_ROWS: String(chunkRows), LOG_LEVEL: "warn" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await Promise.race([
    waitFor(async () => /Worker \S+ is running/.test(output)),
    exited.then((code) => {
      throw new Error(`the worker exited (${code}) before it was ready:\n${output}`);
    }),
  ]);
  return { child, output: () => output, exited };
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function batch(batchId: string) {
  const { rows } = await db.ownerPool.query(
    "select state::text, row_count, rows_processed, pending_count, last_error from app_public.import_batches where id = $1",
    [batchId],
  );
  return rows[0] as { state: string; row_count: number; rows_processed: number; pending_count: number };
}

/** Connections the worker process opened (graphile-worker's pool and its liveness lock). */
async function workerConnections(): Promise<number> {
  const { rows } = await db.rootPool.query(
    "select count(*)::int as n from pg_stat_activity where datname = $1 and application_name like 'registry-worker%'",
    [db.name],
  );
  return rows[0].n;
}

async function importJobs() {
  const { rows } = await db.ownerPool.query(
    "select locked_by, attempts, last_error from graphile_worker.jobs where task_identifier = 'import_batches__process'",
  );
  return rows as { locked_by: string | null; attempts: number; last_error: string | null }[];
}

describe("npm run worker", () => {
  it("processes a batch uploaded while it runs, then stops cleanly on SIGTERM", async () => {
    const worker = await startWorkerCli(2);
    const received = await importText(
      db,
      csv(
        `Acme Building Co,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`,
        "Acme Builders,,,,,P2,Mall,builder,NSW,2000",
        "Bluegum Civil Engineerng Pty Ltd,,,,,P3,Road,head contractor,VIC,3000",
        "Wattlebird Roofing Pty Ltd,,,,,P4,Roof,subcontractor,NSW,2000",
        ",,,,,P5,Junk,builder,NSW,2000",
      ),
    );
    await waitFor(async () => (await batch(received.batchId)).state === "done");
    expect((await outcomes(db, received.batchId)).map((r) => [r.outcome, r.employer_id])).toEqual([
      ["matched_identifier", registry.acme],
      ["matched_exact", registry.acme],
      ["matched_fuzzy", registry.bluegum],
      ["pending", null],
      ["error", null],
    ]);
    await waitFor(async () => (await importJobs()).length === 0); // a finished job is deleted

    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.output()).not.toMatch(/Worker failed|"level":50/);
    await waitFor(async () => (await workerConnections()) === 0, 10_000);
  });

  it("pauses a batch after the chunk in flight on SIGTERM; the next worker finishes it, counting nothing twice", async () => {
    // 300 rows, one per chunk: the batch is still running when SIGTERM lands.
    const names = ["Acme Builders", "Kookaburra Roofing Pty Ltd", "Kookaburra Roofing P/L", "Harbourview Formwork"];
    const rows = Array.from({ length: 300 }, (_, i) => `${names[i % 4]},,,,,R${i},Site ${i},builder,NSW,2000`);
    const worker = await startWorkerCli(1);
    const received = await importText(db, csv(...rows));
    await waitFor(async () => (await batch(received.batchId)).rows_processed >= 3);
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);

    const paused = await batch(received.batchId);
    expect(paused.state).toBe("processing"); // not "failed": nothing went wrong with the batch
    expect(paused.rows_processed).toBeGreaterThan(0);
    expect(paused.rows_processed).toBeLessThan(300);
    // Queued again, unlocked, no attempt used up and no error recorded.
    expect(await importJobs()).toEqual([{ locked_by: null, attempts: 0, last_error: null }]);
    await waitFor(async () => (await workerConnections()) === 0, 10_000);

    const next = await startWorkerCli(50);
    await waitFor(async () => (await batch(received.batchId)).state === "done");
    next.child.kill("SIGTERM");
    expect(await next.exited).toBe(0);

    const done = await outcomes(db, received.batchId);
    expect(done).toHaveLength(300);
    expect(done.filter((r) => r.outcome === null)).toEqual([]);
    const finished = await batch(received.batchId);
    expect(finished).toMatchObject({ rows_processed: 300, pending_count: 150 });
    // The two Kookaburra spellings are one pending item that counted each row once.
    const { rows: pending } = await db.ownerPool.query(
      `select p.occurrence_count, count(n.*)::int as spellings from app_public.pending_employers p
       join app_public.pending_employer_names n on n.pending_employer_id = p.id
       where p.name like 'Kookaburra%' group by p.id`,
    );
    expect(pending).toEqual([{ occurrence_count: 150, spellings: 1 }]);
    expect(next.output()).not.toMatch(/"level":50/);
  });
});
