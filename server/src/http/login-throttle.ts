// Holds logins back after failed attempts, per username and per address
// (app_public.login_throttles: admins see the holds and can lift them). The
// hold grows with each failure up to LOGIN_LOCK_MAX_SECONDS and never becomes
// permanent; a username's hold does not apply to an address the user logged
// in from before, so guessing a password elsewhere cannot lock the right user
// out. The password check itself stays in the database (app_public.login);
// this layer only reads its outcome from the response.
import type { NextFunction, Request, Response } from "express";
import { Kind, type ObjectValueNode, type ValueNode } from "graphql";
import type { Pool } from "pg";
import type { Logger } from "pino";
import { Counter, type Registry } from "prom-client";
import type { RateLimits } from "../config/env.ts";
import type { ShapedRequest } from "../graphql/request-shape.ts";

declare module "express-serve-static-core" {
  interface Request {
    /** The username a login mutation tries (set by the GraphQL guard). */
    loginUsername?: string;
  }
}

/** The username a request's `login` field is called with, from a literal or a variable. */
export function loginUsernameOf(request: Pick<ShapedRequest, "operation" | "variables">): string | null {
  const value = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.VARIABLE) return request.variables[node.name.value];
    if (node.kind === Kind.STRING) return node.value;
    if (node.kind === Kind.OBJECT) return node;
    return undefined;
  };
  for (const selection of request.operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== "login") continue;
    const input = value(selection.arguments?.find((a) => a.name.value === "input")?.value);
    if (input && typeof input === "object" && "kind" in input) {
      const field = (input as ObjectValueNode).fields.find((f) => f.name.value === "username");
      const username = value(field?.value);
      return typeof username === "string" ? username : null;
    }
    if (input && typeof input === "object") {
      const username = (input as { username?: unknown }).username;
      return typeof username === "string" ? username : null;
    }
  }
  return null;
}

/** How the login went, from the response body the server sent. */
function outcomeOf(body: string): "failed" | "succeeded" | "other" {
  if (body.includes('"INVALID_CREDENTIALS"')) return "failed";
  if (/"login":\{"result":"/.test(body)) return "succeeded";
  return "other";
}

export function makeLoginThrottle(options: { pool: Pool; limits: RateLimits; logger: Logger; registry?: Registry }) {
  const { pool, limits, logger } = options;
  const refusals = new Counter({
    name: "login_throttled_total",
    help: "Logins refused because the username or the address is held after failed attempts.",
    registers: options.registry ? [options.registry] : [],
  });

  return async function loginThrottle(req: Request, res: Response, next: NextFunction): Promise<void> {
    const username = req.loginUsername;
    if (!limits.enabled || username === undefined) return next();
    const address = req.ip ?? "unknown";
    try {
      const { rows } = await pool.query<{ seconds: number }>(
        "select app_private.login_hold_seconds($1, $2) as seconds",
        [username, address],
      );
      const seconds = rows[0]?.seconds ?? 0;
      if (seconds > 0) {
        refusals.inc();
        const retryAfter = Math.max(1, Math.ceil(seconds));
        res
          .status(429)
          .set("Retry-After", String(retryAfter))
          .set("Cache-Control", "no-store")
          .json({
            errors: [
              {
                message: `Too many failed logins: try again in ${retryAfter} s`,
                extensions: { code: "LOGIN_THROTTLED", retryAfter },
              },
            ],
          });
        return;
      }
    } catch (error) {
      logger.warn({ err: error }, "login hold check failed; the login is let through");
    }
    // Read the outcome from the response (it is small) and record it before the
    // response ends, so the caller's next attempt already sees the count.
    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const keep = (chunk: unknown) => {
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== "function") keep(chunk);
      const outcome = outcomeOf(Buffer.concat(chunks).toString("utf8"));
      if (outcome === "other") return end(chunk, ...rest);
      pool
        .query("select app_private.record_login_attempt($1, $2, $3, $4, $5, $6)", [
          username,
          address,
          outcome === "succeeded",
          limits.loginFailures,
          limits.loginLockSeconds,
          limits.loginLockMaxSeconds,
        ])
        .catch((error: unknown) => logger.warn({ err: error }, "could not record a login attempt"))
        .finally(() => end(chunk, ...rest));
      return res;
    }) as Response["end"];
    next();
  };
}
