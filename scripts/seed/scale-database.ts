// Opens the seeded scale database WITHOUT running migrations. Running
// migrations/current/ again (as openBenchDatabase does when the folder has
// changed) drops and re-creates the registry tables, which would throw away a
// seed of a million employers whenever anyone edits a work-in-progress
// migration. So the seed migrates, records a fingerprint of the migrations it
// ran, and the benchmarks use the database as seeded and say when the
// migrations have changed since.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import "../../server/src/cli/graphile-env.ts";
import { loadConfig } from "../../server/src/config/env.ts";
import { openDatabase, withDatabase } from "../../server/src/db/database.ts";
import { makeLogger } from "../../server/src/logger.ts";
import { migrationsDir } from "../../server/src/paths.ts";
import type { BenchDatabase } from "../bench/bench-database.ts";
import { tolerateShutdown } from "./bulk-load.ts";
import { SCALE_SUFFIX } from "./scale-files.ts";

/** A hash of migrations/committed and migrations/current, file names and contents. */
export async function migrationsFingerprint(): Promise<string> {
  const hash = createHash("sha1");
  for (const folder of ["committed", "current"]) {
    const files = (await readdir(join(migrationsDir, folder)).catch(() => [] as string[])).sort();
    for (const file of files) {
      hash.update(`${folder}/${file}\n`);
      hash.update(await readFile(join(migrationsDir, folder, file)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

export async function openScaleDatabase(): Promise<BenchDatabase> {
  const config = loadConfig();
  const logger = makeLogger("warn");
  const runtime = await openDatabase(config, logger);
  // SCALE_DATABASE names another copy (e.g. a 100k copy kept next to a 1M seed).
  const name = process.env.SCALE_DATABASE || `${runtime.databaseName}_${SCALE_SUFFIX}`;
  const ownerUrl = withDatabase(runtime.ownerUrl, name);
  const authUrl = withDatabase(runtime.authUrl, name);
  const probe = new pg.Client({ connectionString: ownerUrl });
  try {
    await probe.connect();
    await probe.end();
  } catch (error) {
    await runtime.close();
    throw new Error(`Cannot open ${name} (${(error as Error).message}): run npm run seed:scale first`, {
      cause: error,
    });
  }
  const ownerPool = tolerateShutdown(new pg.Pool({ connectionString: ownerUrl, max: 8 }));
  return {
    name,
    ownerUrl,
    authUrl,
    runtime,
    ownerPool,
    logger,
    async close() {
      await ownerPool.end();
      await runtime.close();
    },
  };
}
