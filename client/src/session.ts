// The login session, kept in localStorage under "ear.session". GraphiQL
// (server/src/graphql/graphiql.ts) reads the same key and shape to send the
// token and show who is signed in, so both must change together.
export const SESSION_STORAGE_KEY = "ear.session";

export interface Session {
  token: string;
  /** When the token stops working (from its `exp` claim), as an ISO string. */
  expiresAt: string;
  username: string;
  role: string;
}

interface TokenClaims {
  exp?: unknown;
  username?: unknown;
  role?: unknown;
}

function decodeClaims(token: string): TokenClaims | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === "object" && claims !== null ? (claims as TokenClaims) : null;
  } catch {
    return null;
  }
}

/**
 * Builds a session from a login token. The claims are read, not verified: the
 * server verifies every request; the client only needs the expiry and the name
 * to show before the first query returns.
 */
export function sessionFromToken(token: string): Session | null {
  const claims = decodeClaims(token);
  if (
    !claims ||
    typeof claims.exp !== "number" ||
    typeof claims.username !== "string" ||
    typeof claims.role !== "string"
  ) {
    return null;
  }
  return { token, expiresAt: new Date(claims.exp * 1000).toISOString(), username: claims.username, role: claims.role };
}

function isSession(value: unknown): value is Session {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.token === "string" &&
    typeof candidate.expiresAt === "string" &&
    !Number.isNaN(Date.parse(candidate.expiresAt)) &&
    typeof candidate.username === "string" &&
    typeof candidate.role === "string"
  );
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return Date.parse(session.expiresAt) <= now;
}

/** The stored session, or null when there is none, it is malformed or it has expired. */
export function loadSession(now = Date.now()): Session | null {
  let stored: unknown;
  try {
    stored = JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY) ?? "null");
  } catch {
    stored = null;
  }
  if (!isSession(stored) || isExpired(stored, now)) {
    // A dead entry would only make GraphiQL send a token the server refuses.
    if (stored !== null) clearSession();
    return null;
  }
  return stored;
}

export function saveSession(session: Session): void {
  window.localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  window.localStorage.removeItem(SESSION_STORAGE_KEY);
}
