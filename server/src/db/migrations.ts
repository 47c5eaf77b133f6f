// graphile-migrate, driven as a library with settings from .gmrc plus the
// connection strings and role names of the database in use.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSON5 from "json5";
import { Logger } from "@graphile/logger";
import { migrate, status, watch, type Settings } from "graphile-migrate";
import pg from "pg";
import type { RoleNames } from "../config/roles.ts";
import { rolePlaceholderEnv } from "../config/roles.ts";
import { repoRoot } from "../paths.ts";
import { recordCompatibility } from "./migration-compatibility.ts";

export interface MigrationTarget {
  ownerUrl: string;
  rootUrl: string | null;
  shadowUrl?: string | null;
  roles: RoleNames;
  /** Default: the checkout's migrations/ (tests migrate from scratch copies). */
  migrationsFolder?: string;
}

/** The environment graphile-migrate's CLI needs (npm run dev, graphile-migrate commit). */
export function migrateEnv(target: MigrationTarget): Record<string, string> {
  return {
    DATABASE_URL: target.ownerUrl,
    ...(target.rootUrl ? { ROOT_DATABASE_URL: target.rootUrl } : {}),
    ...(target.shadowUrl ? { SHADOW_DATABASE_URL: target.shadowUrl } : {}),
    ...rolePlaceholderEnv(target.roles),
  };
}

export function migrationSettings(target: MigrationTarget): Settings {
  const gmrc = JSON5.parse(readFileSync(join(repoRoot, ".gmrc"), "utf8")) as Settings;
  const values = rolePlaceholderEnv(target.roles);
  const placeholders: Record<string, string> = {};
  for (const key of Object.keys(gmrc.placeholders ?? {})) {
    const value = values[key.slice(1)];
    if (value === undefined) throw new Error(`.gmrc placeholder ${key} has no value`);
    placeholders[key] = value;
  }
  return {
    ...gmrc,
    migrationsFolder: target.migrationsFolder ?? join(repoRoot, "migrations"),
    connectionString: target.ownerUrl,
    ...(target.rootUrl ? { rootConnectionString: target.rootUrl } : {}),
    ...(target.shadowUrl ? { shadowConnectionString: target.shadowUrl } : {}),
    placeholders,
    logger: quietLogger,
  };
}

// graphile-migrate logs through @graphile/logger; keep its chatter to warnings.
const quietLogger = new Logger(() => (level: string, message: string) => {
  if (level === "error" || level === "warning") console.error(`[migrate] ${message}`);
});

export async function runMigrations(target: MigrationTarget): Promise<void> {
  const settings = migrationSettings(target);
  await migrateWhenUnlocked(() => migrate(settings));
  await recordMigrationMarks(target.ownerUrl, settings.migrationsFolder!);
}

/**
 * graphile-migrate takes an advisory lock with pg_try_advisory_lock and fails at once when another session holds it.
 * Several processes starting on one database together (the API processes and the worker of a release, units
 * started at boot) each migrate first: the ones that find the lock taken wait for it and try again, by which
 * time there is usually nothing left to apply.
 */
async function migrateWhenUnlocked(run: () => Promise<void>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
    try {
      return await run();
    } catch (error) {
      const locked = error instanceof Error && error.message === "Failed to get exclusive lock";
      if (!locked || Date.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** After migrating: which applied migrations the previous release may run on (see migration-compatibility.ts). */
async function recordMigrationMarks(ownerUrl: string, migrationsFolder: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: "registry-migrate" });
  await client.connect();
  try {
    await recordCompatibility(client, migrationsFolder);
  } finally {
    await client.end();
  }
}

export async function migrationStatus(target: MigrationTarget) {
  return status(migrationSettings(target));
}

/**
 * Committed migrations, then the work in progress in migrations/current/ (as
 * `graphile-migrate watch --once` would): tests run against both, so a
 * migration is tested before it is committed.
 */
export async function runMigrationsWithCurrent(target: MigrationTarget): Promise<void> {
  const settings = migrationSettings(target);
  await watch(settings, true);
  await recordMigrationMarks(target.ownerUrl, settings.migrationsFolder!);
}

/**
 * graphile-migrate keeps its pools for 200 ms after use, and exits the process
 * when one of them sees an error — such as the embedded PostgreSQL stopping
 * under it. Short-lived commands call this before stopping the database. Its
 * public API has no call to close them sooner, so this waits out the 200 ms
 * (and the moment pg's Pool.end() takes to close the sockets).
 */
export async function releaseMigrationPools(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 350));
}
