// The PostgreSQL roles the registry uses. Visitor roles form a chain of
// inheritance: api_client < analyst < steward < admin; anonymous stands alone.
export const visitorRoleKeys = ["anonymous", "api_client", "analyst", "steward", "admin"] as const;
export type VisitorRole = (typeof visitorRoleKeys)[number];

export interface RoleNames {
  owner: string;
  authenticator: string;
  visitors: Record<VisitorRole, string>;
}

export function isVisitorRole(value: unknown): value is VisitorRole {
  return typeof value === "string" && (visitorRoleKeys as readonly string[]).includes(value);
}

/** Visitor role names are prefixed so that several registries can share one server. */
export function visitorRoleNames(prefix: string): Record<VisitorRole, string> {
  return {
    anonymous: `${prefix}anonymous`,
    api_client: `${prefix}api_client`,
    analyst: `${prefix}analyst`,
    steward: `${prefix}steward`,
    admin: `${prefix}admin`,
  };
}

/** The placeholders graphile-migrate substitutes into migrations (see .gmrc). */
export function rolePlaceholderEnv(roles: RoleNames): Record<string, string> {
  return {
    DATABASE_AUTHENTICATOR: roles.authenticator,
    ROLE_ANONYMOUS: roles.visitors.anonymous,
    ROLE_API_CLIENT: roles.visitors.api_client,
    ROLE_ANALYST: roles.visitors.analyst,
    ROLE_STEWARD: roles.visitors.steward,
    ROLE_ADMIN: roles.visitors.admin,
  };
}
