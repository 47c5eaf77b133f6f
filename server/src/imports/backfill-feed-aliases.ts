// The runbook's "missing aliases for external IDs": past import rows that
// carried an identifier of a known employer under a name that employer does
// not have yet. The rows are walked in key order (batch_id, line), a batch of
// them per transaction (app_hidden.backfill_feed_aliases_batch), so a large
// registry is never locked for the whole run. A real run has an id: its
// cursor is stored after each batch (`--resume <run>` continues a stopped
// run) and the aliases it added are recorded against it, so
// revertFeedAliasBackfill retires exactly those. With dryRun nothing is
// written and no run is recorded.
// `npm run ops -- backfill feed-aliases|revert` calls these.
import type pg from "pg";

export interface BackfillItem {
  employerId: string;
  name: string;
  batchId: string;
  line: number;
  identifier: string;
  added: boolean;
}

export interface BackfillProgress {
  batch: number;
  /** Import rows covered so far, of rowsTotal. */
  rowsDone: number;
  rowsTotal: number;
  candidates: number;
  added: number;
  /** This batch's items. */
  items: BackfillItem[];
}

export interface BackfillOptions {
  dryRun: boolean;
  /** Import rows per transaction (default 1000). */
  batchSize?: number;
  /** Continue this run from its stored cursor. */
  resume?: string | null;
  /** Stop after this many batches (a run can be resumed later). */
  maxBatches?: number;
  onBatch?(progress: BackfillProgress): void | Promise<void>;
}

export interface BackfillReport {
  /** null for a dry run. */
  runId: string | null;
  dryRun: boolean;
  /** Names that past batches should have added as aliases. */
  candidates: number;
  /** Aliases added by this run (0 for a dry run). */
  added: number;
  /** Employers that gained (or would gain) a name. */
  employers: number;
  batches: number;
  rowsScanned: number;
  /** Whether every import row was covered (false when stopped by maxBatches). */
  finished: boolean;
  items: BackfillItem[];
}

export class BackfillError extends Error {}

interface Cursor {
  batchId: string;
  line: number;
}

async function startRun(pool: pg.Pool, options: BackfillOptions): Promise<{ runId: string | null; cursor: Cursor }> {
  if (options.dryRun) return { runId: null, cursor: { batchId: "0", line: 0 } };
  if (options.resume) {
    const { rows } = await pool.query<{ batch_id: string; line: number; reverted_at: Date | null }>(
      "select after_batch_id::text as batch_id, after_line as line, reverted_at from app_private.feed_alias_backfill_runs where id::text = $1",
      [options.resume],
    );
    if (!rows[0]) throw new BackfillError(`no backfill run ${options.resume}`);
    if (rows[0].reverted_at) throw new BackfillError(`backfill run ${options.resume} was reverted: start a new one`);
    return { runId: options.resume, cursor: { batchId: rows[0].batch_id, line: rows[0].line } };
  }
  const { rows } = await pool.query<{ id: string }>(
    "insert into app_private.feed_alias_backfill_runs default values returning id::text",
  );
  return { runId: rows[0]!.id, cursor: { batchId: "0", line: 0 } };
}

export async function backfillFeedAliases(ownerPool: pg.Pool, options: BackfillOptions): Promise<BackfillReport> {
  const batchSize = options.batchSize ?? 1000;
  const { runId, cursor: start } = await startRun(ownerPool, options);
  let cursor = start;
  const counts = await ownerPool.query<{ total: string; done: string }>(
    `select count(*) as total, count(*) filter (where (batch_id, line) <= ($1::bigint, $2::int)) as done
     from app_public.import_rows`,
    [cursor.batchId, cursor.line],
  );
  let rowsDone = Number(counts.rows[0]!.done);
  const rowsTotal = Number(counts.rows[0]!.total);
  const items: BackfillItem[] = [];
  const seen = new Set<string>();
  let batches = 0;
  let finished = false;
  for (;;) {
    if (options.maxBatches !== undefined && batches >= options.maxBatches) break;
    const bound = await ownerPool.query<{ batch_id: string; line: number; n: string }>(
      `select s.batch_id::text, s.line, count(*) over () as n from (
         select r.batch_id, r.line from app_public.import_rows r
         where (r.batch_id, r.line) > ($1::bigint, $2::int) order by r.batch_id, r.line limit $3
       ) s order by s.batch_id desc, s.line desc limit 1`,
      [cursor.batchId, cursor.line, batchSize],
    );
    const upto = bound.rows[0];
    if (!upto) {
      finished = true;
      break;
    }
    const client = await ownerPool.connect();
    let rows: Array<{
      employer_id: string;
      name: string;
      batch_id: string;
      line: number;
      identifier: string;
      added: boolean;
    }>;
    try {
      await client.query("begin");
      ({ rows } = await client.query(
        `select employer_id::text, name, batch_id::text, line, identifier, added
         from app_hidden.backfill_feed_aliases_batch($1::uuid, $2::bigint, $3::int, $4::bigint, $5::int, $6)`,
        [runId, cursor.batchId, cursor.line, upto.batch_id, upto.line, options.dryRun],
      ));
      await client.query(options.dryRun ? "rollback" : "commit");
    } catch (error) {
      await client.query("rollback").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    batches++;
    rowsDone += Number(upto.n);
    cursor = { batchId: upto.batch_id, line: upto.line };
    // A dry run adds nothing, so a later batch can list a name an earlier one listed: count it once.
    const batchItems = rows
      .map((r) => ({
        employerId: r.employer_id,
        name: r.name,
        batchId: r.batch_id,
        line: r.line,
        identifier: r.identifier,
        added: r.added,
      }))
      .filter((i) => {
        const key = `${i.employerId}\u0000${i.name.toLowerCase()}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    items.push(...batchItems);
    await options.onBatch?.({
      batch: batches,
      rowsDone,
      rowsTotal,
      candidates: items.length,
      added: items.filter((i) => i.added).length,
      items: batchItems,
    });
  }
  if (runId && finished) {
    await ownerPool.query("update app_private.feed_alias_backfill_runs set finished_at = now() where id = $1", [runId]);
  }
  return {
    runId,
    dryRun: options.dryRun,
    candidates: items.length,
    added: items.filter((i) => i.added).length,
    employers: new Set(items.map((i) => i.employerId)).size,
    batches,
    rowsScanned: rowsDone - Number(counts.rows[0]!.done),
    finished,
    items,
  };
}

/** Retires the aliases a backfill run added (once); returns how many. */
export async function revertFeedAliasBackfill(ownerPool: pg.Pool, runId: string): Promise<number> {
  if (!/^[0-9a-f-]{36}$/i.test(runId)) throw new BackfillError(`not a backfill run id: ${runId}`);
  const { rows } = await ownerPool.query<{ n: number }>("select app_hidden.revert_feed_alias_backfill($1) as n", [
    runId,
  ]);
  return rows[0]!.n;
}
