// /readyz: the database answers and this release may serve it: every committed
// migration of this checkout is applied, and any applied beyond them is marked
// compatible (expand/contract releases: server/src/db/migration-compatibility.ts).
import type { Pool } from "pg";
import { checkSchemaCompatibility } from "../db/migration-compatibility.ts";
import { migrationsDir } from "../paths.ts";

export interface Readiness {
  ready: boolean;
  database: "ok" | "unreachable";
  migrations: {
    applied: number;
    committed: number;
    /** Applied equals committed: the database is exactly at this release. */
    current: boolean;
    /** Applied migrations newer than this release, each marked compatible or not. */
    ahead: Array<{ filename: string; compatible: boolean; reason: string | null }>;
    detail: string;
  } | null;
  error?: string;
}

export async function checkReadiness(ownerPool: Pool, migrationsFolder = migrationsDir): Promise<Readiness> {
  try {
    const c = await checkSchemaCompatibility(ownerPool, migrationsFolder);
    return {
      ready: c.ok,
      database: "ok",
      migrations: {
        applied: c.applied,
        committed: c.committed,
        current: c.ok && c.ahead.length === 0,
        ahead: c.ahead,
        detail: c.detail,
      },
      ...(c.ok ? {} : { error: c.detail }),
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
