// /reconcile: the W3C Reconciliation Service API (0.2, as OpenRefine 3.x
// speaks it) over the registry. Every database read runs as the caller
// (http/as-caller.ts), so the matcher and row-level security apply exactly as
// for searchEmployers; errors follow http/http-errors.ts.
import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type pg from "pg";
import type { AsCaller } from "../http/as-caller.ts";
import { HttpError, sendError, sendRouteError, sendUnauthenticated } from "../http/http-errors.ts";
import { activeEmployerId, employerCard, extendEmployers, suggestEmployers } from "./entities.ts";
import { manifest } from "./manifest.ts";
import { parseExtend, parseQueries, searchesOf } from "./parse-request.ts";
import { previewHtml } from "./preview-html.ts";
import { reconcileQueries } from "./reconcile-queries.ts";
import { issueReconcileKey, revokeReconcileKey } from "./reconcile-keys.ts";
import { EMPLOYER_TYPE, extendProperties, queryProperties } from "./vocabulary.ts";

export interface ReconcileSettings {
  /** Most queries (or extend ids) in one request: RECONCILE_MAX_BATCH. */
  maxBatch: number;
}

export interface ReconcileRouteDeps extends ReconcileSettings {
  asCaller: AsCaller;
  /**
   * Charges the caller's rate limit with a batch's searches (one per distinct name or identifier), as
   * searchEmployers calls are; false when it has already answered 429.
   */
  chargeSearches?: (req: Request, res: Response, n: number) => Promise<boolean>;
  ownerPool: pg.Pool;
  logger: Logger;
}

export const defaultReconcileSettings: ReconcileSettings = { maxBatch: 100 };

const MAX_BODY = "2mb";
const SUGGEST_LIMIT = 25;

/**
 * CORS as the specification expects: any origin may call (the service is
 * read-only, authenticated by a bearer token or the key in the URL, and sets
 * no cookies). Preflights are answered before authentication, since browsers
 * send them without the Authorization header.
 */
export function reconcileCors(req: Request, res: Response, next: NextFunction): void {
  res.set({
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": "Authorization, Content-Type",
    "Access-Control-Max-Age": "600",
    "Cross-Origin-Resource-Policy": "cross-origin",
  });
  if (req.method === "OPTIONS") {
    res.status(204).end();
    return;
  }
  next();
}

function param(req: Request, name: string): unknown {
  const fromBody = req.method === "POST" && req.body && typeof req.body === "object" ? req.body[name] : undefined;
  const value = fromBody ?? (req.query as Record<string, unknown>)[name];
  if (Array.isArray(value)) throw new HttpError(400, "INVALID_PARAMETER", `${name} is given more than once`);
  return value;
}

function stringParam(req: Request, name: string): string | undefined {
  const value = param(req, name);
  if (value !== undefined && typeof value !== "string") {
    throw new HttpError(400, "INVALID_PARAMETER", `${name} must be a string`);
  }
  return value;
}

function limitParam(req: Request, fallback: number, max: number): number {
  const raw = stringParam(req, "limit");
  if (raw === undefined || raw === "") return fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new HttpError(400, "INVALID_LIMIT", `limit must be a whole number from 1 to ${max}`);
  }
  return limit;
}

function urlsOf(req: Request): { origin: string; service: string } {
  const origin = `${req.protocol}://${req.get("host") ?? "localhost"}`;
  return { origin, service: `${origin}${req.baseUrl}` };
}

function matchesPrefix(prefix: string, ...texts: string[]): boolean {
  const p = prefix.trim().toLowerCase();
  return p === "" || texts.some((t) => t.toLowerCase().includes(p));
}

export function makeReconcileRouter(deps: ReconcileRouteDeps, via: "bearer" | "key"): express.Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: MAX_BODY, parameterLimit: 20 }));
  router.use(express.json({ limit: MAX_BODY }));

  // Everything here needs a caller: a token, or the key in the URL.
  router.use((req, res, next) => {
    if (!req.identity || req.identity.role === "anonymous") {
      sendUnauthenticated(
        res,
        "Reconciliation needs an API token (Authorization: Bearer …) or a reconciliation key URL (/reconcile/k/<key>)",
      );
      return;
    }
    if (param(req, "callback") !== undefined) {
      throw new HttpError(
        400,
        "JSONP_NOT_SUPPORTED",
        "JSONP is not supported: call the service directly (it answers with CORS headers)",
      );
    }
    res.set("Cache-Control", "no-store");
    next();
  });

  const handle =
    (work: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        await work(req, res);
      } catch (error) {
        sendRouteError(res, req.log ?? deps.logger, error, { route: "reconcile" });
      }
    };

  router.all(
    "/",
    handle(async (req, res) => {
      if (req.method !== "GET" && req.method !== "POST") {
        throw new HttpError(405, "METHOD_NOT_ALLOWED", "Use GET or POST");
      }
      const queries = param(req, "queries");
      const extend = param(req, "extend");
      if (queries !== undefined) {
        const parsed = parseQueries(queries, deps.maxBatch);
        const searches = searchesOf(parsed);
        res.locals.reconcileSearches = searches;
        res.set("X-Reconcile-Searches", String(searches));
        if (deps.chargeSearches && !(await deps.chargeSearches(req, res, searches))) return;
        const answer = await deps.asCaller(req.identity!, async ({ client }) => reconcileQueries(client, parsed));
        res.json(answer);
        return;
      }
      if (extend !== undefined) {
        const parsed = parseExtend(extend, deps.maxBatch);
        const answer = await deps.asCaller(req.identity!, async ({ client }) => {
          await client.query("select app_hidden.assert_feature_enabled('alias_search')");
          return extendEmployers(client, parsed);
        });
        res.json(answer);
        return;
      }
      if (req.method === "POST") {
        throw new HttpError(
          400,
          "INVALID_QUERIES",
          "Send queries (a JSON object of queries) or extend (ids and properties), as a form field or in a JSON body",
        );
      }
      res.json(manifest(urlsOf(req)));
    }),
  );

  router.get(
    "/preview",
    handle(async (req, res) => {
      const id = stringParam(req, "id") ?? "";
      // One answer for every id without a card, so that it tells nothing about which ids exist.
      const notFound = () =>
        new HttpError(404, "NOT_FOUND", "No such employer to preview (unknown, archived or not visible to you)");
      const outcome = await deps.asCaller(req.identity!, async ({ client }) => {
        await client.query("select app_hidden.assert_feature_enabled('alias_search')");
        const active = await activeEmployerId(client, id);
        if (active === null) throw notFound();
        if (active !== id) return { redirect: active } as const;
        const card = await employerCard(client, id);
        if (!card) throw notFound();
        return { card } as const;
      });
      if ("redirect" in outcome) {
        res.redirect(302, `${req.baseUrl}/preview?id=${outcome.redirect}`);
        return;
      }
      const { origin } = urlsOf(req);
      res
        .status(200)
        .set({
          "Content-Type": "text/html; charset=utf-8",
          // A card to embed in another site's frame, with nothing to run.
          "Content-Security-Policy":
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *; base-uri 'none'; form-action 'none'",
        })
        .removeHeader("X-Frame-Options");
      res.send(previewHtml(outcome.card, `${origin}/employers/${outcome.card.id}`));
    }),
  );

  router.get(
    "/suggest/entity",
    handle(async (req, res) => {
      const prefix = stringParam(req, "prefix");
      if (prefix === undefined || prefix.trim() === "") {
        throw new HttpError(400, "INVALID_PREFIX", "prefix is required: the first letters of a name");
      }
      if (prefix.length > 500 || prefix.includes("\u0000")) {
        throw new HttpError(400, "INVALID_PREFIX", "prefix must be at most 500 characters, without NUL");
      }
      const limit = limitParam(req, 10, SUGGEST_LIMIT);
      const result = await deps.asCaller(req.identity!, async ({ client }) => {
        await client.query("select app_hidden.assert_feature_enabled('alias_search')");
        return suggestEmployers(client, prefix, limit);
      });
      res.json({ result });
    }),
  );

  router.get(
    "/suggest/type",
    handle(async (req, res) => {
      const prefix = stringParam(req, "prefix") ?? "";
      res.json({ result: matchesPrefix(prefix, EMPLOYER_TYPE.id, EMPLOYER_TYPE.name) ? [EMPLOYER_TYPE] : [] });
    }),
  );

  router.get(
    "/suggest/property",
    handle(async (req, res) => {
      const prefix = stringParam(req, "prefix") ?? "";
      const seen = new Set<string>();
      const result = [...queryProperties, ...extendProperties]
        .filter((p) => !seen.has(p.id) && seen.add(p.id) && matchesPrefix(prefix, p.id, p.name))
        .map((p) => ({ id: p.id, name: p.name, description: p.description }));
      res.json({ result });
    }),
  );

  router.get(
    "/properties",
    handle(async (req, res) => {
      const type = stringParam(req, "type") ?? EMPLOYER_TYPE.id;
      if (type !== EMPLOYER_TYPE.id) {
        throw new HttpError(
          400,
          "UNKNOWN_TYPE",
          `Unknown type "${type}"; this service has one type, "${EMPLOYER_TYPE.id}"`,
        );
      }
      const limit = limitParam(req, extendProperties.length, extendProperties.length);
      res.json({ type, properties: extendProperties.slice(0, limit).map((p) => ({ id: p.id, name: p.name })) });
    }),
  );

  if (via === "bearer") {
    // The key for OpenRefine's service URL, for the API token that asks.
    const tokenOnly = (req: Request): string => {
      const tokenId = req.identity?.apiTokenId;
      if (!tokenId) {
        throw new HttpError(
          403,
          "PERMISSION_DENIED",
          "Reconciliation keys belong to API tokens: call this with an API token (an admin issues one)",
        );
      }
      return tokenId;
    };
    router.post(
      "/keys",
      handle(async (req, res) => {
        const key = await issueReconcileKey(deps.ownerPool, tokenOnly(req));
        const { origin } = urlsOf(req);
        res.status(201).json({
          key,
          serviceUrl: `${origin}${req.baseUrl}/k/${key}`,
          note: "Shown once. Paste serviceUrl into OpenRefine (Reconcile > Add standard service). Asking again replaces the key; DELETE /reconcile/keys ends it.",
        });
      }),
    );
    router.delete(
      "/keys",
      handle(async (req, res) => {
        const revoked = await revokeReconcileKey(deps.ownerPool, tokenOnly(req));
        if (!revoked) throw new HttpError(404, "NOT_FOUND", "This API token has no reconciliation key");
        res.status(204).end();
      }),
    );
  }

  router.use((_req, res) => {
    sendError(res, 404, "NOT_FOUND", "Not a reconciliation endpoint: see GET /reconcile for the manifest");
  });
  // Errors thrown by middleware (the checks above, body parsing) follow the same contract.
  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const type = (error as { type?: unknown }).type;
    if (type === "entity.too.large")
      return sendError(res, 413, "REQUEST_TOO_LARGE", `The request body is over ${MAX_BODY}`);
    if (type === "entity.parse.failed") {
      return sendError(res, 400, "INVALID_QUERIES", "The JSON body is not valid JSON");
    }
    if (type === "parameters.too.many") return sendError(res, 400, "INVALID_PARAMETER", "Too many form fields");
    sendRouteError(res, req.log ?? deps.logger, error, { route: "reconcile" });
  });
  return router;
}
