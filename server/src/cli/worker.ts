// npm run worker: the background worker on its own (start the API with
// IMPORT_WORKER=false to run the worker only here). Uses the same database as
// npm start (embedded, shared with a running server, or DATABASE_URL).
import "./graphile-env.ts";
import { loadConfig, ConfigError } from "../config/env.ts";
import { makeLogger } from "../logger.ts";
import { openDatabase, prepareDatabase } from "../db/database.ts";
import { takeOverShutdownSignals } from "../db/embedded.ts";
import { startWorker } from "../worker/runner.ts";

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
  const db = await openDatabase(config, logger);
  await prepareDatabase(db, logger);
  const worker = await startWorker({
    connectionString: db.ownerUrl,
    logger,
    chunkRows: config.imports.chunkRows,
    turnSeconds: config.imports.turnSeconds,
    concurrency: config.worker.concurrency,
    crashAfterChunks: config.imports.testCrashAfterChunks,
  });
  process.stdout.write(`Worker ${worker.workerId} is running. Press Ctrl-C to stop.\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping worker");
    await worker.stop();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("Worker failed:", error instanceof Error ? error.stack : error);
  process.exit(1);
});
