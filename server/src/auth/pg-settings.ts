// The transaction settings a request runs with: the visitor role (SET LOCAL
// ROLE) and the app.* identity that row-level security reads. PostGraphile
// (graphile.config.ts) and the HTTP endpoints that query the database
// themselves (CSV exports) use this one function, so both see the same rows.
import type { Identity } from "./identity.ts";
import type { RoleNames } from "../config/roles.ts";

export function pgSettingsFor(identity: Identity, roles: RoleNames): Record<string, string> {
  return {
    role: roles.visitors[identity.role],
    "app.role": identity.role,
    "app.user_id": identity.userId ?? "",
    "app.api_token_id": identity.apiTokenId ?? "",
    // A runaway query is cancelled rather than holding a connection.
    statement_timeout: identity.role === "admin" ? "60s" : "15s",
  };
}
