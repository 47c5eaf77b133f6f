// What the background worker does: its tasks (one file each in
// server/src/tasks/, named <table>__<action>) and its crontab. The runner
// (runner.ts) runs them with graphile-worker, inside `npm start` or on its
// own with `npm run worker`; several processes may run it against one
// database, and cron jobs still run once per slot.
import type { TaskList } from "graphile-worker";
import { analytics_rollups__refresh } from "../tasks/analytics_rollups__refresh.ts";
import { makeProcessImportBatch } from "../tasks/import_batches__process.ts";
import { search_stats__refresh } from "../tasks/search_stats__refresh.ts";
import { match_calibration_runs__record } from "../tasks/match_calibration_runs__record.ts";
import { promotion_queue__refresh } from "../tasks/promotion_queue__refresh.ts";
import { request_buckets__prune } from "../tasks/request_buckets__prune.ts";

export interface TaskOptions {
  /** Feed rows matched per chunk (a chunk is one transaction). */
  chunkRows: number;
  /** Seconds a batch's job runs before it queues its remaining chunks behind the jobs waiting. */
  turnSeconds?: number | undefined;
  /** Tests only: the process dies after this many chunks. */
  crashAfterChunks?: number | undefined;
  /** True once the runner is stopping: long jobs end at their next safe point. */
  isStopping?: () => boolean;
}

export function makeTaskList(options: TaskOptions): TaskList {
  return {
    analytics_rollups__refresh,
    import_batches__process: makeProcessImportBatch({
      chunkRows: options.chunkRows,
      turnSeconds: options.turnSeconds,
      crashAfterChunks: options.crashAfterChunks,
      isStopping: options.isStopping,
    }),
    search_stats__refresh,
    promotion_queue__refresh,
    match_calibration_runs__record,
    request_buckets__prune,
  };
}

/**
 * The schedule. Every item runs one job at a time (max=1) with no backfill of
 * missed slots.
 */
export const crontab = [
  // Hourly at :07, so "today" stays fresh and yesterday is finished after midnight (UTC).
  "7 * * * * analytics_rollups__refresh ?max=1&jobKey=analytics_rollups__refresh",
  // Once a day, away from the analytics slot: new words get their search weight (see the task's file).
  "17 2 * * * search_stats__refresh ?max=1&jobKey=search_stats__refresh",
  // Once a day, after the search statistics: the steward decisions replayed
  // through the matcher, for the auto band's precision over time (see the task's file).
  "47 2 * * * match_calibration_runs__record ?max=1&jobKey=match_calibration_runs__record",
  // The stored promotion queue: triggers queue this job when they leave work
  // for it; every five minutes picks up anything left (a worker that was down),
  // and the run after midnight (UTC) first marks employers whose aliases were retired.
  "*/5 * * * * promotion_queue__refresh ?id=promotion_queue__refresh&max=1&jobKey=promotion_queue__refresh&queue=promotion_queue__refresh",
  // Hourly, away from the analytics slot: idle rate-limit buckets and spent login throttles go.
  "37 * * * * request_buckets__prune ?max=1&jobKey=request_buckets__prune",
  '3 0 * * * promotion_queue__refresh ?id=promotion_queue__sweep&max=1&queue=promotion_queue__refresh {"sweepExpiredAliases":true}',
].join("\n");
