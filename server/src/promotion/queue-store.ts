// The stored promotion queue (migration 000005 (written as current/2-promotion-store.sql)): the
// loop that recomputes dirty employers in batches, one transaction per batch,
// shared by the worker task (promotion_queue__refresh) and the operator's
// full rebuild (npm run ops -- promotion rebuild). Each batch commits on its
// own, so an interrupted run loses at most the batch in flight and the marks
// left behind are picked up by the next run.

/** Anything that can run one autocommitted statement (a pool, or a client outside a transaction). */
export interface Queryable {
  query<R extends object>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
}

export interface RefreshPass {
  /** Employers recomputed in this pass. */
  employers: number;
  /** Employers skipped because another transaction was recomputing them (they stay dirty). */
  skipped: number;
  /** Queue items those employers have now. */
  items: number;
  /** Employers still marked dirty after the pass. */
  remaining: number;
  ms: number;
}

export interface RefreshSummary {
  passes: number;
  employers: number;
  items: number;
  remaining: number;
  ms: number;
}

/** One pass: up to batchSize dirty employers, in one transaction. */
export async function refreshPass(db: Queryable, batchSize?: number): Promise<RefreshPass> {
  const started = performance.now();
  const { rows } = await db.query<{ employers: number; skipped: number; items: string; remaining: string }>(
    "select employers, skipped, items::text, remaining::text from app_hidden.refresh_dirty_promotion_queue($1)",
    [batchSize ?? null],
  );
  const row = rows[0]!;
  return {
    employers: row.employers,
    skipped: row.skipped,
    items: Number(row.items),
    remaining: Number(row.remaining),
    ms: performance.now() - started,
  };
}

/**
 * Passes until nothing is dirty, or a pass makes no progress (the rest is
 * being recomputed by other transactions, or marked by ones still running:
 * their own job comes later).
 */
export async function refreshDirtyEmployers(
  db: Queryable,
  options: { batchSize?: number; onPass?: (pass: RefreshPass) => void } = {},
): Promise<RefreshSummary> {
  const started = performance.now();
  const summary: RefreshSummary = { passes: 0, employers: 0, items: 0, remaining: 0, ms: 0 };
  for (;;) {
    const pass = await refreshPass(db, options.batchSize);
    summary.passes++;
    summary.employers += pass.employers;
    summary.items += pass.items;
    summary.remaining = pass.remaining;
    options.onPass?.(pass);
    if (pass.employers === 0 || pass.remaining === 0) break;
  }
  summary.ms = performance.now() - started;
  return summary;
}

export interface RebuildSummary extends RefreshSummary {
  marked: number;
  markMs: number;
}

/** The full rebuild: marks every active employer dirty, then recomputes them all in batches. */
export async function rebuildPromotionQueue(
  db: Queryable,
  options: { batchSize?: number; onPass?: (pass: RefreshPass) => void } = {},
): Promise<RebuildSummary> {
  const started = performance.now();
  const { rows } = await db.query<{ marked: string }>("select app_hidden.mark_all_promotion_dirty()::text as marked");
  const markMs = performance.now() - started;
  const refreshed = await refreshDirtyEmployers(db, options);
  return { ...refreshed, marked: Number(rows[0]!.marked), markMs, ms: performance.now() - started };
}

/** Daily: employers whose aliases were retired in the last week are marked dirty. */
export async function markExpiredAliases(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ marked: string }>(
    "select app_hidden.mark_promotion_expired_aliases()::text as marked",
  );
  return Number(rows[0]!.marked);
}
