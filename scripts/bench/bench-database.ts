// A database of its own for a benchmark, in the same PostgreSQL as npm start
// (the embedded one in .data/, or the server of ROOT_DATABASE_URL), migrated
// with the committed migrations and migrations/current/.
import "../../server/src/cli/graphile-env.ts";
import pg from "pg";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import type { Logger } from "pino";
import { loadConfig } from "../../server/src/config/env.ts";
import { makeLogger } from "../../server/src/logger.ts";
import { openDatabase, type DatabaseRuntime } from "../../server/src/db/database.ts";
import { bootstrapDatabase, withDatabase } from "../../server/src/db/bootstrap.ts";
import { runMigrationsWithCurrent } from "../../server/src/db/migrations.ts";

export interface BenchDatabase {
  name: string;
  ownerUrl: string;
  authUrl: string;
  runtime: DatabaseRuntime;
  ownerPool: pg.Pool;
  logger: Logger;
  close(): Promise<void>;
}

export async function openBenchDatabase(suffix: string, options: { fresh: boolean }): Promise<BenchDatabase> {
  const config = loadConfig();
  const logger = makeLogger("warn");
  const runtime = await openDatabase(config, logger);
  if (!runtime.rootUrl) {
    await runtime.close();
    throw new Error(
      "Benchmarks create their own database: set ROOT_DATABASE_URL (a superuser) with an external PostgreSQL",
    );
  }
  const name = `${runtime.databaseName}_${suffix}`;
  if (options.fresh) {
    const root = new pg.Client({ connectionString: runtime.rootUrl });
    await root.connect();
    await root.query(`drop database if exists ${pg.Client.prototype.escapeIdentifier(name)} with (force)`);
    await root.end();
  }
  const password = (url: string) => decodeURIComponent(new URL(url).password) || null;
  await bootstrapDatabase({
    rootUrl: runtime.rootUrl,
    databaseName: name,
    roles: runtime.roles,
    ownerPassword: password(runtime.ownerUrl),
    authenticatorPassword: password(runtime.authUrl),
  });
  const ownerUrl = withDatabase(runtime.ownerUrl, name);
  const authUrl = withDatabase(runtime.authUrl, name);
  await runMigrationsWithCurrent({ ownerUrl, rootUrl: runtime.rootUrl, roles: runtime.roles });
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
