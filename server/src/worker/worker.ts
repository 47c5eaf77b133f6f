// The background worker: graphile-worker (library API, not its CLI, which
// would load graphile.config.ts with its own loader) on the owner's
// connection, with the task list and crontab of the registry. Several
// processes may run it against one database; cron jobs run once per slot.
import { Logger as WorkerLogger, run, type LogLevel, type Runner, type TaskList } from "graphile-worker";
import type { Logger } from "pino";
import { analytics_rollups__refresh } from "../tasks/analytics_rollups__refresh.ts";

export const taskList: TaskList = {
  analytics_rollups__refresh,
  // SEAM(imports): the import matching task joins this list.
};

/**
 * Hourly at :07, so "today" stays fresh and yesterday is finished after
 * midnight (UTC); one job at a time (max=1), no backfill of missed hours.
 */
export const crontab = ["7 * * * * analytics_rollups__refresh ?max=1&jobKey=analytics_rollups__refresh"].join("\n");

export interface WorkerHandle {
  stop(): Promise<void>;
}

function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (logLevel: LogLevel, message: string, meta?: unknown) => {
    const level = logLevel as string;
    const fields = { worker: scope, ...(meta && typeof meta === "object" ? meta : {}) };
    if (level === "error") logger.error(fields, message);
    else if (level === "warning") logger.warn(fields, message);
    else if (level === "info") logger.info(fields, message);
    else logger.debug(fields, message);
  });
}

export async function startWorker(options: {
  ownerUrl: string;
  logger: Logger;
  concurrency?: number;
}): Promise<WorkerHandle> {
  const runner: Runner = await run({
    connectionString: options.ownerUrl,
    concurrency: options.concurrency ?? 1,
    maxPoolSize: 2,
    noHandleSignals: true,
    taskList,
    crontab,
    logger: workerLogger(options.logger),
  });
  return {
    async stop() {
      await runner.stop();
    },
  };
}
