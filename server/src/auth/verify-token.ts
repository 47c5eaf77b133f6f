// Turns an Authorization header into an Identity, or refuses it.
// Login tokens are JWTs signed by PostGraphile (pgJwtTypes); API tokens are
// opaque secrets ("ear_...") whose SHA-256 hash is looked up in the database.
import jwt from "jsonwebtoken";
import type { Pool } from "pg";
import { isVisitorRole } from "../config/roles.ts";
import { AuthenticationError, anonymousIdentity, type Identity } from "./identity.ts";

export const JWT_AUDIENCE = "postgraphile";
export const JWT_ISSUER = "employer-alias-registry";
export const API_TOKEN_PREFIX = "ear_";

export interface TokenVerifier {
  identify(authorization: string | undefined): Promise<Identity>;
}

interface LoginClaims {
  sub?: unknown;
  pwd?: unknown;
  exp?: unknown;
}

export function makeTokenVerifier(ownerPool: Pool, jwtSecret: string): TokenVerifier {
  async function identifyApiToken(secret: string): Promise<Identity> {
    if (!/^ear_[0-9a-f]{48}$/.test(secret)) {
      throw new AuthenticationError("INVALID_TOKEN", "The API token is malformed");
    }
    const { rows } = await ownerPool.query<{ token_id: string; role: string }>(
      "select token_id::text, role::text from app_private.authenticate_api_token($1)",
      [secret],
    );
    const row = rows[0];
    if (!row || !isVisitorRole(row.role)) {
      throw new AuthenticationError("INVALID_TOKEN", "The API token is unknown, expired or revoked");
    }
    return { role: row.role, userId: null, username: null, apiTokenId: row.token_id };
  }

  async function identifyLoginToken(token: string): Promise<Identity> {
    let claims: LoginClaims;
    try {
      const verified = jwt.verify(token, jwtSecret, {
        algorithms: ["HS256"],
        audience: JWT_AUDIENCE,
        issuer: JWT_ISSUER,
      });
      if (typeof verified === "string") throw new Error("unexpected string payload");
      claims = verified;
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) {
        throw new AuthenticationError("TOKEN_EXPIRED", "The login token has expired: log in again");
      }
      throw new AuthenticationError("INVALID_TOKEN", "The login token is malformed or its signature is wrong");
    }
    // A token without an expiry would be valid forever: the server never signs one.
    if (typeof claims.exp !== "number") {
      throw new AuthenticationError("INVALID_TOKEN", "The login token has no expiry (exp)");
    }
    const userId = typeof claims.sub === "string" && /^\d{1,18}$/.test(claims.sub) ? claims.sub : null;
    // bigint claims arrive as strings (PostgreSQL's JSON), small ones as numbers.
    const pwd = typeof claims.pwd === "number" ? String(claims.pwd) : claims.pwd;
    const passwordEpoch = typeof pwd === "string" && /^\d{1,15}$/.test(pwd) ? pwd : null;
    if (userId === null || passwordEpoch === null) {
      throw new AuthenticationError("INVALID_TOKEN", "The login token is missing its claims");
    }
    // The role comes from the user's current state, so a demotion or a disabled
    // account takes effect within the identity cache's few seconds (identity-cache.ts), not when the token expires.
    const { rows } = await ownerPool.query<{ role: string; username: string }>(
      "select role::text, username from app_private.authenticate_user($1, $2)",
      [userId, passwordEpoch],
    );
    const row = rows[0];
    if (!row || !isVisitorRole(row.role)) {
      throw new AuthenticationError(
        "INVALID_TOKEN",
        "The login token is no longer valid (the account is disabled or its password changed)",
      );
    }
    return { role: row.role, userId, username: row.username, apiTokenId: null };
  }

  return {
    async identify(authorization) {
      if (authorization === undefined || authorization === "") return anonymousIdentity;
      const match = /^Bearer +(\S+)\s*$/i.exec(authorization);
      if (!match || match[1] === undefined) {
        throw new AuthenticationError("INVALID_TOKEN", "The Authorization header must be: Bearer <token>");
      }
      const token = match[1];
      if (token.length > 4096) {
        throw new AuthenticationError("INVALID_TOKEN", "The token is too long");
      }
      return token.startsWith(API_TOKEN_PREFIX) ? identifyApiToken(token) : identifyLoginToken(token);
    },
  };
}
