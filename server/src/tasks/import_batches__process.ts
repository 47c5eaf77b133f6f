// graphile-worker task: gives every row of an import batch its outcome, one
// chunk (one transaction) at a time, so that a killed worker loses at most
// the chunk in flight and the retried job carries on where it stopped.
import type { Task } from "graphile-worker";

export interface ProcessImportOptions {
  chunkRows: number;
  /**
   * Seconds the job keeps its place in the runner: after that it queues its
   * remaining chunks as a new job, behind the jobs already waiting, so a small
   * batch uploaded behind a large one is not held up until the large one ends.
   */
  turnSeconds?: number | undefined;
  /** Connections that match the next chunk's unknown names at once (the fuzzy matcher is the costly step). */
  searchConnections?: number;
  /**
   * True once the runner is stopping (SIGTERM, Ctrl-C): the job ends after the
   * chunk in flight instead of running the batch to its end, and a later run
   * carries on from the first row without an outcome.
   */
  isStopping?: () => boolean;
  /**
   * Tests only: after this many chunks, process one more chunk without
   * committing and kill the process, to prove a crash mid-batch is harmless.
   */
  crashAfterChunks?: number | undefined;
}

export function makeProcessImportBatch(options: ProcessImportOptions): Task {
  return async function importBatchesProcess(payload, helpers) {
    // Names a coming chunk will ask the fuzzy matcher (app_hidden.match_employers,
    // the code behind searchEmployers) about, matched on other connections
    // while the chunk before it is processed (a pipeline: the matcher is the
    // costly step, and the chunk's own work is mostly on one core); the chunk
    // then reads the answers from the batch's cache. Only a cache: the chunk
    // matches whatever is missing itself, so a miss costs time, never results.
    const searchAhead = async (batchId: number, skip: number) => {
      const started = new Date();
      const names = await helpers.withPgClient(async (client) => {
        const { rows } = await client.query<{ compare_form: string; name: string }>(
          "select compare_form, name from app_hidden.import_names_to_search($1, $2, $3)",
          [batchId, options.chunkRows, skip],
        );
        return rows;
      });
      let next = 0;
      const lanes = Array.from({ length: Math.max(1, options.searchConnections ?? 2) }, () =>
        helpers.withPgClient(async (client) => {
          while (next < names.length) {
            const { compare_form, name } = names[next++]!;
            await client.query("select app_hidden.search_import_name($1, $2, $3)", [batchId, compare_form, name]);
          }
        }),
      );
      await Promise.all(lanes);
      await recordLap(batchId, "0a fuzzy names ahead (parallel lanes, overlaps the chunks)", started);
    };
    // Stage timings for the batch's profile (app_private.import_stage_timings).
    const recordLap = (batchId: number, stage: string, started: Date) =>
      helpers.withPgClient((client) =>
        client.query("select app_hidden.import_stage_lap($1, $2, $3)", [batchId, stage, started]),
      );
    const batchId = Number((payload as { batchId?: unknown } | null)?.batchId);
    if (!Number.isSafeInteger(batchId) || batchId <= 0) {
      helpers.logger.error(`import_batches__process: bad payload ${JSON.stringify(payload)}`);
      return;
    }
    let chunks = 0;
    const turnEndsAt = Date.now() + (options.turnSeconds ?? Infinity) * 1000;
    // The first chunk's names, before it starts; then, each time, the names of
    // the chunk after the one about to be processed.
    let ahead: Promise<void> = Promise.resolve();
    try {
      await searchAhead(batchId, 0);
      for (;;) {
        if (options.crashAfterChunks !== undefined && chunks >= options.crashAfterChunks) {
          await helpers.withPgClient(async (client) => {
            await client.query("begin");
            await client.query("select app_hidden.process_import_chunk($1, $2)", [batchId, options.chunkRows]);
            process.kill(process.pid, "SIGKILL");
            await new Promise(() => undefined);
          });
        }
        const waitStarted = new Date();
        await ahead;
        await recordLap(batchId, "0b waiting for the fuzzy names ahead", waitStarted);
        ahead = searchAhead(batchId, options.chunkRows);
        // Awaited before the next chunk (or at the end); never left unhandled.
        ahead.catch(() => undefined);
        const processed = await helpers.withPgClient(async (client) => {
          const { rows } = await client.query<{ n: number }>("select app_hidden.process_import_chunk($1, $2) as n", [
            batchId,
            options.chunkRows,
          ]);
          return rows[0]!.n;
        });
        chunks += 1;
        const turnOver = Date.now() >= turnEndsAt;
        if (processed === 0 || turnOver || options.isStopping?.()) await ahead;
        if (processed === 0) break;
        if (turnOver && !options.isStopping?.()) {
          // The new job's run_at is now, so every job queued meanwhile comes first
          // (graphile-worker takes jobs by priority, run_at, id).
          await helpers.addJob(
            "import_batches__process",
            { batchId },
            { jobKey: `import_batches__process:${batchId}`, maxAttempts: 25 },
          );
          helpers.logger.info(`import batch ${batchId} gives its turn up after ${chunks} chunks`);
          return;
        }
        if (options.isStopping?.()) {
          // Paused, not failed: the batch queues itself again (same job key
          // as the upload's) and this job ends, so the stop costs no attempt
          // and logs no error; the next worker carries on from the next chunk.
          await helpers.addJob(
            "import_batches__process",
            { batchId },
            { jobKey: `import_batches__process:${batchId}`, maxAttempts: 25 },
          );
          helpers.logger.info(`import batch ${batchId} paused after ${chunks} chunks: the worker is stopping`);
          return;
        }
      }
      helpers.logger.info(`import batch ${batchId} done in ${chunks} chunks`);
    } catch (error) {
      await ahead.catch(() => undefined);
      await helpers
        .withPgClient((client) =>
          client.query("select app_hidden.fail_import_batch($1, $2)", [batchId, (error as Error).message]),
        )
        .catch(() => undefined);
      throw error;
    }
  };
}
