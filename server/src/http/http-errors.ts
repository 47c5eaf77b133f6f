// The one error contract of the REST routes beside GraphQL (/imports,
// /exports, /reconcile, /metrics and the health checks): the same condition
// gets the same HTTP status and the same stable `code` everywhere, in the
// same JSON shape as GraphQL errors. docs/API.md#errors-of-the-rest-routes lists them.
import { randomBytes } from "node:crypto";
import type { Response } from "express";
import type { Logger } from "pino";
import { domainErrorCodes, postgresErrorCodes } from "../graphql/domain-errors.ts";

/** A refusal a route decides on itself (bad input, unknown thing): thrown, then answered by sendHttpError. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown>;
  constructor(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .set("Cache-Control", "no-store")
    .json({ errors: [{ message, extensions: { code, ...extra } }] });
}

export function sendHttpError(res: Response, error: HttpError): void {
  sendError(res, error.status, error.code, error.message, error.extra);
}

/** No token at all where one is needed: 401 UNAUTHENTICATED with a Bearer challenge. */
export function sendUnauthenticated(res: Response, message: string): void {
  res.set("WWW-Authenticate", "Bearer");
  sendError(res, 401, "UNAUTHENTICATED", message);
}

/** A token that was presented but is not valid (or expired): 401 with the token's code. */
export function sendInvalidToken(res: Response, code: string, message: string): void {
  res.set("WWW-Authenticate", `Bearer error="invalid_token", error_description="${message.replace(/"/g, "'")}"`);
  sendError(res, 401, code, message);
}

/**
 * The answer to an error PostgreSQL raised for the caller, or null when the
 * error is not the caller's doing (then it is answered as internal). The role
 * checks live in the database: "permission denied" becomes the 403.
 */
export function databaseErrorAnswer(
  error: unknown,
): { status: number; code: string; message: string; extra: Record<string, unknown> } | null {
  const sqlState = (error as { code?: unknown }).code;
  if (typeof sqlState !== "string") return null;
  const message = (error as Error).message;
  const domainCode = domainErrorCodes[sqlState];
  if (domainCode === "FEATURE_DISABLED") {
    // Switched off for everyone, whoever asks: the service is unavailable, not the caller forbidden.
    const detail = (error as { detail?: unknown }).detail;
    return { status: 503, code: domainCode, message, extra: typeof detail === "string" ? { feature: detail } : {} };
  }
  if (domainCode === "NOT_FOUND") return { status: 404, code: domainCode, message, extra: {} };
  if (domainCode !== undefined) return { status: 400, code: domainCode, message, extra: {} };
  if (sqlState === "42501") {
    return { status: 403, code: "PERMISSION_DENIED", message: "Your role may not do this", extra: {} };
  }
  if (sqlState === "57014") {
    return { status: 503, code: "QUERY_TIMEOUT", message: "The query took too long and was cancelled", extra: {} };
  }
  const known = postgresErrorCodes[sqlState];
  if (known !== undefined) {
    return { status: known.code === "ALREADY_EXISTS" ? 409 : 400, code: known.code, message: known.message, extra: {} };
  }
  return null;
}

/**
 * Answers any error of a route: its own HttpErrors, the caller's database
 * errors, and everything else as a 500 whose reference is logged beside the
 * real error (nothing internal reaches the client).
 */
export function sendRouteError(
  res: Response,
  log: Logger,
  error: unknown,
  context: Record<string, unknown> = {},
): void {
  if (error instanceof HttpError) return sendHttpError(res, error);
  const answer = databaseErrorAnswer(error);
  if (answer) return sendError(res, answer.status, answer.code, answer.message, answer.extra);
  const reference = randomBytes(6).toString("hex").toUpperCase();
  log.error({ err: error, reference, ...context }, "request failed");
  sendError(res, 500, "INTERNAL_SERVER_ERROR", `An unexpected error occurred (reference ${reference})`, { reference });
}
