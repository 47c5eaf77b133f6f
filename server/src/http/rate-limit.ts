// Rate limits and daily quotas for API tokens and for addresses without a
// token, held in PostgreSQL (app_private.take_request_tokens: a token bucket
// per caller) so that every API process shares them. Logged-in people are not
// limited here: they are few and known; their queries are bounded by the
// query limits.
//
// A request costs one, or the number of searches it runs; routes that run
// searches of their own (reconciliation batches) charge them with
// chargeSearches(req, res, n). Each token's requests, searches and refusals
// are also counted per day in app_public.api_token_usage_daily, for admins.
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Pool } from "pg";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import type { RateLimit, RateLimits } from "../config/env.ts";

export interface Charge {
  allowed: boolean;
  retryAfterSeconds: number;
  tokensLeft: number;
  usedToday: number;
  limit: RateLimit;
}

export interface RequestLimiter {
  /** Charges n searches (at least one request) to the caller; false when it has answered 429 itself. */
  chargeSearches(req: Request, res: Response, n: number): Promise<boolean>;
  /** Middleware charging the searches searches(req) counts (default: the GraphQL guard's count), at least one request. */
  middleware(searches?: (req: Request) => number): RequestHandler;
  /** Answers 429 at once, without a database round trip, to a caller this process refused moments ago. */
  fastRefusal: RequestHandler;
}

interface CallerKey {
  key: string;
  /** The metrics label: the token's id, or "anonymous" (addresses are not labels: there are too many). */
  label: string;
  tokenId: string | null;
  defaults: RateLimit;
}

function callerOf(req: Request, limits: RateLimits): CallerKey | null {
  const identity = req.identity;
  if (identity?.apiTokenId) {
    return {
      key: `token:${identity.apiTokenId}`,
      label: identity.apiTokenId,
      tokenId: identity.apiTokenId,
      defaults: limits.apiToken,
    };
  }
  if (!identity || identity.role === "anonymous") {
    return { key: `address:${req.ip ?? "unknown"}`, label: "anonymous", tokenId: null, defaults: limits.anonymous };
  }
  return null;
}

function setHeaders(res: Response, charge: Charge): void {
  const { limit } = charge;
  const refill = Math.max(0, Math.ceil((limit.burst - charge.tokensLeft) / limit.perSecond));
  res.set("RateLimit-Limit", String(limit.burst));
  res.set("RateLimit-Remaining", String(Math.max(0, Math.floor(charge.tokensLeft))));
  res.set("RateLimit-Reset", String(refill));
  res.set(
    "RateLimit-Policy",
    `${limit.burst};w=${Math.max(1, Math.round(limit.burst / limit.perSecond))};burst=${limit.burst};rate=${limit.perSecond}, ${limit.perDay};w=86400`,
  );
}

/**
 * A refusal is answered after 0.2 to 1 s (at random, so that a client's many
 * requests in flight do not come back in step): a client that ignores
 * Retry-After and keeps N requests in flight then costs under 2N requests a
 * second, not as many as the server can refuse (which would slow everybody
 * else down).
 */
export const REFUSAL_DELAY_MS = { min: 200, max: 1_000 };

function sendRefusal(res: Response, charge: Pick<Charge, "retryAfterSeconds" | "usedToday" | "limit">): void {
  const retryAfter = Math.max(1, Math.ceil(charge.retryAfterSeconds));
  const quota = charge.usedToday >= charge.limit.perDay;
  const delay = REFUSAL_DELAY_MS.min + Math.random() * (REFUSAL_DELAY_MS.max - REFUSAL_DELAY_MS.min);
  const timer = setTimeout(() => answerRefusal(res, charge, retryAfter, quota), delay);
  res.once("close", () => clearTimeout(timer));
}

function answerRefusal(
  res: Response,
  charge: Pick<Charge, "usedToday" | "limit">,
  retryAfter: number,
  quota: boolean,
): void {
  if (res.writableEnded || res.destroyed) return;
  res
    .status(429)
    .set("Retry-After", String(retryAfter))
    .set("Cache-Control", "no-store")
    .json({
      errors: [
        {
          message: quota
            ? `The daily quota of ${charge.limit.perDay} requests is used up; it renews at midnight UTC`
            : `Too many requests: at most ${charge.limit.perSecond} per second (bursts of ${charge.limit.burst}); retry in ${retryAfter} s`,
          extensions: { code: quota ? "QUOTA_EXCEEDED" : "RATE_LIMITED", retryAfter },
        },
      ],
    });
}

/** How often refusals answered from memory are written to the tokens' daily usage. */
export const REFUSALS_FLUSH_MS = 2_000;

export function makeRequestLimiter(options: {
  pool: Pool;
  limits: RateLimits;
  logger: Logger;
  registry?: Registry;
}): RequestLimiter {
  const { pool, limits, logger } = options;
  const registers = options.registry ? [options.registry] : [];
  const charged = new Counter({
    name: "rate_limit_charged_total",
    help: "Requests (searches count one each) charged to API tokens (label: token id) and anonymous callers, by outcome (allowed, refused).",
    labelNames: ["caller", "outcome"],
    registers,
  });
  // Callers refused moments ago, and until when: a flood is answered from
  // memory instead of costing a database round trip per request.
  const refusedUntil = new Map<string, { until: number; charge: Charge }>();
  // Refusals answered from memory, by token, added to the tokens' daily usage
  // every few seconds in one statement (what is not yet written when the
  // process stops is in /metrics only).
  const unrecordedRefusals = new Map<string, number>();
  const flushRefusals = () => {
    if (unrecordedRefusals.size === 0) return;
    const entries = [...unrecordedRefusals];
    unrecordedRefusals.clear();
    pool
      .query("select app_private.record_token_refusals($1::bigint[], $2::integer[])", [
        entries.map(([id]) => id),
        entries.map(([, n]) => n),
      ])
      .catch((error: unknown) => logger.warn({ err: error }, "could not record refused requests in token usage"));
  };
  setInterval(flushRefusals, REFUSALS_FLUSH_MS).unref();

  async function take(caller: CallerKey, cost: number, searches: number): Promise<Charge | null> {
    try {
      const { rows } = await pool.query<{
        allowed: boolean;
        retry_after_seconds: number;
        tokens_left: number;
        used_today: string;
        rate: number;
        burst: number;
        per_day: string;
      }>("select * from app_private.take_request_tokens($1, $2, $3, $4, $5, $6, $7)", [
        caller.key,
        cost,
        caller.defaults.perSecond,
        caller.defaults.burst,
        caller.defaults.perDay,
        caller.tokenId,
        searches,
      ]);
      const row = rows[0]!;
      return {
        allowed: row.allowed,
        retryAfterSeconds: row.retry_after_seconds,
        tokensLeft: row.tokens_left,
        usedToday: Number(row.used_today),
        limit: { perSecond: row.rate, burst: row.burst, perDay: Number(row.per_day) },
      };
    } catch (error) {
      // The limiter must not take the API down with it: a failed check lets the request through.
      logger.warn({ err: error }, "rate limit check failed; the request is let through");
      return null;
    }
  }

  async function chargeSearches(req: Request, res: Response, n: number): Promise<boolean> {
    if (!limits.enabled) return true;
    const caller = callerOf(req, limits);
    if (!caller) return true;
    const searches = Math.max(0, Math.floor(n));
    const cost = Math.max(1, searches);
    const charge = await take(caller, cost, searches);
    if (!charge) return true;
    setHeaders(res, charge);
    charged.inc({ caller: caller.label, outcome: charge.allowed ? "allowed" : "refused" }, cost);
    if (charge.allowed) {
      refusedUntil.delete(caller.key);
      return true;
    }
    // Remembered for the time one request needs to be refilled: a slightly
    // longer wait than the bucket's own, never a longer refusal than it.
    const oneRequest = Math.min(charge.retryAfterSeconds, 1 / charge.limit.perSecond);
    if (refusedUntil.size > 10_000) {
      const now = Date.now();
      for (const [key, value] of refusedUntil) if (value.until <= now) refusedUntil.delete(key);
    }
    refusedUntil.set(caller.key, { until: Date.now() + oneRequest * 1000, charge });
    sendRefusal(res, charge);
    return false;
  }

  const fastRefusal: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (!limits.enabled || refusedUntil.size === 0) return next();
    const caller = callerOf(req, limits);
    const refused = caller ? refusedUntil.get(caller.key) : undefined;
    if (!caller || !refused) return next();
    const waitMs = refused.until - Date.now();
    if (waitMs <= 0) {
      refusedUntil.delete(caller.key);
      return next();
    }
    charged.inc({ caller: caller.label, outcome: "refused" });
    if (caller.tokenId) unrecordedRefusals.set(caller.tokenId, (unrecordedRefusals.get(caller.tokenId) ?? 0) + 1);
    const charge = { ...refused.charge, tokensLeft: 0, retryAfterSeconds: waitMs / 1000 };
    setHeaders(res, charge);
    sendRefusal(res, charge);
  };

  return {
    chargeSearches,
    middleware(searches = (req) => req.graphqlSearches ?? 0) {
      return (req, res, next) => {
        // CORS preflights and HEAD cost nothing to answer.
        if (req.method === "OPTIONS" || req.method === "HEAD") return next();
        chargeSearches(req, res, searches(req)).then(
          (allowed) => (allowed ? next() : undefined),
          (error: unknown) => next(error),
        );
      };
    },
    fastRefusal,
  };
}
