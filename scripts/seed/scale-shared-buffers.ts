// The 1M search's working set (search_names, the postings and the deletion
// neighbourhoods and their indexes: ~3 GB of a 6.5 GB database) does not fit
// PostgreSQL's default 128 MB of shared_buffers. Pages then come from the OS
// cache on every search, and the copies and checksums cost CPU: in perf of a
// backend running typo queries, about a tenth of its CPU at 128 MB (reads,
// page checksums, copies), nearly none at 2 GB once warm. The scale tools size the
// embedded cluster's shared_buffers (ALTER SYSTEM, which takes effect when the
// cluster next starts) and print the setting beside their figures.
import { totalmem } from "node:os";
import pg from "pg";
import { withDatabase } from "../../server/src/db/bootstrap.ts";
import type { BenchDatabase } from "../bench/bench-database.ts";

const MB = 1024 * 1024;

/** SCALE_SHARED_BUFFERS in MB (e.g. 2048), else 2 GB or a quarter of the machine's memory if less. */
export function scaleSharedBuffersMb(): number {
  const given = Number(process.env.SCALE_SHARED_BUFFERS);
  if (Number.isFinite(given) && given > 0) return Math.round(given);
  return Math.min(2048, Math.floor(totalmem() / MB / 4));
}

/**
 * The cluster's shared_buffers now (e.g. "128MB"), and what it will be after a restart when this call asked for
 * more. Only the embedded cluster is changed: an external server's settings are its operator's.
 */
export async function sizeScaleSharedBuffers(db: BenchDatabase): Promise<{ now: string; pending: string | null }> {
  const { rows } = await db.ownerPool.query<{ now: string; mb: string }>(
    "select current_setting('shared_buffers') as now, pg_size_bytes(current_setting('shared_buffers')) / 1048576 as mb",
  );
  const now = rows[0]!.now;
  const wanted = scaleSharedBuffersMb();
  if (Number(rows[0]!.mb) >= wanted || !db.runtime.embedded || !db.runtime.rootUrl) return { now, pending: null };
  const root = new pg.Client({ connectionString: withDatabase(db.runtime.rootUrl, db.name) });
  await root.connect();
  try {
    await root.query(`alter system set shared_buffers = '${wanted}MB'`);
  } finally {
    await root.end();
  }
  return { now, pending: `${wanted}MB` };
}

/** One line for a tool's output: the setting, and how to apply a pending change. */
export function sharedBuffersNote(sizing: { now: string; pending: string | null }): string {
  return sizing.pending
    ? `shared_buffers ${sizing.now} (set to ${sizing.pending} from the next start of the embedded PostgreSQL: ` +
        "stop every process using .data/pg and run again)"
    : `shared_buffers ${sizing.now}`;
}
