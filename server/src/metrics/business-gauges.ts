// Business figures read from the database when Prometheus scrapes: coverage
// (from the latest analytics rollup), alias insert failures in the last hour,
// and when the rollups were last refreshed. Read as the owner (row-level
// security does not apply to monitoring), at most once per cacheMs.
import type pg from "pg";

export interface BusinessFigures {
  aliasCoveragePercent: number | null;
  identifierCoveragePercent: number | null;
  aliasInsertFailuresLastHour: number;
  analyticsRefreshedAtSeconds: number | null;
  // SEAM(promotion): promotionBacklog (size) and promotionBacklogOldestSeconds.
  // SEAM(imports): pendingBacklog (size, oldest) and importRowsFailedLastHour.
}

export async function readBusinessFigures(pool: pg.Pool): Promise<BusinessFigures> {
  const { rows } = await pool.query<{
    alias_coverage: number | null;
    identifier_coverage: number | null;
    failures: string;
    refreshed_at: number | null;
  }>(`
    select
      (select c.alias_coverage from app_public.analytics_coverage_daily c order by c.day desc limit 1) as alias_coverage,
      (select c.identifier_coverage from app_public.analytics_coverage_daily c order by c.day desc limit 1) as identifier_coverage,
      (select count(*) from app_private.alias_insert_failures f where f.occurred_at > now() - interval '1 hour') as failures,
      (select extract(epoch from max(r.finished_at))::float8 from app_public.analytics_refreshes r) as refreshed_at`);
  const row = rows[0]!;
  return {
    aliasCoveragePercent: row.alias_coverage,
    identifierCoveragePercent: row.identifier_coverage,
    aliasInsertFailuresLastHour: Number(row.failures),
    analyticsRefreshedAtSeconds: row.refreshed_at,
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
