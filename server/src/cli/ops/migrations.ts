// ops migrate: roles, database and committed migrations, as npm start does.
// ops status [--json]: is the database reachable, which server, which
// migrations are applied or pending, is there uncommitted work in
// migrations/current/, and the feature switches. Exit 1 when the database is
// unreachable or committed migrations are pending.
import pg from "pg";
import type { Command } from "commander";
import { migrationStatus, releaseMigrationPools } from "../../db/migrations.ts";
import { withDatabase } from "../../db/bootstrap.ts";
import { describeError, EXIT_FAILURE, OpsError, type OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";
import { backupDatabase, BackupUnavailableError } from "../../ops/backup.ts";
import { createSnapshot, SnapshotError } from "../../ops/snapshot.ts";
import { backupDirFor, isWarning, verifyDatabase } from "./deploy.ts";
import { checkSchemaCompatibility } from "../../db/migration-compatibility.ts";
import { migrationsDir } from "../../paths.ts";

export interface DatabaseStatus {
  ok: boolean;
  /** REGISTRY_ENV: which environment this is (production makes risky commands ask first). */
  environment: string;
  database: {
    reachable: boolean;
    mode: "embedded" | "external";
    name: string;
    serverVersion: string | null;
    error?: string;
  };
  migrations: {
    applied: number;
    last: string | null;
    pending: string[];
    /** migrations/current/ (in this checkout) holds uncommitted work. */
    currentHasWork: boolean;
    /** Applied migrations this checkout does not know (a newer release's), with their Compatible mark. */
    ahead: Array<{ filename: string; compatible: boolean; reason: string | null }>;
    /** Whether this checkout's server would be ready on the database (see /readyz), and why. */
    servable: boolean;
    servableDetail: string;
  } | null;
  featureSwitches: Array<{ key: string; enabled: boolean; reason: string | null }>;
  normalizerVersion: number | null;
}

async function appliedMigrations(client: pg.Client): Promise<{ applied: number; last: string | null }> {
  const exists = await client.query<{ ok: boolean }>(
    "select to_regclass('graphile_migrate.migrations') is not null as ok",
  );
  if (!exists.rows[0]!.ok) return { applied: 0, last: null };
  const { rows } = await client.query<{ applied: number; last: string | null }>(
    "select count(*)::int as applied, max(filename) as last from graphile_migrate.migrations",
  );
  return rows[0]!;
}

const releaseRegistered = new WeakSet<OpsContext>();

export async function databaseStatus(ctx: OpsContext): Promise<DatabaseStatus> {
  const { runtime, config } = await ctx.runtime();
  if (!releaseRegistered.has(ctx)) {
    releaseRegistered.add(ctx);
    ctx.onClose(releaseMigrationPools);
  }
  const status: DatabaseStatus = {
    ok: false,
    environment: config.environment,
    database: {
      reachable: false,
      mode: runtime.embedded ? "embedded" : "external",
      name: runtime.databaseName,
      serverVersion: null,
    },
    migrations: null,
    featureSwitches: [],
    normalizerVersion: null,
  };
  const client = new pg.Client({ connectionString: runtime.ownerUrl, application_name: "registry-ops" });
  try {
    await client.connect();
  } catch (error) {
    status.database.error = describeError(error);
    return status;
  }
  try {
    status.database.reachable = true;
    status.database.serverVersion = (
      await client.query<{ v: string }>("select current_setting('server_version') as v")
    ).rows[0]!.v;
    const { applied, last } = await appliedMigrations(client);
    // graphile-migrate's settings check wants a shadow database URL even for status (it never connects to it).
    const shadowUrl = runtime.shadowUrl ?? withDatabase(runtime.ownerUrl, `${runtime.databaseName}_shadow`);
    const gm = await migrationStatus({
      ownerUrl: runtime.ownerUrl,
      rootUrl: runtime.rootUrl,
      shadowUrl,
      roles: runtime.roles,
    });
    const compatibility = applied > 0 ? await checkSchemaCompatibility(client, migrationsDir) : null;
    status.migrations = {
      applied,
      last,
      pending: gm.remainingMigrations ?? [],
      currentHasWork: gm.hasCurrentMigration,
      ahead: compatibility?.ahead ?? [],
      servable: compatibility?.ok ?? false,
      servableDetail: compatibility?.detail ?? "no migrations applied",
    };
    if ((await client.query("select to_regclass('app_public.feature_switches') as t")).rows[0].t) {
      const { rows } = await client.query<{ key: string; enabled: boolean; reason: string | null }>(
        "select key, is_enabled as enabled, last_change_reason as reason from app_public.feature_switches order by key",
      );
      status.featureSwitches = rows;
    }
    if ((await client.query("select to_regprocedure('app_hidden.normalizer_version()') as f")).rows[0].f) {
      status.normalizerVersion = Number((await client.query("select app_hidden.normalizer_version() as v")).rows[0].v);
    }
    status.ok = status.migrations.applied > 0 && status.migrations.pending.length === 0;
  } finally {
    await client.end();
  }
  return status;
}

function printStatus(ctx: OpsContext, status: DatabaseStatus): void {
  const db = status.database;
  ctx.out(`status: ${status.ok ? "ok" : "NOT OK"}`);
  ctx.out(`environment: ${status.environment}`);
  ctx.out(
    `database: ${db.name} (${db.mode}), ${db.reachable ? `reachable, PostgreSQL ${db.serverVersion}` : `NOT reachable: ${db.error}`}`,
  );
  const m = status.migrations;
  if (m) {
    ctx.out(`migrations: ${m.applied} applied${m.last ? ` (last: ${m.last})` : ""}, ${m.pending.length} pending`);
    for (const file of m.pending) ctx.out(`  pending: ${file} (run: npm run ops -- migrate)`);
    for (const a of m.ahead) {
      ctx.out(`  ahead: ${a.filename} ${a.compatible ? `(compatible: ${a.reason})` : "(NOT marked compatible)"}`);
    }
    ctx.out(`this release may serve it: ${m.servable ? "yes" : "NO"} (${m.servableDetail})`);
    if (m.applied === 0 && m.pending.length === 0) ctx.out("  no migrations applied (run: npm run ops -- migrate)");
    ctx.out(
      `migrations/current/: ${m.currentHasWork ? "holds uncommitted work (graphile-migrate commit when done)" : "empty"}`,
    );
  }
  if (status.normalizerVersion !== null) ctx.out(`normaliser: version ${status.normalizerVersion}`);
  if (status.featureSwitches.length > 0) {
    ctx.out("feature switches:");
    for (const line of formatTable(
      ["feature", "state", "reason"],
      status.featureSwitches.map((f) => [f.key, f.enabled ? "on" : "OFF", f.reason]),
      "feature switches: none",
    ))
      ctx.out("  " + line);
  }
}

/**
 * Before migrations change a database that holds data: a pg_dump when a fitting
 * one is installed, else a same-server snapshot (which needs the server's
 * sessions gone: stopped, or ended with --terminate). Refuses rather than
 * migrating without a way back.
 */
async function takeSafetyCopy(ctx: OpsContext, terminate: boolean): Promise<string> {
  const { runtime, config } = await ctx.runtime();
  try {
    const backup = await backupDatabase({
      url: runtime.rootUrl ?? runtime.ownerUrl,
      dir: backupDirFor(ctx.io.env, config.dataDir, runtime.embedded === null),
    });
    return `before migrating: backup ${backup.file} (${backup.tablesWithData} tables with data)`;
  } catch (error) {
    if (!(error instanceof BackupUnavailableError)) throw error;
    if (!runtime.rootUrl) {
      throw new OpsError(`no backup possible before migrating: ${error.message} A snapshot needs ROOT_DATABASE_URL.`);
    }
    try {
      const snapshot = await createSnapshot({ rootUrl: runtime.rootUrl, database: runtime.databaseName, terminate });
      return `before migrating: snapshot ${snapshot.name} (no pg_dump fits this server; restore with npm run ops -- snapshot restore ${snapshot.name})`;
    } catch (snapshotError) {
      if (snapshotError instanceof SnapshotError) {
        throw new OpsError(
          `no safety copy before migrating: ${snapshotError.message} (or --no-safety-copy if you have one)`,
        );
      }
      throw snapshotError;
    }
  }
}

export function registerMigrationCommands(program: Command, ctx: OpsContext): void {
  program
    .command("migrate")
    .description(
      "create roles and database if missing (with a superuser URL); back up or snapshot a database that has data; apply committed migrations; verify",
    )
    .option("--terminate", "for the snapshot taken when no pg_dump fits: end the server's sessions (they reconnect)")
    .option("--no-safety-copy", "migrate without taking a backup or snapshot first (you have one already)")
    .option("--no-verify", "skip ops verify after migrating")
    .action(async (options: { terminate?: boolean; safetyCopy: boolean; verify: boolean }) => {
      const before = await databaseStatus(ctx).catch(() => null);
      const pending = before?.migrations?.pending.length ?? 0;
      if (options.safetyCopy && pending > 0 && (before?.migrations?.applied ?? 0) > 0) {
        // The status check left graphile-migrate's pool open for a moment. A snapshot with --terminate would end
        // its idle session, and graphile-migrate exits the process when its pool sees an error: mid-copy, with the
        // database still refusing connections. Close that pool first.
        await releaseMigrationPools();
        ctx.out(await takeSafetyCopy(ctx, Boolean(options.terminate)));
      }
      const { runtime } = await ctx.database({ prepare: true });
      const after = await databaseStatus(ctx);
      const applied = (after.migrations?.applied ?? 0) - (before?.migrations?.applied ?? 0);
      ctx.out(
        applied > 0
          ? `applied ${applied} migration(s); ${after.migrations?.applied} in all (last: ${after.migrations?.last})`
          : `already up to date: ${after.migrations?.applied} migration(s) applied (last: ${after.migrations?.last})`,
      );
      if (!runtime.rootUrl) ctx.out("note: no ROOT_DATABASE_URL: roles, database and extensions were assumed to exist");
      if (!after.ok) ctx.setExitCode(EXIT_FAILURE);
      if (options.verify) {
        if (after.migrations?.currentHasWork) {
          ctx.out("verify skipped: migrations/current/ holds uncommitted work, which the manifest includes");
        } else {
          const failures = (await verifyDatabase(ctx)).filter((p) => !isWarning(p));
          ctx.out(
            failures.length
              ? `verify: ${failures.length} problem(s); run npm run ops -- verify for the list`
              : "verify: the database matches migrations/manifest.json",
          );
          if (failures.length) ctx.setExitCode(EXIT_FAILURE);
        }
      }
    });

  program
    .command("status")
    .description("database reachable? server version, migrations applied/pending, current/ work, feature switches")
    .option("--json", "one JSON object")
    .action(async (options: { json?: boolean }) => {
      const status = await databaseStatus(ctx);
      if (options.json) ctx.out(toJson(status));
      else printStatus(ctx, status);
      if (!status.ok) ctx.setExitCode(EXIT_FAILURE);
    });
}
