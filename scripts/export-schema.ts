// npm run schema:export: writes data/schema.graphql, migrations/manifest.json
// (the database objects `ops verify` checks) and migrations/fixtures/<schema>/
// (one SQL file per function, view, table and type) from the database in use (the
// embedded one unless DATABASE_URL is set), after applying the committed
// migrations and migrations/current/.
// The drift tests fail until these files are regenerated and committed.
import "../server/src/cli/graphile-env.ts";
import { writeFile } from "node:fs/promises";
import { loadConfig } from "../server/src/config/env.ts";
import { makeLogger } from "../server/src/logger.ts";
import { openDatabase, prepareDatabase } from "../server/src/db/database.ts";
import { runMigrationsWithCurrent } from "../server/src/db/migrations.ts";
import { makeGraphQLRuntime } from "../server/src/graphql/postgraphile.ts";
import { printSortedSchema } from "../server/src/graphql/print-schema.ts";
import { manifestFile, schemaFile } from "../server/src/paths.ts";
import { readManifest } from "../server/src/ops/db-manifest.ts";
import pg from "pg";
import { readSqlObjects } from "../server/src/db/sql-objects.ts";
import { sqlObjectsDir, writeSqlObjectFiles } from "../server/src/db/sql-object-files.ts";

const config = loadConfig();
const logger = makeLogger("warn");
const db = await openDatabase(config, logger);
try {
  await prepareDatabase(db, logger);
  // The schema includes the work in progress in migrations/current/, as the tests do.
  await runMigrationsWithCurrent({ ownerUrl: db.ownerUrl, rootUrl: db.rootUrl, roles: db.roles });
  const graphql = makeGraphQLRuntime({
    authUrl: db.authUrl,
    rootUrl: null,
    jwtSecret: db.jwtSecret,
    loginTokenMinutes: config.loginTokenMinutes,
    roles: db.roles,
    logger,
  });
  try {
    await writeFile(schemaFile, printSortedSchema(await graphql.pgl.getSchema()));
    console.log(`wrote ${schemaFile}`);
    const client = new pg.Client({ connectionString: db.ownerUrl });
    await client.connect();
    try {
      await writeFile(manifestFile, JSON.stringify(await readManifest(client, db.roles), null, 2) + "\n");
      console.log(`wrote ${manifestFile}`);
      const objects = await writeSqlObjectFiles(await readSqlObjects(client, db.roles));
      console.log(
        `wrote ${sqlObjectsDir}: ${objects.total} objects, ${objects.written} files changed, ${objects.removed} removed`,
      );
    } finally {
      await client.end();
    }
  } finally {
    await graphql.release();
  }
} finally {
  await db.close();
}
