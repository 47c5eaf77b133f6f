// The people's roles, weakest first: each has the rights of the one before it
// (the database enforces this; the client only hides what a role cannot use).
export const roles = ["analyst", "steward", "admin"] as const;
export type Role = (typeof roles)[number];

export function roleAtLeast(role: string, minimum: Role): boolean {
  const rank = roles.indexOf(role as Role);
  return rank >= 0 && rank >= roles.indexOf(minimum);
}
