// `ops preflight`: the automatable part of the runbook's pre-deployment
// checklist. Each check returns pass/fail with a one-line reason; the command
// prints them as a table and exits non-zero when any fails.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
// The format graphile-migrate writes and checks when migrating (its public API exports no parser or hash).
import { migrationHash, parseMigration } from "../db/migration-files.ts";
import { latestBackup } from "./backup.ts";
import { listSnapshots } from "./snapshot.ts";

export interface PreflightCheck {
  check: string;
  ok: boolean;
  detail: string;
}

/** Committed migrations numbered 1..n without gaps, each chained to the previous one by hash, none edited. */
export async function checkCommittedMigrations(migrationsDir: string): Promise<PreflightCheck> {
  const check = "committed migrations in order and untouched";
  const files = (await readdir(join(migrationsDir, "committed"))).filter((f) => f.endsWith(".sql")).sort();
  let previous: string | null = null;
  for (const [index, file] of files.entries()) {
    const number = Number(/^(\d+)/.exec(file)?.[1]);
    if (number !== index + 1) return { check, ok: false, detail: `${file}: expected number ${index + 1}` };
    const { headers, body } = parseMigration(await readFile(join(migrationsDir, "committed", file), "utf8"));
    const declaredPrevious = headers.Previous === "-" ? null : (headers.Previous ?? null);
    if (declaredPrevious !== previous) {
      return { check, ok: false, detail: `${file}: Previous is ${declaredPrevious}, expected ${previous ?? "-"}` };
    }
    const hash = migrationHash(body, previous);
    if (hash !== headers.Hash) return { check, ok: false, detail: `${file} was edited after commit (hash differs)` };
    previous = hash;
  }
  return { check, ok: files.length > 0, detail: `${files.length} migration(s), hashes chain` };
}

/** migrations/current/ holds nothing but comments: all work is committed before a deployment. */
export async function checkNoUncommittedWork(migrationsDir: string): Promise<PreflightCheck> {
  const check = "no uncommitted work in migrations/current/";
  const dir = join(migrationsDir, "current");
  const files = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith(".sql")) : [];
  const withSql: string[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), "utf8");
    const sql = text
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .split("\n")
      .filter((line) => !/^\s*(--.*)?$/.test(line));
    if (sql.length > 0) withSql.push(file);
  }
  return withSql.length
    ? { check, ok: false, detail: `uncommitted SQL in ${withSql.join(", ")} (npm run migrate -- commit)` }
    : { check, ok: true, detail: "empty" };
}

/** The database answers, and which committed migrations it has not applied yet. */
export async function checkDatabase(ownerUrl: string, migrationsDir: string): Promise<PreflightCheck[]> {
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    return [
      { check: "database reachable", ok: false, detail: (error as Error).message },
      { check: "migrations applied or pending", ok: false, detail: "database not reachable" },
    ];
  }
  try {
    const { rows } = await client.query<{ version: string; db: string }>(
      "select current_setting('server_version') as version, current_database() as db",
    );
    const reachable = {
      check: "database reachable",
      ok: true,
      detail: `${rows[0]!.db} on PostgreSQL ${rows[0]!.version}`,
    };
    // graphile-migrate records a committed migration by its number alone ("000002.sql").
    const files = (await readdir(join(migrationsDir, "committed")))
      .filter((f) => f.endsWith(".sql"))
      .map((f) => `${/^(\d+)/.exec(f)?.[1] ?? f}.sql`)
      .sort();
    const table = await client.query<{ ok: boolean }>(
      "select to_regclass('graphile_migrate.migrations') is not null as ok",
    );
    const applied = table.rows[0]!.ok
      ? (await client.query<{ filename: string }>("select filename from graphile_migrate.migrations")).rows.map(
          (r) => r.filename,
        )
      : [];
    const unknown = applied.filter((f) => !files.includes(f));
    const pending = files.filter((f) => !applied.includes(f));
    const migrations: PreflightCheck = unknown.length
      ? {
          check: "migrations applied or pending",
          ok: false,
          detail: `the database has migrations this checkout lacks: ${unknown.join(", ")} (deploying would go backwards)`,
        }
      : {
          check: "migrations applied or pending",
          ok: true,
          detail: `${applied.length} applied, ${pending.length} to apply${pending.length ? `: ${pending.join(", ")}` : ""}`,
        };
    return [reachable, migrations];
  } finally {
    await client.end();
  }
}

/** A backup file or a snapshot taken within maxAgeHours. */
export async function checkRecentBackup(options: {
  backupDir: string;
  rootUrl: string | null;
  database: string;
  maxAgeHours: number;
  now?: Date;
}): Promise<PreflightCheck> {
  const check = `backup or snapshot from the last ${options.maxAgeHours} h`;
  const now = options.now ?? new Date();
  const candidates: Array<{ what: string; at: Date }> = [];
  const backup = await latestBackup(options.backupDir);
  if (backup) candidates.push({ what: `backup ${backup.file}`, at: backup.modifiedAt });
  if (options.rootUrl) {
    for (const snapshot of await listSnapshots({ rootUrl: options.rootUrl, database: options.database })) {
      const stamp = /__snap_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(snapshot.name);
      if (stamp) {
        const [, y, mo, d, h, mi, s] = stamp;
        candidates.push({ what: `snapshot ${snapshot.name}`, at: new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`) });
      }
    }
  }
  candidates.sort((a, b) => b.at.getTime() - a.at.getTime());
  const newest = candidates[0];
  if (!newest) {
    return { check, ok: false, detail: "none found (npm run ops -- backup, or npm run ops -- snapshot)" };
  }
  const hours = (now.getTime() - newest.at.getTime()) / 3_600_000;
  return {
    check,
    ok: hours <= options.maxAgeHours,
    detail: `${newest.what}, ${hours.toFixed(1)} h old${hours > options.maxAgeHours ? " (too old: take a new one)" : ""}`,
  };
}

/** Runs an npm script in the checkout; passes when it exits 0. Output goes to the log, not the table. */
export function checkNpmScript(
  repoRoot: string,
  script: string,
  log: (chunk: string) => void,
): Promise<PreflightCheck> {
  return new Promise((resolve) => {
    const began = Date.now();
    const child = spawn("npm", ["run", "--silent", script], { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => log(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => log(chunk.toString()));
    child.on("error", (error) => resolve({ check: `npm run ${script}`, ok: false, detail: error.message }));
    child.on("exit", (code) =>
      resolve({
        check: `npm run ${script}`,
        ok: code === 0,
        detail: `${code === 0 ? "passed" : `failed (exit ${code})`} in ${((Date.now() - began) / 1000).toFixed(0)} s`,
      }),
    );
  });
}
