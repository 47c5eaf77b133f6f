// graphile-worker task: brings the analytics rollups up to date as the database
// owner. Incremental: only the days, employers and names that the registry's
// triggers marked since the last refresh (all of history on the first run);
// docs/ANALYTICS.md "Refreshing". Scheduled hourly by the crontab in
// server/src/worker/worker.ts (run by worker/runner.ts); a payload may name days
// to recompute as well.
import type { Task } from "graphile-worker";

export interface RefreshPayload {
  fromDay?: string;
  toDay?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: unknown): string | null {
  return typeof value === "string" && DAY.test(value) ? value : null;
}

export const analytics_rollups__refresh: Task = async (payload, helpers) => {
  const given = (payload ?? {}) as RefreshPayload;
  const { rows } = await helpers.query<{ id: string; mode: string; from_day: string; to_day: string; ms: number }>(
    `select r.id::text, r.mode, r.from_day::text, r.to_day::text,
            (extract(epoch from r.finished_at - r.started_at) * 1000)::int as ms
     from app_hidden.refresh_analytics_rollups($1::date, $2::date, 'cron') r`,
    [day(given.fromDay), day(given.toDay)],
  );
  const refresh = rows[0]!;
  helpers.logger.info(
    `analytics rollups refreshed (${refresh.mode}) for ${refresh.from_day}..${refresh.to_day} in ${refresh.ms} ms`,
    {
      refreshId: refresh.id,
    },
  );
};
