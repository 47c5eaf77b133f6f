// The HTTP server: health endpoints, GraphQL (with auth and limits in front),
// GraphiQL, the built steward client, structured logs and graceful shutdown.
import { createServer, type Server } from "node:http";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Logger } from "pino";
import type { Pool } from "pg";
import type { PostGraphileInstance } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/express/v4";
import { defaultImportLimits, type ImportLimits, type Limits, type RateLimits } from "../config/env.ts";
import type { TokenVerifier } from "../auth/verify-token.ts";
import { clientDistDir } from "../paths.ts";
import { makeAuthenticate } from "./authenticate.ts";
import { makeGraphQLGuard } from "./graphql-guard.ts";
import { makeRequestLimiter, type RequestLimiter } from "./rate-limit.ts";
import { makeLoginThrottle } from "./login-throttle.ts";
import { checkReadiness } from "./readiness.ts";
import { makeUploadRoute } from "../imports/upload-route.ts";
import { makeAsCaller, type CallerPool } from "./as-caller.ts";
import { makeExportRouter } from "../exports/export-route.ts";
import { makeMetrics, type AppMetrics } from "../metrics/metrics.ts";
import {
  defaultReconcileSettings,
  makeReconcileRouter,
  reconcileCors,
  type ReconcileSettings,
} from "../reconcile/reconcile-route.ts";
import { makeKeyAuthenticate, redactReconcileKey } from "../reconcile/reconcile-keys.ts";

export interface HttpDeps {
  pgl: PostGraphileInstance;
  ownerPool: Pool;
  verifier: TokenVerifier;
  limits: Limits;
  /** Rate limits, quotas and login holds (default: off). */
  rateLimits?: RateLimits;
  logger: Logger;
  serveClient: boolean;
  /** Limits on uploaded feed files (default: the defaults of the IMPORT_* settings). */
  importLimits?: ImportLimits;
  /**
   * The authenticator's pool and the role names: the REST routes (/imports, /exports, /reconcile) run their SQL
   * as the caller through it (http/as-caller.ts), with the same settings as PostGraphile.
   */
  callerPool: CallerPool;
  /** Rows per FETCH in CSV exports. */
  exportBatchSize?: number | undefined;
  /** The reconciliation service's limits (default: defaultReconcileSettings). */
  reconcile?: ReconcileSettings;
  /** METRICS_TOKEN: /metrics wants it as a Bearer token; without one, only loopback callers get metrics. */
  metricsToken?: string | null;
}

export interface HttpServer {
  app: express.Express;
  server: Server;
  metrics: AppMetrics;
  /** Charges API tokens and anonymous callers for what they run (chargeSearches for routes that search). */
  limiter: RequestLimiter;
  /** Stops accepting connections and waits (up to graceMs) for requests in flight. */
  close(graceMs?: number): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The operation a GraphQL request body runs: its operationName, else the first named operation in the query. */
export function graphQLOperationName(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const { operationName, query } = body as { operationName?: unknown; query?: unknown };
  if (typeof operationName === "string" && operationName !== "") return operationName.slice(0, 100);
  if (typeof query !== "string") return null;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(query)?.[1] ?? null;
}

export async function makeHttpServer(deps: HttpDeps): Promise<HttpServer> {
  const { logger } = deps;
  const app = express();
  const server = createServer(app);
  // Idle keep-alive sockets outlive the clients' own idle timers (fetch's 4 s, a load balancer's 60 s), so the
  // server is never the side closing a socket just as a client reuses it (the client would see ECONNRESET, seen
  // under load with Node's default of 5 s). Shutdown closes idle sockets at once (close, below).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const asCaller = makeAsCaller(deps.callerPool);
  const metrics = makeMetrics({ ownerPool: deps.ownerPool, logger, token: deps.metricsToken ?? null });
  app.use(metrics.http);
  const rateLimits: RateLimits = deps.rateLimits ?? {
    enabled: false,
    apiToken: { perSecond: 1, burst: 1, perDay: 1 },
    anonymous: { perSecond: 1, burst: 1, perDay: 1 },
    loginFailures: 1,
    loginLockSeconds: 1,
    loginLockMaxSeconds: 1,
  };
  const limiter = makeRequestLimiter({ pool: deps.ownerPool, limits: rateLimits, logger, registry: metrics.registry });
  const loginThrottle = makeLoginThrottle({
    pool: deps.ownerPool,
    limits: rateLimits,
    logger,
    registry: metrics.registry,
  });

  app.use(
    pinoHttp({
      logger,
      genReqId(req, res) {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      // Tokens never reach the logs, nor do reconciliation keys in paths.
      redact: ["req.headers.authorization", "req.headers.cookie", "req.params.key"],
      serializers: {
        req(req: { url?: string }) {
          if (typeof req.url === "string") req.url = redactReconcileKey(req.url);
          return req;
        },
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" },
      // Read when the response finishes, after the GraphQL guard parsed the body.
      customProps: (req) => {
        const operationName = graphQLOperationName((req as { body?: unknown }).body);
        return operationName ? { operationName } : {};
      },
    }),
  );

  // GraphiQL needs inline scripts and web workers; everything else gets the strict default.
  // No HSTS or upgrade-insecure-requests: the server speaks plain HTTP on
  // loopback by default; a TLS-terminating proxy in front should add HSTS.
  const graphiqlHelmet = helmet({
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      directives: {
        "upgrade-insecure-requests": null,
        "script-src": ["'self'", "'unsafe-inline'"],
        "worker-src": ["'self'", "blob:"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
      },
    },
  });
  const defaultHelmet = helmet({
    strictTransportSecurity: false,
    contentSecurityPolicy: { directives: { "upgrade-insecure-requests": null } },
  });
  app.use((req, res, next) =>
    req.path === "/graphiql" || req.path.startsWith("/ruru-static/")
      ? graphiqlHelmet(req, res, next)
      : defaultHelmet(req, res, next),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const readiness = await checkReadiness(deps.ownerPool);
    res
      .status(readiness.ready ? 200 : 503)
      .set("Cache-Control", "no-store")
      .json(readiness);
  });

  app.post(
    "/imports",
    makeAuthenticate(deps.verifier, logger),
    makeUploadRoute({ asCaller, limits: deps.importLimits ?? defaultImportLimits, logger }),
  );
  app.get("/metrics", metrics.endpoint);

  app.use("/graphql", makeAuthenticate(deps.verifier, logger), limiter.fastRefusal);
  const [parseGraphQLBody, enforceGraphQLLimits] = makeGraphQLGuard(deps.limits, async () => deps.pgl.getSchema());
  // The guard counts the operation's searches; the limiter charges them; logins are held after failures.
  app.use("/graphql", parseGraphQLBody!, metrics.graphql, enforceGraphQLLimits!, limiter.middleware(), loginThrottle);

  app.use(
    "/exports",
    makeAuthenticate(deps.verifier, logger),
    makeExportRouter({ asCaller, logger, batchSize: deps.exportBatchSize }),
  );

  // Reconciliation (OpenRefine): with a bearer token at /reconcile, or with a
  // reconciliation key in the path for clients that cannot send headers.
  const reconcileDeps = {
    ...defaultReconcileSettings,
    ...deps.reconcile,
    asCaller,
    ownerPool: deps.ownerPool,
    logger,
    chargeSearches: limiter.chargeSearches,
  };
  app.use("/reconcile", reconcileCors);
  app.use("/reconcile/k/:key", makeKeyAuthenticate(deps.ownerPool, logger), makeReconcileRouter(reconcileDeps, "key"));
  app.use("/reconcile", makeAuthenticate(deps.verifier, logger), makeReconcileRouter(reconcileDeps, "bearer"));

  const serv = deps.pgl.createServ(grafserv);
  await serv.addTo(app, server);

  if (deps.serveClient && existsSync(join(clientDistDir, "index.html"))) {
    app.use(express.static(clientDistDir, { index: false, maxAge: "1h" }));
    // Client-side routes: any other GET that accepts HTML gets the app shell.
    app.get(/^\/(?!graphql|graphiql|ruru-static|healthz|readyz).*/, (req, res, next) => {
      if (!req.accepts("html")) return next();
      res.set("Cache-Control", "no-cache").sendFile(join(clientDistDir, "index.html"));
    });
  } else if (deps.serveClient) {
    app.get("/", (_req, res) => {
      res
        .status(503)
        .type("text")
        .send("The steward client is not built yet: run npm run build (npm start does this for you).");
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
  });

  // Body-parser and other errors: a JSON answer with a sensible status, never a stack.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    const type = (error as { type?: unknown }).type;
    if (type === "entity.too.large") {
      res.status(413).json({
        errors: [{ message: "The request body is too large", extensions: { code: "REQUEST_TOO_LARGE" } }],
      });
      return;
    }
    if (type === "entity.parse.failed") {
      res.status(400).json({
        errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
      });
      return;
    }
    if (typeof status === "number" && status >= 400 && status < 500) {
      res.status(status).json({ errors: [{ message: "Bad request", extensions: { code: "BAD_REQUEST" } }] });
      return;
    }
    const reference = randomUUID();
    req.log?.error({ err: error, reference }, "unhandled error");
    res.status(500).json({
      errors: [{ message: `Internal error (reference ${reference})`, extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    });
  });

  return {
    app,
    server,
    metrics,
    limiter,
    close(graceMs = 10_000) {
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
