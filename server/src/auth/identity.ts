// Who is calling: decided only from a verified token (or the lack of one).
import type { VisitorRole } from "../config/roles.ts";

export interface Identity {
  role: VisitorRole;
  /** The logged-in person, for login tokens. */
  userId: string | null;
  username: string | null;
  /** The API token, for third-party callers. */
  apiTokenId: string | null;
}

export const anonymousIdentity: Identity = Object.freeze({
  role: "anonymous",
  userId: null,
  username: null,
  apiTokenId: null,
});

/** Why a presented token was refused; always answered with HTTP 401. */
export class AuthenticationError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
