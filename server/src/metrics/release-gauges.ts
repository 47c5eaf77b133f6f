// Gauges for the alerts on a release and on the worker, read from the
// database when Prometheus scrapes: whether this process may serve the
// database (readiness: migrations applied, none ahead that is breaking), and
// how long the oldest job due to run has waited for the worker (a worker that
// stopped, hangs or cannot keep up lets it grow). graphile_worker.jobs is the
// view graphile-worker documents for reading its queue.
import type { Logger } from "pino";
import type pg from "pg";
import { Gauge, type Registry } from "prom-client";
import { checkSchemaCompatibility } from "../db/migration-compatibility.ts";
import { migrationsDir } from "../paths.ts";

export function registerReleaseGauges(registry: Registry, ownerPool: pg.Pool, logger: Logger): void {
  new Gauge({
    name: "registry_ready",
    help: "1 when this process may serve its database (as /readyz answers 200), else 0.",
    registers: [registry],
    async collect() {
      try {
        this.set((await checkSchemaCompatibility(ownerPool, migrationsDir)).ok ? 1 : 0);
      } catch {
        this.set(0);
      }
    },
  });
  new Gauge({
    name: "registry_worker_oldest_due_job_seconds",
    help: "How long the oldest unlocked job that is due to run has waited for the worker (0 when none waits).",
    registers: [registry],
    async collect() {
      try {
        const { rows } = await ownerPool.query<{ seconds: number }>(
          `select coalesce(extract(epoch from now() - min(run_at)), 0)::float8 as seconds
           from graphile_worker.jobs
           where locked_at is null and run_at <= now() and attempts < max_attempts`,
        );
        this.set(rows[0]!.seconds);
      } catch (error) {
        // Before the worker's schema is installed there is no queue to measure.
        logger.debug({ err: error }, "could not read the worker queue");
        this.reset();
      }
    },
  });
}
