// Prometheus metrics (prom-client), one registry per server: HTTP durations,
// GraphQL operation durations and errors by operation name, search latency,
// alias insert failures, process figures and the business gauges.
import { timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { Logger } from "pino";
import type pg from "pg";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { recordAliasInsertFailure } from "./alias-insert-failures.ts";
import { cachedBusinessFigures } from "./business-gauges.ts";
import { sendError, sendInvalidToken, sendUnauthenticated } from "../http/http-errors.ts";
import { registerReleaseGauges } from "./release-gauges.ts";

export interface MetricsOptions {
  ownerPool: pg.Pool;
  logger: Logger;
  /** When set, /metrics needs `Authorization: Bearer <token>`; otherwise only loopback callers are answered. */
  token: string | null;
}

export interface AppMetrics {
  registry: Registry;
  /** Times every HTTP request (mount first). */
  http: RequestHandler;
  /** Times GraphQL operations and counts their errors (mount on /graphql after the body is parsed). */
  graphql: RequestHandler;
  /** GET /metrics, with its access rule. */
  endpoint: RequestHandler;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Error codes that mean the server failed, not the caller: they count towards the error rate. */
export const SERVER_ERROR_CODES = new Set(["INTERNAL_SERVER_ERROR", "QUERY_TIMEOUT", "SERVICE_UNAVAILABLE"]);
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Distinct operation names kept as labels; later ones are counted as "other". */
const MAX_OPERATION_NAMES = 200;

/** The route label: a fixed set, so that URLs never explode the number of series. */
export function routeOf(path: string): string {
  if (path === "/graphql" || path === "/graphiql" || path === "/healthz" || path === "/readyz" || path === "/metrics") {
    return path;
  }
  if (path.startsWith("/exports")) return "/exports";
  if (path.startsWith("/imports")) return "/imports";
  if (path.startsWith("/reconcile")) return "/reconcile";
  if (path.startsWith("/ruru-static/") || path.startsWith("/assets/")) return "static";
  return "other";
}

interface OperationInfo {
  name: string;
  type: string;
  /** Response key -> field name, for the root fields. */
  rootFields: Map<string, string>;
}

function operationInfo(body: unknown, known: Set<string>): OperationInfo {
  const unknown: OperationInfo = { name: "anonymous", type: "unknown", rootFields: new Map() };
  const request = (typeof body === "string" ? { query: body } : body) as
    { query?: unknown; operationName?: unknown } | undefined;
  if (!request || typeof request.query !== "string") return unknown;
  let document: DocumentNode;
  try {
    document = parse(request.query, { noLocation: true, maxTokens: 10_000 });
  } catch {
    return { ...unknown, type: "invalid" };
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const wanted = typeof request.operationName === "string" ? request.operationName : null;
  const operation = wanted ? operations.find((o) => o.name?.value === wanted) : operations[0];
  if (!operation) return unknown;
  const rootFields = new Map<string, string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD)
      rootFields.set(selection.alias?.value ?? selection.name.value, selection.name.value);
  }
  let name = operation.name?.value ?? "anonymous";
  if (!OPERATION_NAME.test(name)) name = "invalid";
  else if (!known.has(name)) {
    if (known.size >= MAX_OPERATION_NAMES) name = "other";
    else known.add(name);
  }
  return { name, type: operation.operation, rootFields };
}

interface GraphQLErrorLike {
  path?: unknown;
  extensions?: { code?: unknown };
}

/** How much of a GraphQL response is kept to find its errors. */
const MAX_KEPT_BYTES = 256 * 1024;

/** The errors of a GraphQL response body, if it is JSON with an errors array. */
function responseErrors(body: Buffer): GraphQLErrorLike[] {
  if (!body.includes('"errors"')) return [];
  const text = body.toString("utf8");
  try {
    const parsed = JSON.parse(text) as { errors?: unknown };
    return Array.isArray(parsed.errors) ? (parsed.errors as GraphQLErrorLike[]) : [];
  } catch {
    // A large response kept only in part: its error codes are still there.
    return [...text.matchAll(/"code":"([A-Z_]{1,60})"/g)].map((m) => ({ extensions: { code: m[1] } }));
  }
}

/** Whether a request may read /metrics: the token when one is configured, else a direct loopback caller. */
export function metricsAccessAllowed(req: Request, token: string | null): boolean {
  if (token !== null) {
    const given = Buffer.from(req.headers.authorization ?? "");
    const expected = Buffer.from(`Bearer ${token}`);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
  // A proxy on this machine would make every caller look local: proxied requests need the token.
  if (req.headers["x-forwarded-for"] !== undefined || req.headers.forwarded !== undefined) return false;
  const address = req.socket.remoteAddress ?? "";
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}

export function makeMetrics(options: MetricsOptions): AppMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP requests by method, route and status code.",
    labelNames: ["method", "route", "status_code"],
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: "graphql_operation_duration_seconds",
    help: "GraphQL operations by operation name and type, and outcome (ok, client_error, server_error).",
    labelNames: ["operation_name", "operation_type", "outcome"],
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: "graphql_errors_total",
    help: "Errors in GraphQL responses by operation name and error code.",
    labelNames: ["operation_name", "code"],
    registers: [registry],
  });
  const searchDuration = new Histogram({
    name: "search_duration_seconds",
    help: "GraphQL operations that search employers (searchEmployers), by outcome.",
    labelNames: ["outcome"],
    buckets: SECONDS_BUCKETS,
    registers: [registry],
  });
  const aliasFailures = new Counter({
    name: "alias_insert_failures_total",
    help: "Failed attempts to add an alias seen by this process, by operation and error code.",
    labelNames: ["operation_name", "code"],
    registers: [registry],
  });

  const figures = cachedBusinessFigures(options.ownerPool);
  const businessGauge = (name: string, help: string, read: (f: Awaited<ReturnType<typeof figures>>) => number | null) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        try {
          const value = read(await figures());
          if (value === null) this.reset();
          else this.set(value);
        } catch (error) {
          options.logger.warn({ err: error, metric: name }, "could not read a business metric");
          this.reset();
        }
      },
    });
  businessGauge(
    "registry_alias_coverage_percent",
    "Share of active employers with an alias beyond the canonical name (latest analytics rollup).",
    (f) => f.aliasCoveragePercent,
  );
  businessGauge(
    "registry_identifier_coverage_percent",
    "Share of active employers with an external identifier (latest analytics rollup).",
    (f) => f.identifierCoveragePercent,
  );
  businessGauge(
    "registry_alias_insert_failures_last_hour",
    "Failed alias inserts in the last hour, across every server and import (app_private.alias_insert_failures).",
    (f) => f.aliasInsertFailuresLastHour,
  );
  businessGauge(
    "registry_analytics_refreshed_timestamp_seconds",
    "When the analytics rollups were last refreshed (Unix time).",
    (f) => f.analyticsRefreshedAtSeconds,
  );
  businessGauge(
    "registry_promotion_backlog",
    "Items waiting in the canonical promotion queue at the latest analytics refresh (absent while the feature is switched off).",
    (f) => f.promotionBacklog,
  );
  businessGauge(
    "registry_promotion_backlog_oldest_seconds",
    "How long the oldest item of the canonical promotion queue has waited (queue as of the latest analytics refresh).",
    (f) => f.promotionBacklogOldestSeconds,
  );
  businessGauge("registry_pending_backlog", "Open pending employers waiting for a steward.", (f) => f.pendingBacklog);
  businessGauge(
    "registry_pending_backlog_oldest_seconds",
    "How long ago the oldest open pending employer was first seen.",
    (f) => f.pendingBacklogOldestSeconds,
  );
  businessGauge(
    "registry_import_rows_failed_last_hour",
    "Import rows that got the outcome error in the last hour.",
    (f) => f.importRowsFailedLastHour,
  );

  registerReleaseGauges(registry, options.ownerPool, options.logger);

  const knownNames = new Set<string>();

  const http: RequestHandler = (req, res, next) => {
    const stop = httpDuration.startTimer({ method: req.method, route: routeOf(req.path) });
    res.once("finish", () => stop({ status_code: String(res.statusCode) }));
    next();
  };

  const graphql: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "POST") return next();
    const started = process.hrtime.bigint();
    const info = operationInfo(req.body, knownNames);
    // Keep (a view of) the start of the response body to read its errors:
    // graphql-js puts "errors" before "data", so a capped prefix is enough.
    const chunks: Buffer[] = [];
    let kept = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const keep = (chunk: unknown) => {
      if (kept >= MAX_KEPT_BYTES) return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk)
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
            : null;
      if (buffer === null) return;
      chunks.push(buffer);
      kept += buffer.length;
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== "function") keep(chunk);
      return end(chunk, ...rest);
    }) as Response["end"];
    res.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const errors = responseErrors(Buffer.concat(chunks));
      const codes = errors.map((e) => (typeof e.extensions?.code === "string" ? e.extensions.code : "UNKNOWN"));
      const outcome =
        res.statusCode >= 500 || codes.some((c) => SERVER_ERROR_CODES.has(c))
          ? "server_error"
          : res.statusCode >= 400 || codes.length > 0
            ? "client_error"
            : "ok";
      graphqlDuration.observe({ operation_name: info.name, operation_type: info.type, outcome }, seconds);
      for (const code of codes) graphqlErrors.inc({ operation_name: info.name, code });
      if ([...info.rootFields.values()].includes("searchEmployers")) searchDuration.observe({ outcome }, seconds);
      errors.forEach((error, i) => {
        const key = Array.isArray(error.path) && typeof error.path[0] === "string" ? error.path[0] : null;
        const field = key !== null ? info.rootFields.get(key) : undefined;
        const code = codes[i]!;
        if (field === "addAlias" || code === "DUPLICATE_ALIAS") {
          aliasFailures.inc({ operation_name: info.name, code });
          recordAliasInsertFailure(options.ownerPool, { operation: field ?? info.name, code }).catch((err: unknown) =>
            options.logger.warn({ err }, "could not record an alias insert failure"),
          );
        }
      });
    });
    next();
  };

  const endpoint: RequestHandler = async (req, res) => {
    if (!metricsAccessAllowed(req, options.token)) {
      if (options.token === null) {
        sendError(
          res,
          403,
          "PERMISSION_DENIED",
          "Metrics are served to this machine only; set METRICS_TOKEN to scrape from elsewhere",
        );
      } else if (!req.headers.authorization) {
        sendUnauthenticated(res, "Send the metrics token: Authorization: Bearer <METRICS_TOKEN>");
      } else {
        sendInvalidToken(res, "INVALID_TOKEN", "That is not the metrics token (METRICS_TOKEN)");
      }
      return;
    }
    res
      .status(200)
      .set("Content-Type", registry.contentType)
      .set("Cache-Control", "no-store")
      .send(await registry.metrics());
  };

  return { registry, http, graphql, endpoint };
}
