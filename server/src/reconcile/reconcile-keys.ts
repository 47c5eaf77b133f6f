// Reconciliation keys: OpenRefine cannot send an Authorization header (the
// service is a URL pasted into a dialog), so an API token's holder asks for a
// key and pastes /reconcile/k/<key> instead. The key is a secret of its own
// (only its SHA-256 is stored, in app_private.reconcile_keys): it opens the
// reconciliation service only, never GraphQL; asking again replaces it,
// DELETE ends it, and revoking or expiry of the API token ends it too. The
// request log shows the path with the key replaced (redactReconcileKey).
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import type pg from "pg";
import { isVisitorRole } from "../config/roles.ts";
import { sendError, sendInvalidToken } from "../http/http-errors.ts";

const KEY = /^rk_[0-9a-f]{48}$/;
const KEY_IN_PATH = /\/reconcile\/k\/[^/?#]*/g;

/** A URL (or path) with any reconciliation key replaced, for logs. */
export function redactReconcileKey(url: string): string {
  return url.replace(KEY_IN_PATH, "/reconcile/k/[redacted]");
}

/** Middleware for /reconcile/k/:key: the key's API token becomes the request's identity. */
export function makeKeyAuthenticate(ownerPool: pg.Pool, logger: Logger) {
  return async function authenticateKey(req: Request, res: Response, next: NextFunction): Promise<void> {
    const key = String(req.params.key ?? "");
    if (!KEY.test(key)) {
      sendInvalidToken(res, "INVALID_TOKEN", "The reconciliation key in the URL is malformed");
      return;
    }
    try {
      const { rows } = await ownerPool.query<{ token_id: string; role: string }>(
        "select token_id::text, role::text from app_private.authenticate_reconcile_key($1)",
        [key],
      );
      const row = rows[0];
      if (!row || !isVisitorRole(row.role)) {
        sendInvalidToken(
          res,
          "INVALID_TOKEN",
          "The reconciliation key is unknown or was replaced, or its API token was revoked or expired",
        );
        return;
      }
      req.identity = { role: row.role, userId: null, username: null, apiTokenId: row.token_id };
      next();
    } catch (error) {
      logger.error({ err: error }, "reconciliation key check failed unexpectedly");
      sendError(res, 503, "SERVICE_UNAVAILABLE", "Could not check the key right now; try again");
    }
  };
}

export async function issueReconcileKey(ownerPool: pg.Pool, tokenId: string): Promise<string> {
  const { rows } = await ownerPool.query<{ key: string }>("select app_private.issue_reconcile_key($1) as key", [
    tokenId,
  ]);
  return rows[0]!.key;
}

export async function revokeReconcileKey(ownerPool: pg.Pool, tokenId: string): Promise<boolean> {
  const { rows } = await ownerPool.query<{ revoked: boolean }>(
    "select app_private.revoke_reconcile_key($1) as revoked",
    [tokenId],
  );
  return rows[0]!.revoked;
}
