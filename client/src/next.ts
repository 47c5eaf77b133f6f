// Where to go after logging in: the ?next= path the user was sent from, but
// only a path of this app (never another origin, never the login page itself).
export function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : "/";
}
