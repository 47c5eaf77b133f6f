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
import type { RoleNames } from "../config/roles.ts";
import { makeExportRouter } from "../exports/export-route.ts";
import { makeMetrics, type AppMetrics } from "../metrics/metrics.ts";

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
  /** For the CSV exports (/exports), which query as the caller's role: the authenticator's pool. */
  exports?: { authPool: Pool; roles: RoleNames; batchSize?: number | undefined };
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

export async function makeHttpServer(deps: HttpDeps): Promise<HttpServer> {
  const { logger } = deps;
  const app = express();
  const server = createServer(app);
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
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
      // Tokens never reach the logs.
      redact: ["req.headers.authorization", "req.headers.cookie"],
      autoLogging: { ignore: (req) => req.url === "/healthz" },
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
    makeUploadRoute({ pgl: deps.pgl, limits: deps.importLimits ?? defaultImportLimits, logger }),
  );
  app.get("/metrics", metrics.endpoint);

  app.use("/graphql", makeAuthenticate(deps.verifier, logger), limiter.fastRefusal);
  const [parseGraphQLBody, enforceGraphQLLimits] = makeGraphQLGuard(deps.limits, async () => deps.pgl.getSchema());
  // The guard counts the operation's searches; the limiter charges them; logins are held after failures.
  app.use("/graphql", parseGraphQLBody!, metrics.graphql, enforceGraphQLLimits!, limiter.middleware(), loginThrottle);

  if (deps.exports) {
    app.use("/exports", makeAuthenticate(deps.verifier, logger), makeExportRouter({ ...deps.exports, logger }));
  }

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
