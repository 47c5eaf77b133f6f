// npm run worker: the background worker on its own (start the API with
// IMPORT_WORKER=false to run the worker only here). Uses the same database as
// npm start (embedded, shared with a running server, or DATABASE_URL).
import "./graphile-env.ts";
import { loadConfig, ConfigError } from "../config/env.ts";
import { makeLogger } from "../logger.ts";
import { openDatabase, prepareDatabase, type DatabaseRuntime } from "../db/database.ts";
import { takeOverShutdownSignals } from "../db/embedded.ts";
import { startWorker, type RunningWorker } from "../worker/runner.ts";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = makeLogger(config.logLevel, "worker");
  takeOverShutdownSignals();
  // Filled in as start-up proceeds; read by the signal handler (an object, so neither is narrowed to null).
  const running: { db: DatabaseRuntime | null; worker: RunningWorker | null } = { db: null, worker: null };
  let stopping = false;
  const startup = (async () => {
    const db = (running.db = await openDatabase(config, logger));
    if (stopping) return;
    await prepareDatabase(db, logger);
    if (stopping) return;
    running.worker = await startWorker({
      connectionString: db.ownerUrl,
      logger,
      chunkRows: config.imports.chunkRows,
      turnSeconds: config.imports.turnSeconds,
      concurrency: config.worker.concurrency,
      crashAfterChunks: config.imports.testCrashAfterChunks,
    });
  })();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping worker");
    // A signal during start-up: let the step in flight finish, so that what it started (the embedded
    // PostgreSQL above all) is stopped here rather than left running.
    await startup.catch(() => undefined);
    await running.worker?.stop();
    await running.db?.close();
    process.exit(0);
  };
  // SIGHUP too (the terminal closed): its default would end this process at once and leave PostgreSQL running.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(signal));
  try {
    await startup;
  } catch (error) {
    if (stopping) return;
    await running.db?.close();
    throw error;
  }
  if (!stopping && running.worker) {
    process.stdout.write(`Worker ${running.worker.workerId} is running. Press Ctrl-C to stop.\n`);
  }
}

main().catch((error: unknown) => {
  console.error("Worker failed:", error instanceof Error ? error.stack : error);
  process.exit(1);
});
