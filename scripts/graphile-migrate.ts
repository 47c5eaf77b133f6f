// npm run migrate -- <graphile-migrate arguments>: the graphile-migrate CLI
// (commit, uncommit, watch, status, reset...) against the same database as
// npm start, embedded or external, with the role placeholders filled in.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { loadConfig } from "../server/src/config/env.ts";
import { makeLogger } from "../server/src/logger.ts";
import { openDatabase, prepareDatabase } from "../server/src/db/database.ts";
import { migrateEnv } from "../server/src/db/migrations.ts";
import { repoRoot } from "../server/src/paths.ts";

const args = process.argv.slice(2);
const config = loadConfig();
const logger = makeLogger(config.logLevel === "info" ? "warn" : config.logLevel);
const db = await openDatabase(config, logger);
let code: number;
try {
  await prepareDatabase(db, logger);
  code = await new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, "node_modules", "graphile-migrate", "dist", "cli.js"), ...args],
      {
        cwd: repoRoot,
        stdio: "inherit",
        env: {
          ...process.env,
          ...migrateEnv({ ownerUrl: db.ownerUrl, rootUrl: db.rootUrl, shadowUrl: db.shadowUrl, roles: db.roles }),
        },
      },
    );
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
} finally {
  await db.close();
}
process.exit(code);
