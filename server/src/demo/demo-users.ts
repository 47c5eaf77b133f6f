// One demo login per role, created on first start in embedded mode so a
// newcomer can try every persona at once. The passwords are printed at start.
import type { Pool } from "pg";

export interface DemoUser {
  username: string;
  displayName: string;
  role: "analyst" | "steward" | "admin";
  password: string;
}

export const demoUsers: readonly DemoUser[] = [
  { username: "admin", displayName: "Ada Admin", role: "admin", password: "demo-admin-password" },
  { username: "steward", displayName: "Sam Steward", role: "steward", password: "demo-steward-password" },
  { username: "analyst", displayName: "Ana Analyst", role: "analyst", password: "demo-analyst-password" },
];

/** Adds the demo users that are missing; returns how many it added. */
export async function loadDemoUsers(ownerPool: Pool): Promise<number> {
  let added = 0;
  for (const user of demoUsers) {
    const { rowCount } = await ownerPool.query(
      `select app_public.add_user($1, $2, $3::app_public.user_role, $4)
       where not exists (select 1 from app_public.users where username = $1::citext)`,
      [user.username, user.displayName, user.role, user.password],
    );
    added += rowCount ?? 0;
  }
  return added;
}
