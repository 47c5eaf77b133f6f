// graphile-worker task: recomputes the stored promotion candidates of the
// employers marked dirty (app_private.promotion_dirty_employers), in batches
// of one transaction each, as the database owner. Queued by the triggers of
// migration 000005 (written as current/2-promotion-store.sql) when a change is too big to
// recompute at once (job key promotion_queue__refresh: one pending job), and
// by the crontab in server/src/worker/worker.ts as a safety net; the daily
// cron run first marks employers whose aliases were retired.
import type { Task } from "graphile-worker";
import { markExpiredAliases, refreshDirtyEmployers } from "../promotion/queue-store.ts";

export interface PromotionRefreshPayload {
  /** Mark employers whose aliases were retired in the last week first (the daily run). */
  sweepExpiredAliases?: boolean;
  /** Employers per transaction (default: app_hidden.promotion_store_settings()). */
  batchSize?: number;
}

export const promotion_queue__refresh: Task = async (payload, helpers) => {
  const given = (payload ?? {}) as PromotionRefreshPayload;
  const batchSize =
    Number.isInteger(given.batchSize) && given.batchSize! > 0 && given.batchSize! <= 100_000
      ? given.batchSize
      : undefined;
  await helpers.withPgClient(async (client) => {
    const db = { query: <R extends object>(sql: string, params?: unknown[]) => client.query<R>(sql, params) };
    const swept = given.sweepExpiredAliases ? await markExpiredAliases(db) : 0;
    const summary = await refreshDirtyEmployers(db, { batchSize });
    if (summary.employers > 0 || swept > 0)
      helpers.logger.info(
        `promotion queue: recomputed ${summary.employers} employer(s) in ${summary.passes} pass(es), ` +
          `${Math.round(summary.ms)} ms; ${summary.remaining} still dirty${swept ? `; ${swept} marked for retired aliases` : ""}`,
      );
  });
};
