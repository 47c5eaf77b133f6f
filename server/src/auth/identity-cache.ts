// Remembers verified identities for a few seconds, so that a client sending
// many requests with one token costs one database look-up per few seconds
// instead of one per request (an API token's hash look-up, a login token's
// user check: a round trip and a pool checkout on every request otherwise).
//
// The price is bounded staleness, the same on every API process: a revoked
// API token, a disabled user or a changed role takes effect within `ttlMs`
// (TOKEN_CACHE_SECONDS, 5 by default; 0 turns the cache off). A login token
// is never served past its own `exp`. Refusals are not cached, so a token that
// becomes valid (or a typo fixed) is not held back, and a flood of bad tokens
// still costs what it cost before: the rate limits are what bound that.
import { createHash } from "node:crypto";
import jwt from "jsonwebtoken";
import type { Identity } from "./identity.ts";
import { API_TOKEN_PREFIX, type TokenVerifier } from "./verify-token.ts";

export interface IdentityCacheOptions {
  ttlMs: number;
  /** Most tokens remembered; the oldest entry goes first when full. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  identity: Identity;
  expiresAt: number;
}

export function cacheIdentities(verifier: TokenVerifier, options: IdentityCacheOptions): TokenVerifier {
  const { ttlMs, maxEntries = 10_000, now = Date.now } = options;
  if (ttlMs <= 0) return verifier;
  // Keyed by a hash, so the process holds no bearer secret beyond the request that carried it.
  const entries = new Map<string, Entry>();
  const keyOf = (authorization: string) => createHash("sha256").update(authorization).digest("base64url");

  function expiryFor(authorization: string, at: number): number {
    const cached = at + ttlMs;
    const token = authorization.replace(/^Bearer +/i, "").trim();
    if (token.startsWith(API_TOKEN_PREFIX)) return cached;
    // Already verified by the wrapped verifier: decoding reads its exp without checking again.
    const claims = jwt.decode(token);
    const exp = claims && typeof claims === "object" && typeof claims.exp === "number" ? claims.exp * 1000 : cached;
    return Math.min(cached, exp);
  }

  return {
    async identify(authorization) {
      if (authorization === undefined || authorization === "") return verifier.identify(authorization);
      const key = keyOf(authorization);
      const at = now();
      const hit = entries.get(key);
      if (hit && hit.expiresAt > at) return hit.identity;
      if (hit) entries.delete(key);
      const identity = await verifier.identify(authorization);
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(key, { identity, expiresAt: expiryFor(authorization, at) });
      return identity;
    },
  };
}
