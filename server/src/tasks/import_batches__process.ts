// graphile-worker task: gives every row of an import batch its outcome, one
// chunk (one transaction) at a time, so that a killed worker loses at most
// the chunk in flight and the retried job carries on where it stopped.
import type { Task } from "graphile-worker";

export interface ProcessImportOptions {
  chunkRows: number;
  /** Connections that search the next chunk's unknown names at once (searchEmployers is the costly step). */
  searchConnections?: number;
  /**
   * Tests only: after this many chunks, process one more chunk without
   * committing and kill the process, to prove a crash mid-batch is harmless.
   */
  crashAfterChunks?: number | undefined;
}

export function makeProcessImportBatch(options: ProcessImportOptions): Task {
  return async function importBatchesProcess(payload, helpers) {
    // Names the next chunk will ask search_employers about, searched first on
    // several connections; the chunk then reads the answers from the batch's
    // cache. Only a cache: the chunk searches whatever is missing itself.
    const searchAhead = async (batchId: number) => {
      const names = await helpers.withPgClient(async (client) => {
        const { rows } = await client.query<{ compare_form: string; name: string }>(
          "select compare_form, name from app_hidden.import_names_to_search($1, $2)",
          [batchId, options.chunkRows],
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
    };
    const batchId = Number((payload as { batchId?: unknown } | null)?.batchId);
    if (!Number.isSafeInteger(batchId) || batchId <= 0) {
      helpers.logger.error(`import_batches__process: bad payload ${JSON.stringify(payload)}`);
      return;
    }
    let chunks = 0;
    try {
      for (;;) {
        if (options.crashAfterChunks !== undefined && chunks >= options.crashAfterChunks) {
          await helpers.withPgClient(async (client) => {
            await client.query("begin");
            await client.query("select app_hidden.process_import_chunk($1, $2)", [batchId, options.chunkRows]);
            process.kill(process.pid, "SIGKILL");
            await new Promise(() => undefined);
          });
        }
        await searchAhead(batchId);
        const processed = await helpers.withPgClient(async (client) => {
          const { rows } = await client.query<{ n: number }>("select app_hidden.process_import_chunk($1, $2) as n", [
            batchId,
            options.chunkRows,
          ]);
          return rows[0]!.n;
        });
        chunks += 1;
        if (processed === 0) break;
      }
      helpers.logger.info(`import batch ${batchId} done in ${chunks} chunks`);
    } catch (error) {
      await helpers
        .withPgClient((client) =>
          client.query("select app_hidden.fail_import_batch($1, $2)", [batchId, (error as Error).message]),
        )
        .catch(() => undefined);
      throw error;
    }
  };
}
