// The graphile-worker runner, set up through its library API (its CLI would
// load graphile.config.ts with its own loader). It runs inside `npm start` by
// default and on its own with `npm run worker`; any number of runners may
// share the database.
//
// A runner that is killed leaves its job locked (graphile-worker frees such
// locks only after four hours). So each runner holds a PostgreSQL advisory
// lock named after its worker pool's id (what graphile-worker locks jobs
// with) for as long as it lives; at start and every half minute, runners look
// at the pools holding jobs and free the jobs of those whose lock is gone
// (their session died with them).
import { EventEmitter } from "node:events";
import pg from "pg";
import {
  run,
  runMigrations,
  Logger as WorkerLogger,
  type Runner,
  type TaskList,
  type WorkerEvents,
} from "graphile-worker";
import type { Logger } from "pino";
import { tolerateShutdown } from "../db/pool.ts";
import { crontab, makeTaskList } from "./worker.ts";

export interface WorkerOptions {
  connectionString: string;
  logger: Logger;
  chunkRows: number;
  /** Seconds a batch's job keeps the runner before queuing its remaining chunks behind waiting jobs. */
  turnSeconds?: number;
  /** Jobs this runner works on at once (WORKER_CONCURRENCY). */
  concurrency?: number;
  pollInterval?: number;
  crashAfterChunks?: number | undefined;
  /** The schedule (default: the registry's crontab in worker.ts; "" for none, as in tests). */
  crontab?: string;
}

export interface RunningWorker {
  workerId: string;
  runner: Runner;
  stop(): Promise<void>;
}

/** graphile-worker wants every client of its pool to have an error handler. */
function workerPool(connectionString: string, max: number, logger: Logger | null): pg.Pool {
  const pool = tolerateShutdown(
    new pg.Pool({ connectionString, max, application_name: "registry-worker" }),
    (message) => logger?.warn(message),
  );
  pool.on("connect", (client) => {
    client.on("error", (error: Error & { code?: string }) => {
      if (error.code !== "57P01") logger?.warn({ err: error }, "worker database connection failed");
    });
  });
  return pool;
}

const aliveLockKey = (workerId: string) => `graphile-worker alive ${workerId}`;

/** Installs or upgrades graphile-worker's own schema (idempotent). */
export async function installWorkerSchema(connectionString: string): Promise<void> {
  const pool = workerPool(connectionString, 1, null);
  try {
    await runMigrations({ pgPool: pool, logger: quietLogger(null) });
  } finally {
    await pool.end();
  }
}

function quietLogger(logger: Logger | null): WorkerLogger {
  return new WorkerLogger(() => (level, message) => {
    if (!logger) return;
    if (level === "error") logger.error({ worker: true }, message);
    else if (level === "warning") logger.warn({ worker: true }, message);
    else if (level === "info") logger.info({ worker: true }, message);
  });
}

/** Frees jobs locked by runners that are no longer alive. Returns the dead worker ids. */
export async function releaseDeadWorkers(client: pg.ClientBase): Promise<string[]> {
  // A pool takes its lock as it starts, before it can lock a job; the grace
  // period covers the moment in between. graphile_worker.jobs is the view
  // graphile-worker documents for reading jobs (its tables are private).
  const { rows } = await client.query<{ locked_by: string }>(
    "select distinct locked_by from graphile_worker.jobs where locked_by is not null and locked_at < now() - interval '10 seconds'",
  );
  const dead: string[] = [];
  for (const { locked_by: workerId } of rows) {
    const { rows: probe } = await client.query<{ free: boolean }>(
      "select pg_try_advisory_lock(hashtextextended($1, 0)) as free",
      [aliveLockKey(workerId)],
    );
    if (probe[0]!.free) {
      await client.query("select pg_advisory_unlock(hashtextextended($1, 0))", [aliveLockKey(workerId)]);
      dead.push(workerId);
    }
  }
  if (dead.length > 0) await client.query("select graphile_worker.force_unlock_workers($1::text[])", [dead]);
  return dead;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { logger } = options;
  // Room for graphile-worker's own queries and, per job at once, an import
  // chunk and the two connections that match the next chunk's names meanwhile.
  const concurrency = options.concurrency ?? 1;
  const pool = workerPool(options.connectionString, 3 + 3 * concurrency, logger);
  await installWorkerSchema(options.connectionString);

  // The liveness lock lives on a session of its own for the runner's lifetime.
  const alive = new pg.Client({
    connectionString: options.connectionString,
    application_name: "registry-worker-alive",
  });
  alive.on("error", () => undefined);
  await alive.connect();
  const reap = async () => {
    const client = await pool.connect();
    try {
      const dead = await releaseDeadWorkers(client);
      if (dead.length > 0) logger.warn({ dead }, "freed the jobs of workers that died");
    } finally {
      client.release();
    }
  };
  await reap();
  const reaper = setInterval(
    () => void reap().catch((error: unknown) => logger.warn({ err: error }, "reaping failed")),
    30_000,
  );
  reaper.unref();

  let stopped = false;
  const taskList: TaskList = makeTaskList({
    chunkRows: options.chunkRows,
    turnSeconds: options.turnSeconds,
    crashAfterChunks: options.crashAfterChunks,
    isStopping: () => stopped,
  });
  const events: WorkerEvents = new EventEmitter();
  let poolId = "";
  let locked: Promise<unknown> = Promise.resolve();
  events.on("pool:create", ({ workerPool }) => {
    poolId = workerPool.id;
    locked = alive.query("select pg_advisory_lock(hashtextextended($1, 0))", [aliveLockKey(poolId)]);
  });
  const runner = await run({
    pgPool: pool,
    taskList,
    crontab: options.crontab ?? crontab,
    concurrency,
    pollInterval: options.pollInterval ?? 1000,
    noHandleSignals: true,
    logger: quietLogger(logger),
    events,
  });
  await locked;
  logger.info({ workerId: poolId }, "worker started");
  return {
    workerId: poolId,
    runner,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(reaper);
      await runner.stop();
      await alive.end().catch(() => undefined);
      await pool.end();
    },
  };
}
