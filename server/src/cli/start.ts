// npm start: the whole product in one process. Embedded PostgreSQL (or
// DATABASE_URL), role bootstrap, migrations, demo data, then the API, GraphiQL
// and the steward client. Ctrl-C or SIGTERM shuts everything down cleanly.
import "./graphile-env.ts";
import pg from "pg";
import { loadConfig, ConfigError } from "../config/env.ts";
import { makeLogger } from "../logger.ts";
import { openDatabase, prepareDatabase } from "../db/database.ts";
import { loadDemoData } from "../demo/load-demo-data.ts";
import { demoUsers } from "../demo/demo-users.ts";
import { makeGraphQLRuntime } from "../graphql/postgraphile.ts";
import { makeTokenVerifier } from "../auth/verify-token.ts";
import { cacheIdentities } from "../auth/identity-cache.ts";
import { makeHttpServer } from "../http/app.ts";
import { ensureClientBuilt } from "./client-build.ts";
import { takeOverShutdownSignals } from "../db/embedded.ts";
import { tolerateShutdown } from "../db/pool.ts";
import { installWorkerSchema, startWorker } from "../worker/runner.ts";
import { formatBanner, reprintBannerOnRequest } from "./banner.ts";

async function main(): Promise<void> {
  const startedAt = Date.now();
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
  // One short line per event on a terminal, JSON lines otherwise (LOG_FORMAT overrides).
  const logger = makeLogger(
    config.logLevel,
    "registry",
    config.logFormat ?? (process.stdout.isTTY ? "pretty" : "json"),
  );
  const cleanups: Array<() => Promise<void>> = [];
  let opening: Promise<unknown> = Promise.resolve();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // A signal during start-up: let the database finish opening, so that the PostgreSQL it may have started
    // is stopped below rather than left running.
    await opening.catch(() => undefined);
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => logger.error({ err: error }, "error during shutdown"));
    }
    logger.info("stopped");
    process.exit(0);
  };
  takeOverShutdownSignals();
  // SIGHUP too (the terminal closed): its default would end this process at once and leave PostgreSQL running.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(signal));

  const clientBuild = config.serveClient ? ensureClientBuilt(logger) : Promise.resolve();

  const dbOpening = openDatabase(config, logger);
  opening = dbOpening;
  const db = await dbOpening;
  cleanups.push(() => db.close());
  await prepareDatabase(db, logger);

  const ownerPool = tolerateShutdown(
    new pg.Pool({ connectionString: db.ownerUrl, max: 4, application_name: "registry-owner" }),
    (message) => logger.warn(message),
  );
  cleanups.push(() => ownerPool.end());
  const demo = config.external ? process.env.DEMO_DATA !== undefined && config.loadDemoData : config.loadDemoData;
  // The job queue's schema: uploads (the demo's feed file too) queue their matching job in it.
  await installWorkerSchema(db.ownerUrl);
  const demoSummary = demo ? await loadDemoData(ownerPool, logger) : null;

  const graphql = makeGraphQLRuntime({
    authUrl: db.authUrl,
    rootUrl: db.rootUrl,
    jwtSecret: db.jwtSecret,
    loginTokenMinutes: config.loginTokenMinutes,
    roles: db.roles,
    logger,
    watch: config.watchSchema,
    maxGroups: config.limits.maxGroups,
  });
  cleanups.push(() => graphql.release());
  await clientBuild;

  // The REST routes (uploads, exports, reconciliation) query as the caller's role, through the authenticator like
  // PostGraphile.
  const authPool = tolerateShutdown(
    new pg.Pool({ connectionString: db.authUrl, max: 4, application_name: "registry-rest" }),
    (message) => logger.warn(message),
  );
  cleanups.push(() => authPool.end());

  const http = await makeHttpServer({
    pgl: graphql.pgl,
    ownerPool,
    verifier: cacheIdentities(makeTokenVerifier(ownerPool, db.jwtSecret), {
      ttlMs: config.tokenCacheSeconds * 1000,
    }),
    limits: config.limits,
    rateLimits: config.rateLimits,
    logger,
    serveClient: config.serveClient,
    importLimits: config.imports.limits,
    callerPool: { authPool, roles: db.roles },
    metricsToken: config.metricsToken,
    reconcile: config.reconcile,
  });
  cleanups.push(() => http.close());
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", reject);
    http.server.listen(config.port, config.host, () => resolve());
  });
  const address = http.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const base = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;

  const banner = formatBanner(
    {
      readySeconds: (Date.now() - startedAt) / 1000,
      base,
      database: db.embedded
        ? `embedded PostgreSQL on 127.0.0.1:${db.embedded.port} (data in ${config.dataDir})`
        : "external (DATABASE_URL)",
      demoUsers: demo ? demoUsers : null,
      demoSummary,
    },
    Boolean(process.stdin.isTTY),
  );
  process.stdout.write(banner);
  cleanups.push(async () => stopReprinting());
  const stopReprinting = reprintBannerOnRequest(() => process.stdout.write(banner));

  // Background jobs (import matching, the hourly analytics refresh) run in this process unless WORKER=false
  // or IMPORT_WORKER=false (then `npm run worker` runs them). They start after the API is up, so they never
  // delay it; a worker that cannot start leaves the API serving, and the error is logged.
  if (config.worker.inProcess && !stopping) {
    try {
      const worker = await startWorker({
        connectionString: db.ownerUrl,
        logger,
        chunkRows: config.imports.chunkRows,
        turnSeconds: config.imports.turnSeconds,
        concurrency: config.worker.concurrency,
      });
      if (stopping) await worker.stop();
      else cleanups.push(() => worker.stop());
    } catch (error) {
      if (!stopping) logger.error({ err: error }, "the background worker did not start");
    }
  }
}

// Set once a signal asks to stop: start-up steps that fail because the shutdown closed what they use are not
// start-up failures, and the shutdown (not this handler) decides when the process exits.
let stopping = false;

main().catch((error: unknown) => {
  if (stopping) return;
  console.error("Could not start:", error instanceof Error ? error.stack : error);
  process.exit(1);
});
