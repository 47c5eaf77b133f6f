// Business figures read from the database when Prometheus scrapes: coverage
// (from the latest analytics rollup), alias insert failures in the last hour,
// when the rollups were last refreshed, the promotion backlog (counted in the
// stored queue, app_hidden.promotion_backlog_now), the pending backlog and import rows that failed in the
// last hour. Read as the owner (row-level
// security does not apply to monitoring), at most once per cacheMs.
import type pg from "pg";

export interface BusinessFigures {
  aliasCoveragePercent: number | null;
  identifierCoveragePercent: number | null;
  aliasInsertFailuresLastHour: number;
  analyticsRefreshedAtSeconds: number | null;
  /**
   * Items of the canonical promotion queue now (a count of the stored queue:
   * milliseconds); null while canonical_promotion is switched off.
   */
  promotionBacklog: number | null;
  promotionBacklogOldestSeconds: number | null;
  /** Open pending employers. */
  pendingBacklog: number;
  pendingBacklogOldestSeconds: number | null;
  /** Import rows given the outcome "error" in the last hour. */
  importRowsFailedLastHour: number;
}

export async function readBusinessFigures(pool: pg.Pool): Promise<BusinessFigures> {
  const { rows } = await pool.query<{
    alias_coverage: number | null;
    identifier_coverage: number | null;
    failures: string;
    refreshed_at: number | null;
    promotion: number | null;
    promotion_oldest: number | null;
    pending: number;
    pending_oldest: number | null;
    import_errors: string;
  }>(`
    with backlog as (select * from app_hidden.promotion_backlog_now())
    select
      (select c.alias_coverage from app_public.analytics_coverage_daily c order by c.day desc limit 1) as alias_coverage,
      (select c.identifier_coverage from app_public.analytics_coverage_daily c order by c.day desc limit 1) as identifier_coverage,
      (select count(*) from app_private.alias_insert_failures f where f.occurred_at > now() - interval '1 hour') as failures,
      (select extract(epoch from max(r.finished_at))::float8 from app_public.analytics_refreshes r) as refreshed_at,
      (select b.items from backlog b) as promotion,
      (select extract(epoch from now() - b.oldest_queued_since)::float8 from backlog b) as promotion_oldest,
      p.open_items as pending,
      extract(epoch from now() - p.oldest_first_seen_at)::float8 as pending_oldest,
      (select count(*) from app_public.import_rows i
        where i.outcome = 'error' and i.processed_at > now() - interval '1 hour') as import_errors
    from app_public.pending_backlog p`);
  const row = rows[0]!;
  return {
    aliasCoveragePercent: row.alias_coverage,
    identifierCoveragePercent: row.identifier_coverage,
    aliasInsertFailuresLastHour: Number(row.failures),
    analyticsRefreshedAtSeconds: row.refreshed_at,
    promotionBacklog: row.promotion,
    promotionBacklogOldestSeconds: row.promotion_oldest,
    pendingBacklog: row.pending,
    pendingBacklogOldestSeconds: row.pending_oldest,
    importRowsFailedLastHour: Number(row.import_errors),
  };
}

/** Reads the figures at most once per cacheMs; concurrent scrapes share one read. */
export function cachedBusinessFigures(pool: pg.Pool, cacheMs = 10_000): () => Promise<BusinessFigures> {
  let last: { at: number; figures: Promise<BusinessFigures> } | null = null;
  return () => {
    const now = Date.now();
    if (!last || now - last.at > cacheMs) {
      const figures = readBusinessFigures(pool);
      last = { at: now, figures };
      figures.catch(() => {
        last = null;
      });
    }
    return last.figures;
  };
}
