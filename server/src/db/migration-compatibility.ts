// Expand/contract releases: can this code run on that database?
//
// A release's code knows its own committed migrations. The database may be
// behind them (migrate first), level, or ahead: the next release migrated it
// and this one is still serving (a rolling release), or was rolled back to.
// Ahead is fine only when every migration this code lacks was marked
// `--! Compatible: <reason>` in its header (it adds, and drops or renames
// nothing the previous release reads: the migration linter holds it to that).
// This code cannot read the newer release's files, so the code that applies a
// migration records each one's mark in app_private.migration_compatibility,
// where an older release finds it. A migration with no row (applied by the
// bare graphile-migrate CLI, or before the table existed) counts as breaking.
//
// graphile_migrate.migrations is read directly: it is graphile-migrate's
// documented record of what was applied (its status() reports only what is
// left to apply, not what is applied beyond the local files).
import type { ClientBase, Pool } from "pg";
import { readCommittedMigrations, type MigrationFile } from "./migration-files.ts";

export interface SchemaCompatibility {
  applied: number;
  committed: number;
  /** This code's migrations the database has not applied. */
  behind: string[];
  /** Migrations applied with a different hash than this code's file: another history. */
  diverged: string[];
  /** Applied migrations this code does not know, with their recorded mark. */
  ahead: Array<{ filename: string; compatible: boolean; reason: string | null }>;
  /** Whether this code may serve the database. */
  ok: boolean;
  /** Why not, in one line (or what is ahead, when ok). */
  detail: string;
}

const cache = new Map<string, Promise<MigrationFile[]>>();

/** The committed migrations of a folder, read once per process (they do not change under a running release). */
export function committedMigrations(migrationsFolder: string): Promise<MigrationFile[]> {
  let files = cache.get(migrationsFolder);
  if (!files) {
    files = readCommittedMigrations(migrationsFolder);
    cache.set(migrationsFolder, files);
    files.catch(() => cache.delete(migrationsFolder));
  }
  return files;
}

async function tableExists(db: Pool | ClientBase, name: string): Promise<boolean> {
  const { rows } = await db.query<{ ok: boolean }>("select to_regclass($1) is not null as ok", [name]);
  return rows[0]!.ok;
}

/** Compares the database's applied migrations with this code's. Throws when the database cannot be queried. */
export async function checkSchemaCompatibility(
  db: Pool | ClientBase,
  migrationsFolder: string,
): Promise<SchemaCompatibility> {
  const files = await committedMigrations(migrationsFolder);
  const { rows: applied } = await db.query<{ filename: string; hash: string }>(
    "select filename, hash from graphile_migrate.migrations order by filename",
  );
  const appliedHash = new Map(applied.map((m) => [m.filename, m.hash]));
  const known = new Set(files.map((f) => f.filename));
  const behind = files.filter((f) => !appliedHash.has(f.filename)).map((f) => f.filename);
  const diverged = files
    .filter((f) => appliedHash.has(f.filename) && f.headers.Hash && appliedHash.get(f.filename) !== f.headers.Hash)
    .map((f) => f.filename);
  const extra = applied.filter((m) => !known.has(m.filename)).map((m) => m.filename);
  let marks = new Map<string, { is_compatible: boolean; reason: string | null }>();
  if (extra.length > 0 && (await tableExists(db, "app_private.migration_compatibility"))) {
    const { rows } = await db.query<{ filename: string; is_compatible: boolean; reason: string | null }>(
      "select filename, is_compatible, reason from app_private.migration_compatibility where filename = any($1::text[])",
      [extra],
    );
    marks = new Map(rows.map((r) => [r.filename, r]));
  }
  const ahead = extra.map((filename) => ({
    filename,
    compatible: marks.get(filename)?.is_compatible ?? false,
    reason: marks.get(filename)?.reason ?? null,
  }));
  const breaking = ahead.filter((a) => !a.compatible);
  let detail: string;
  if (behind.length > 0) detail = `${behind.length} committed migration(s) not applied: run npm run ops -- migrate`;
  else if (diverged.length > 0) detail = `migration(s) ${diverged.join(", ")} were applied from different files`;
  else if (breaking.length > 0) {
    detail =
      `the database is ahead of this release with migration(s) not marked compatible: ${breaking.map((b) => b.filename).join(", ")}` +
      " (deploy the release that applied them, or restore)";
  } else if (ahead.length > 0) {
    detail = `the database is ahead by ${ahead.length} compatible migration(s): ${ahead.map((a) => `${a.filename} (${a.reason})`).join("; ")}`;
  } else detail = "every committed migration is applied";
  return {
    applied: applied.length,
    committed: files.length,
    behind,
    diverged,
    ahead,
    ok: behind.length === 0 && diverged.length === 0 && breaking.length === 0,
    detail,
  };
}

/**
 * Records the Compatible mark of every applied migration this code knows (run after migrating), so that the
 * release before this one can tell whether it may serve the database. Skipped before the table exists.
 */
export async function recordCompatibility(db: Pool | ClientBase, migrationsFolder: string): Promise<number> {
  if (!(await tableExists(db, "app_private.migration_compatibility"))) return 0;
  const files = await readCommittedMigrations(migrationsFolder);
  const { rowCount } = await db.query(
    `insert into app_private.migration_compatibility (filename, is_compatible, reason)
     select m.filename, f.reason is not null, f.reason
     from graphile_migrate.migrations m
     join unnest($1::text[], $2::text[]) as f (filename, reason) using (filename)
     on conflict (filename) do update set is_compatible = excluded.is_compatible, reason = excluded.reason,
       recorded_at = now()
     where (migration_compatibility.is_compatible, migration_compatibility.reason)
       is distinct from (excluded.is_compatible, excluded.reason)`,
    [files.map((f) => f.filename), files.map((f) => f.compatible)],
  );
  return rowCount ?? 0;
}
