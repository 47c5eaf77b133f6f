// npm run import -- FILE [--source bci]: streams a feed file into a new import
// batch (the same pipeline as POST /imports) with a progress bar, then shows
// the matching's progress until every row has an outcome. It runs a worker
// itself while it waits (graphile-worker makes sure one worker takes the job,
// even when npm start runs its own); --no-wait only uploads.
import "./graphile-env.ts";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Command } from "commander";
import cliProgress from "cli-progress";
import pg from "pg";
import { loadConfig } from "../config/env.ts";
import { ImportError } from "../imports/import-error.ts";
import { receiveImport } from "../imports/staging-copy.ts";
import { makeLogger } from "../logger.ts";
import { openDatabase, prepareDatabase } from "../db/database.ts";
import { tolerateShutdown } from "../db/pool.ts";
import { installWorkerSchema, startWorker } from "../worker/runner.ts";

/** A domain error raised by the registry's SQL (five capital letters: BADSR for an unknown source, FDOFF for a switched-off feature). */
function isDomainError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && /^[A-Z]{5}$/.test(code);
}

const program = new Command()
  .name("npm run import --")
  .argument("<file>", "the CSV file (BCI export: company_name, bci_company_id, abn, acn, ...)")
  .option("--source <key>", "the source system the file comes from", "bci")
  .option("--no-wait", "only upload; the worker of npm start (or npm run worker) matches the rows")
  .parse();
const [file] = program.args as [string];
const options = program.opts<{ source: string; wait: boolean }>();

const config = loadConfig();
const importConfig = config.imports;
const logger = makeLogger("warn", "import");
let size: number;
try {
  size = (await stat(file)).size;
} catch (error) {
  // Before any database work: nothing to undo.
  console.error(
    `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
  );
  process.exit(1);
}
const db = await openDatabase(config, logger);
let exitCode = 0;
try {
  await prepareDatabase(db, logger);
  await installWorkerSchema(db.ownerUrl);
  const pool = tolerateShutdown(new pg.Pool({ connectionString: db.ownerUrl, max: 2 }));
  const bars = new cliProgress.MultiBar(
    {
      format: " {task} |{bar}| {percentage}% {value}/{total} {unit}",
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  const upload = bars.create(size, 0, { task: "upload  ", unit: "bytes" });
  const client = await pool.connect();
  let received;
  try {
    await client.query("begin");
    received = await receiveImport(client, createReadStream(file), {
      sourceSystem: options.source,
      fileName: basename(file),
      limits: importConfig.limits,
      onBytes: (bytes) => upload.update(bytes),
    });
    await client.query(received.duplicate ? "rollback" : "commit");
    upload.update(size);
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  if (received.duplicate) {
    bars.stop();
    console.log(`This file was imported before: batch #${received.batchId}.`);
  } else if (options.wait) {
    const worker = await startWorker({
      connectionString: db.ownerUrl,
      logger,
      chunkRows: importConfig.chunkRows,
      pollInterval: 200,
    });
    const matching = bars.create(received.rowCount, 0, { task: "matching", unit: "rows" });
    let batch: Record<string, string | number>;
    for (;;) {
      batch = (await pool.query("select * from app_public.import_batches where id = $1", [received.batchId])).rows[0];
      matching.update(Number(batch.rows_processed));
      if (batch.state === "done" || batch.state === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    bars.stop();
    await worker.stop();
    console.log(
      `Batch #${batch.id}: ${batch.state}. ${batch.matched_identifier_count} matched by identifier, ${batch.matched_exact_count} exact, ` +
        `${batch.matched_fuzzy_count} fuzzy, ${batch.pending_count} pending, ${batch.conflict_count} conflicts, ` +
        `${batch.rejected_count} rejected, ${batch.error_count} errors; ${batch.aliases_added_count} new aliases.`,
    );
  } else {
    bars.stop();
    console.log(`Batch #${received.batchId} queued (${received.rowCount} rows).`);
  }
  for (const warning of received.warnings) console.log(`warning: ${warning}`);
  await pool.end();
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`\n${error.code}: ${error.message}`);
    exitCode = 1;
  } else if (isDomainError(error)) {
    // The database refused the upload (an unknown --source, imports switched
    // off): its message is written for people; the upload was rolled back.
    console.error(`\n${error.code}: ${error.message}`);
    exitCode = 1;
  } else {
    throw error;
  }
} finally {
  await db.close();
}
process.exit(exitCode);
