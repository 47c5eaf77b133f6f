// npm run schema:export: writes data/schema.graphql from the database in use
// (the embedded one unless DATABASE_URL is set), after applying the committed
// migrations and migrations/current/.
// The schema drift test fails until this file is regenerated and committed.
import "../server/src/cli/graphile-env.ts";
import { writeFile } from "node:fs/promises";
import { loadConfig } from "../server/src/config/env.ts";
import { makeLogger } from "../server/src/logger.ts";
import { openDatabase, prepareDatabase } from "../server/src/db/database.ts";
import { runMigrationsWithCurrent } from "../server/src/db/migrations.ts";
import { makeGraphQLRuntime } from "../server/src/graphql/postgraphile.ts";
import { printSortedSchema } from "../server/src/graphql/print-schema.ts";
import { schemaFile } from "../server/src/paths.ts";

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
  } finally {
    await graphql.release();
  }
} finally {
  await db.close();
}
