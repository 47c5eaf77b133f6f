// ops release --plan FILE [--json]: the rolling release of this release folder
// (the code this command runs from) onto the processes the plan names, behind
// HAProxy: migrations first (only ones marked compatible), then each API server
// drained, restarted and put back, then each worker (server/src/ops/rolling-release.ts).
// Before it migrates it takes a backup (ops backup's pg_dump, verified), unless
// --no-backup: a compatible migration can still be wrong about the data, and the
// dump is the way back. Guarded on production like migrate (--confirm production).
import pg from "pg";
import type { Command } from "commander";
import { loadConfig } from "../../config/env.ts";
import { readCommittedMigrations } from "../../db/migration-files.ts";
import { releaseMigrationPools, runMigrations } from "../../db/migrations.ts";
import { migrationsDir, repoRoot } from "../../paths.ts";
import { backupDatabase, BackupUnavailableError } from "../../ops/backup.ts";
import { loadReleasePlan, ReleaseError, rollingRelease, type ReleaseReport } from "../../ops/rolling-release.ts";
import { backupDirFor } from "./deploy.ts";
import { OpsError, type OpsContext } from "./context.ts";
import { toJson } from "./output.ts";

async function appliedFilenames(ownerUrl: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: "registry-ops" });
  await client.connect();
  try {
    const { rows } = await client.query<{ filename: string }>("select filename from graphile_migrate.migrations");
    return new Set(rows.map((r) => r.filename));
  } finally {
    await client.end();
  }
}

function printReport(ctx: OpsContext, report: ReleaseReport): void {
  ctx.out(
    `released in ${(report.totalMs / 1000).toFixed(1)} s: ${report.migrations.length} migration(s), ${report.api.length} API server(s), ${report.workers.length} worker(s)`,
  );
  for (const s of report.haproxy) {
    const r = s.responses;
    ctx.out(
      `  haproxy ${s.server}: ${s.status}; responses 2xx ${r["2xx"]} 4xx ${r["4xx"]} 5xx ${r["5xx"]}; connection errors ${s.errors.connection}, response errors ${s.errors.response}, retries ${s.errors.retries}, redispatches ${s.errors.redispatches}`,
    );
  }
}

export function registerReleaseCommand(program: Command, ctx: OpsContext): void {
  program
    .command("release")
    .description(
      "rolling release of this folder's code behind HAProxy: compatible migrations, then each API server drained, restarted and put back, then the workers",
    )
    .requiredOption("--plan <file>", "the release plan: HAProxy socket and backend, API servers, workers (JSON)")
    .option("--json", "the report as one JSON object")
    .option("--backup-dir <folder>", "where the backup before migrating goes (default: BACKUP_DIR, or ./backups)")
    .option("--no-backup", "migrate without taking a backup first (only with a backup of your own)")
    .action(async (options: { plan: string; json?: boolean; backup: boolean; backupDir?: string }) => {
      const plan = await loadReleasePlan(options.plan).catch((error: unknown) => {
        throw new OpsError(error instanceof Error ? error.message : String(error));
      });
      // The processes behind HAProxy share one external database: an embedded PostgreSQL belongs to the process
      // that started it and would stop with it mid-release.
      if (!loadConfig(ctx.io.env).external) {
        throw new OpsError(
          "ops release needs DATABASE_URL and AUTH_DATABASE_URL: the API processes and workers it restarts share one external database",
        );
      }
      const { runtime, config } = await ctx.runtime();
      const { ownerPool } = await ctx.database();
      ctx.onClose(releaseMigrationPools);
      // The committed migrations the database has not applied (all of them before graphile-migrate's table exists).
      const pendingFiles = async () => {
        const applied = await appliedFilenames(runtime.ownerUrl).catch(() => new Set<string>());
        return (await readCommittedMigrations(migrationsDir)).filter((m) => !applied.has(m.filename));
      };
      try {
        const report = await rollingRelease(plan, repoRoot, {
          ownerPool,
          log: (line) => ctx.err(line),
          async pendingMigrations() {
            return (await pendingFiles()).map((m) => ({ filename: m.filename, compatible: m.compatible }));
          },
          async migrate() {
            const before = (await appliedFilenames(runtime.ownerUrl)).size;
            const pending = await pendingFiles();
            if (pending.length > 0 && options.backup) {
              const dir = options.backupDir ?? backupDirFor(ctx.io.env, config.dataDir, true);
              const backup = await backupDatabase({ url: runtime.rootUrl ?? runtime.ownerUrl, dir }).catch(
                (error: unknown) => {
                  if (!(error instanceof BackupUnavailableError)) throw error;
                  throw new OpsError(
                    `release stopped before migrating: no backup (${error.message}); install pg_dump, or pass --no-backup with a backup of your own`,
                  );
                },
              );
              ctx.err(
                `backup before migrating: ${backup.file} (${(backup.bytes / 1024).toFixed(0)} KiB, ` +
                  `${backup.tablesWithData} tables with data) in ${backup.seconds.toFixed(1)} s`,
              );
            } else if (pending.length > 0) {
              ctx.err("backup before migrating: skipped (--no-backup)");
            }
            await runMigrations({ ownerUrl: runtime.ownerUrl, rootUrl: runtime.rootUrl, roles: runtime.roles });
            await releaseMigrationPools();
            const after = (await appliedFilenames(runtime.ownerUrl)).size;
            return `migrations: ${after - before} applied, ${after} in all`;
          },
        });
        if (options.json) ctx.out(toJson(report));
        else printReport(ctx, report);
      } catch (error) {
        if (error instanceof ReleaseError) throw new OpsError(`release stopped: ${error.message}`);
        throw error;
      }
    });
}
