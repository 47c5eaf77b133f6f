// A worker in a process of its own, for the crash test: node worker-child.ts
// with WORKER_DATABASE_URL, IMPORT_CHUNK_ROWS and IMPORT_TEST_CRASH_AFTER_CHUNKS.
import { pino } from "pino";
import { startWorker } from "../../server/src/worker/runner.ts";

const crash = process.env.IMPORT_TEST_CRASH_AFTER_CHUNKS;
const worker = await startWorker({
  connectionString: process.env.WORKER_DATABASE_URL!,
  logger: pino({ level: "silent" }),
  chunkRows: Number(process.env.IMPORT_CHUNK_ROWS ?? "5"),
  crashAfterChunks: crash ? Number(crash) : undefined,
  pollInterval: 200,
});
process.stdout.write(`ready ${worker.workerId}\n`);
process.on("SIGTERM", () => void worker.stop().then(() => process.exit(0)));
