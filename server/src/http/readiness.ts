// /readyz: the database answers and every committed migration has been applied.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Pool } from "pg";
import { migrationsDir } from "../paths.ts";

export interface Readiness {
  ready: boolean;
  database: "ok" | "unreachable";
  migrations: { applied: number; committed: number; current: boolean } | null;
  error?: string;
}

export async function committedMigrationCount(): Promise<number> {
  const files = await readdir(join(migrationsDir, "committed")).catch(() => [] as string[]);
  return files.filter((name) => /^\d{6}.*\.sql$/.test(name)).length;
}

export async function checkReadiness(ownerPool: Pool): Promise<Readiness> {
  const committed = await committedMigrationCount();
  try {
    const { rows } = await ownerPool.query<{ applied: number }>(
      `select count(*)::int as applied from graphile_migrate.migrations`,
    );
    const applied = rows[0]?.applied ?? 0;
    const current = applied === committed;
    return {
      ready: current,
      database: "ok",
      migrations: { applied, committed, current },
      ...(current
        ? {}
        : { error: `${committed - applied} committed migration(s) not applied: run npm run ops -- migrate` }),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reachable = /graphile_migrate/.test(message);
    return {
      ready: false,
      database: reachable ? "ok" : "unreachable",
      migrations: null,
      error: reachable ? "No migrations have been applied" : "The database is not reachable",
    };
  }
}
