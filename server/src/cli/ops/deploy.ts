// The runbook's deployment commands: backup and restore drill, snapshots,
// verify (the database against migrations/manifest.json), preflight (the
// pre-deployment checklist), verify-staging (the five staging tests, ./staging.ts) and smoke (the production
// smoke tests over HTTP).
// Each prints a table for people, --json for machines, and exits 1 on failure.
// (Their modules' own errors, such as SnapshotError and BackupUnavailableError, carry one-line messages for
// operators: runOps prints them as they are, so they need no wrapping here.)
import { join } from "node:path";
import type { Command } from "commander";
import pg from "pg";
import { backupDatabase, restoreDrill } from "../../ops/backup.ts";
import { compareManifests, loadCommittedManifest, readManifest, type ManifestProblem } from "../../ops/db-manifest.ts";
import {
  checkCommittedMigrations,
  checkDatabase,
  checkNoUncommittedWork,
  checkNpmScript,
  checkRecentBackup,
  type PreflightCheck,
} from "../../ops/preflight.ts";
import { checkSearchPlans, SEARCH_PLAN_PROBES, searchPlanProblems } from "../../ops/search-plan.ts";
import { createSnapshot, dropSnapshot, listSnapshots, restoreSnapshot } from "../../ops/snapshot.ts";
import { runSmokeTests } from "../../ops/smoke.ts";
import { manifestFile, migrationsDir, repoRoot } from "../../paths.ts";
import { EXIT_FAILURE, OpsError, type OpsContext } from "./context.ts";
import { registerStagingCommand } from "./staging.ts";
import { formatTable, toJson } from "./output.ts";

/** Where backups go: BACKUP_DIR, or backups/ inside the embedded data folder, or ./backups for an external database. */
export function backupDirFor(env: NodeJS.ProcessEnv, dataDir: string, external: boolean): string {
  if (env.BACKUP_DIR) return env.BACKUP_DIR;
  return external ? join(process.cwd(), "backups") : join(dataDir, "backups");
}

async function superuserUrl(ctx: OpsContext, what: string): Promise<string> {
  const { runtime } = await ctx.runtime();
  if (!runtime.rootUrl) throw new OpsError(`${what} needs a superuser connection: set ROOT_DATABASE_URL`);
  return runtime.rootUrl;
}

function printChecks(ctx: OpsContext, rows: Array<{ check: string; ok: boolean; detail: string }>, json?: boolean) {
  if (json) ctx.out(toJson(rows));
  else
    for (const line of formatTable(
      ["check", "result", "detail"],
      rows.map((r) => [r.check, r.ok ? "pass" : "FAIL", r.detail]),
      "checks: none",
    ))
      ctx.out(line);
  if (rows.some((r) => !r.ok)) ctx.setExitCode(EXIT_FAILURE);
}

/**
 * Compares the database with the committed manifest and checks that the alias search's lookups use their
 * indexes (search-plan.ts); problems that fail a deployment first.
 */
export async function verifyDatabase(ctx: OpsContext): Promise<ManifestProblem[]> {
  const { runtime } = await ctx.runtime();
  const client = new pg.Client({ connectionString: runtime.ownerUrl, application_name: "registry-ops" });
  await client.connect();
  try {
    const problems = [
      ...compareManifests(await loadCommittedManifest(manifestFile), await readManifest(client, runtime.roles)),
      ...searchPlanProblems(await checkSearchPlans(client)),
    ];
    return problems.sort((a, b) => Number(isWarning(a)) - Number(isWarning(b)));
  } finally {
    await client.end();
  }
}

/** Extra objects cost at most some writes; an extra grant is a security finding and fails. */
export const isWarning = (p: ManifestProblem) =>
  p.problem === "unexpected" && p.kind !== "grant" && p.kind !== "function";

export function registerDeployCommands(program: Command, ctx: OpsContext): void {
  registerStagingCommand(program, ctx); // verify-staging: the five staging tests (./staging.ts)

  program
    .command("backup")
    .description("pg_dump the database (custom format), verified with pg_restore --list")
    .option("--dir <folder>", "where to write it (default: BACKUP_DIR, or .data/backups for the embedded database)")
    .action(async (options: { dir?: string }) => {
      const { runtime, config } = await ctx.runtime();
      const dir = options.dir ?? backupDirFor(ctx.io.env, config.dataDir, runtime.embedded === null);
      const result = await backupDatabase({ url: runtime.rootUrl ?? runtime.ownerUrl, dir });
      ctx.out(
        `backup written: ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB, ${result.tablesWithData} tables with data, ` +
          `${result.tocEntries} entries) in ${result.seconds.toFixed(1)} s with ${result.pgDump.path}`,
      );
    });

  program
    .command("restore-drill")
    .description(
      "restore a backup into a scratch database, compare row counts with the live one, drop the scratch copy",
    )
    .argument("<file>", "a .dump written by ops backup")
    .action(async (file: string) => {
      const { runtime } = await ctx.runtime();
      const result = await restoreDrill({
        rootUrl: await superuserUrl(ctx, "restore-drill"),
        sourceUrl: runtime.ownerUrl,
        file,
      });
      ctx.out(
        `restored ${result.tables} tables into ${result.database} in ${result.seconds.toFixed(1)} s (dropped again)`,
      );
      if (result.mismatches.length) {
        for (const m of result.mismatches)
          ctx.out(`  row count differs: ${m.table}: live ${m.source}, restored ${m.restored}`);
        ctx.out("note: rows written since the backup also show here: run the drill while the registry is quiet");
        ctx.setExitCode(EXIT_FAILURE);
      } else {
        ctx.out("every table has the same number of rows as the live database");
      }
    });

  const snapshot = program.command("snapshot").description("same-server database copies for a fast rollback");
  snapshot
    .command("create", { isDefault: true })
    .description("copy the database to <name>__snap_<time> (the default when no subcommand is given)")
    .option(
      "--terminate",
      "end other sessions first (the server reconnects); without it, refuse while any are connected",
    )
    .action(async (options: { terminate?: boolean }) => {
      const { runtime } = await ctx.runtime();
      const result = await createSnapshot({
        rootUrl: await superuserUrl(ctx, "snapshot"),
        database: runtime.databaseName,
        terminate: Boolean(options.terminate),
      });
      ctx.out(
        `snapshot ${result.name} taken in ${result.seconds.toFixed(1)} s (${(result.bytes / 1048576).toFixed(1)} MiB` +
          `${result.endedSessions ? `, ${result.endedSessions} session(s) ended` : ""})`,
      );
    });
  snapshot
    .command("list")
    .description("the snapshots of this database")
    .option("--json", "one JSON array")
    .action(async (options: { json?: boolean }) => {
      const { runtime } = await ctx.runtime();
      const rows = await listSnapshots({
        rootUrl: await superuserUrl(ctx, "snapshot list"),
        database: runtime.databaseName,
      });
      if (options.json) ctx.out(toJson(rows));
      else
        for (const line of formatTable(
          ["snapshot", "MiB", "note"],
          rows.map((r) => [r.name, (r.bytes / 1048576).toFixed(1), r.comment]),
          "snapshots: none",
        ))
          ctx.out(line);
    });
  snapshot
    .command("restore")
    .description("replace the database with a snapshot (ends every session; the replaced database is kept aside)")
    .argument("<name>", "a name from ops snapshot list")
    .action(async (name: string) => {
      const { runtime } = await ctx.runtime();
      const result = await restoreSnapshot({
        rootUrl: await superuserUrl(ctx, "snapshot restore"),
        database: runtime.databaseName,
        snapshot: name,
      });
      ctx.out(
        `restored ${runtime.databaseName} from ${name} in ${result.seconds.toFixed(1)} s; the replaced database is kept as ` +
          `${result.keptAs} (drop it with: psql -c 'drop database "${result.keptAs}"' once you are sure)`,
      );
    });
  snapshot
    .command("drop")
    .description("delete a snapshot")
    .argument("<name>", "a name from ops snapshot list")
    .action(async (name: string) => {
      const { runtime } = await ctx.runtime();
      await dropSnapshot({
        rootUrl: await superuserUrl(ctx, "snapshot drop"),
        database: runtime.databaseName,
        snapshot: name,
      });
      ctx.out(`dropped ${name}`);
    });

  program
    .command("verify")
    .description(
      "check every table, view, function, index, trigger, RLS policy and grant (database-level too) against " +
        "migrations/manifest.json, and that the alias search's lookups use their indexes",
    )
    .option("--json", "the problems as one JSON array")
    .action(async (options: { json?: boolean }) => {
      const problems = await verifyDatabase(ctx);
      const failures = problems.filter((p) => !isWarning(p));
      if (options.json) ctx.out(toJson(problems));
      else {
        const manifest = await loadCommittedManifest(manifestFile);
        const counts = Object.entries(manifest).map(
          ([k, v]) => `${Array.isArray(v) ? v.length : Object.keys(v).length} ${k}`,
        );
        ctx.out(`manifest: ${counts.join(", ")}; search plan: ${SEARCH_PLAN_PROBES.length} lookups`);
        for (const line of formatTable(
          ["", "kind", "problem", "object", "expected", "actual"],
          problems.map((p) => [isWarning(p) ? "warn" : "FAIL", p.kind, p.problem, p.name, p.expected, p.actual]),
          "problems: none",
        ))
          ctx.out(line);
        ctx.out(
          failures.length
            ? `${failures.length} problem(s): the database is not as the migrations make it`
            : "verified: the database matches the manifest",
        );
      }
      if (failures.length) ctx.setExitCode(EXIT_FAILURE);
    });

  program
    .command("preflight")
    .description("the automatable pre-deployment checklist; exits 1 if any check fails")
    .option("--skip-tests", "do not run npm run lint and npm test (they take minutes)")
    .option("--max-backup-age <hours>", "how recent the backup or snapshot must be", "24")
    .option("--backup-dir <folder>", "where ops backup writes (default as for ops backup)")
    .option("--json", "the checks as one JSON array")
    .action(async (options: { skipTests?: boolean; maxBackupAge: string; backupDir?: string; json?: boolean }) => {
      const maxAgeHours = Number(options.maxBackupAge);
      if (!(maxAgeHours > 0)) throw new OpsError("--max-backup-age must be a positive number of hours", 2);
      const { runtime, config } = await ctx.runtime();
      const checks: PreflightCheck[] = [
        await checkCommittedMigrations(migrationsDir),
        await checkNoUncommittedWork(migrationsDir),
        ...(await checkDatabase(runtime.ownerUrl, migrationsDir)),
        await checkRecentBackup({
          backupDir: options.backupDir ?? backupDirFor(ctx.io.env, config.dataDir, runtime.embedded === null),
          rootUrl: runtime.rootUrl,
          database: runtime.databaseName,
          maxAgeHours,
        }),
      ];
      if (!options.skipTests) {
        const log = (chunk: string) => void (ctx.verbose() && ctx.io.stderr.write(chunk));
        checks.push(await checkNpmScript(repoRoot, "lint", log));
        checks.push(await checkNpmScript(repoRoot, "test", log));
      }
      printChecks(ctx, checks, options.json);
    });

  program
    .command("smoke")
    .description("the production smoke tests over HTTP: health, UI access, critical path (add, find, retire an alias)")
    .requiredOption("--url <url>", "the deployment's base URL, e.g. https://registry.example.org")
    .option("--token <token>", "a steward's login or API token (or SMOKE_TOKEN); without one the critical path fails")
    .option("--json", "the checks as one JSON array")
    .action(async (options: { url: string; token?: string; json?: boolean }) => {
      const token = options.token ?? ctx.io.env.SMOKE_TOKEN ?? null;
      const results = await runSmokeTests({ url: options.url, token });
      printChecks(
        ctx,
        results.map((r) => ({ check: r.check, ok: r.ok, detail: `${r.detail} (${r.ms.toFixed(0)} ms)` })),
        options.json,
      );
    });
}
