// `ops backup`: a pg_dump of the database in custom format, checked with
// `pg_restore --list` before it is given its final name, and a restore drill
// that loads a backup into a scratch database and compares row counts.
import { execFile } from "node:child_process";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { findClientProgram, type FoundProgram } from "./pg-client-tools.ts";

const run = promisify(execFile);
const ident = (name: string) => pg.Client.prototype.escapeIdentifier(name);

/** Raised when no pg_dump/pg_restore on this machine can work with the server. */
export class BackupUnavailableError extends Error {}

export interface BackupResult {
  file: string;
  bytes: number;
  /** Entries in the archive's table of contents, as pg_restore --list reads them. */
  tocEntries: number;
  /** Tables whose data the archive holds. */
  tablesWithData: number;
  seconds: number;
  pgDump: FoundProgram;
  serverVersion: string;
}

/** The connection string without its password, and the password for PGPASSWORD (kept out of argv and ps). */
function splitPassword(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: "10" } };
}

export async function serverVersion(url: string): Promise<{ version: string; major: number; database: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; num: string; database: string }>(
      "select current_setting('server_version') as version, current_setting('server_version_num') as num, current_database() as database",
    );
    const row = rows[0]!;
    return { version: row.version, major: Math.floor(Number(row.num) / 10000), database: row.database };
  } finally {
    await client.end();
  }
}

async function programFor(program: "pg_dump" | "pg_restore", major: number, version: string): Promise<FoundProgram> {
  const { found, seen } = await findClientProgram(program, major);
  if (found) return found;
  const have = seen.length ? seen.map((s) => `${s.path} (${s.major})`).join(", ") : "none";
  throw new BackupUnavailableError(
    `no ${program} of version ${major} or newer on this machine for the PostgreSQL ${version} server ` +
      `(${program} refuses newer servers; found: ${have}). Install PostgreSQL ${major}'s client programs and ` +
      `set PG_BIN_DIR to their folder, or take a same-server copy with \`npm run ops -- snapshot\`.`,
  );
}

/** Reads an archive's table of contents; throws when pg_restore cannot. */
export async function listArchive(
  file: string,
  pgRestore: FoundProgram,
): Promise<{ tocEntries: number; tablesWithData: number }> {
  const { stdout } = await run(pgRestore.path, ["--list", file], { maxBuffer: 64 * 1024 * 1024 });
  const entries = stdout.split("\n").filter((line) => line.trim() !== "" && !line.startsWith(";"));
  return { tocEntries: entries.length, tablesWithData: entries.filter((line) => / TABLE DATA /.test(line)).length };
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/**
 * Dumps the database at `url` (a superuser or the owner) into `dir`, as
 * `<database>-<UTC time>.dump`. The file appears under that name only once
 * pg_restore has read its table of contents back.
 */
export async function backupDatabase(options: { url: string; dir: string; now?: Date }): Promise<BackupResult> {
  const began = Date.now();
  const server = await serverVersion(options.url);
  const pgDump = await programFor("pg_dump", server.major, server.version);
  const pgRestore = await programFor("pg_restore", server.major, server.version);
  await mkdir(options.dir, { recursive: true });
  const file = join(options.dir, `${server.database}-${stamp(options.now ?? new Date())}.dump`);
  const partial = `${file}.partial`;
  const { url, env } = splitPassword(options.url);
  try {
    await run(pgDump.path, ["--format=custom", "--no-password", `--file=${partial}`, `--dbname=${url}`], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    const listed = await listArchive(partial, pgRestore);
    if (listed.tocEntries === 0) throw new Error(`pg_restore --list found nothing in ${partial}`);
    await rename(partial, file);
    const { size } = await stat(file);
    return {
      file,
      bytes: size,
      ...listed,
      seconds: (Date.now() - began) / 1000,
      pgDump,
      serverVersion: server.version,
    };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** The newest `*.dump` in dir, or null. */
export async function latestBackup(dir: string): Promise<{ file: string; modifiedAt: Date; bytes: number } | null> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(".dump"));
  let best: { file: string; modifiedAt: Date; bytes: number } | null = null;
  for (const name of names) {
    const info = await stat(join(dir, name));
    if (!best || info.mtime > best.modifiedAt)
      best = { file: join(dir, name), modifiedAt: info.mtime, bytes: info.size };
  }
  return best;
}

export interface RestoreDrillResult {
  database: string;
  tables: number;
  /** Tables whose row count differs between the source and the restored copy. */
  mismatches: Array<{ table: string; source: number; restored: number }>;
  seconds: number;
}

async function rowCounts(url: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select format('%I.%I', n.nspname, c.relname) as name
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname in ('app_public', 'app_hidden', 'app_private')
        order by 1`,
    );
    const counts = new Map<string, number>();
    for (const { name } of rows) {
      const result = await client.query<{ n: string }>(`select count(*) as n from ${name}`);
      counts.set(name, Number(result.rows[0]!.n));
    }
    return counts;
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into a new scratch database on the same server, compares
 * every application table's row count with the database at `sourceUrl`, and
 * drops the scratch database (also when the restore fails).
 */
export async function restoreDrill(options: {
  rootUrl: string;
  sourceUrl: string;
  file: string;
}): Promise<RestoreDrillResult> {
  const began = Date.now();
  const server = await serverVersion(options.rootUrl);
  const pgRestore = await programFor("pg_restore", server.major, server.version);
  const source = await serverVersion(options.sourceUrl);
  const scratch = `${source.database}_restore_drill_${Date.now().toString(36)}`.slice(0, 63);
  const admin = new pg.Client({ connectionString: options.rootUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${ident(scratch)}`);
    const scratchUrl = new URL(options.rootUrl);
    scratchUrl.pathname = `/${encodeURIComponent(scratch)}`;
    const { url, env } = splitPassword(scratchUrl.toString());
    await run(pgRestore.path, ["--exit-on-error", "--no-password", `--dbname=${url}`, options.file], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    const [expected, restored] = await Promise.all([rowCounts(options.sourceUrl), rowCounts(scratchUrl.toString())]);
    const mismatches = [...expected].flatMap(([table, count]) =>
      restored.get(table) === count ? [] : [{ table, source: count, restored: restored.get(table) ?? -1 }],
    );
    return { database: scratch, tables: expected.size, mismatches, seconds: (Date.now() - began) / 1000 };
  } finally {
    await admin.query(`drop database if exists ${ident(scratch)} with (force)`).catch(() => undefined);
    await admin.end();
  }
}
