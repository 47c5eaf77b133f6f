// Users for tests: one per role, created as the owner with add_user.
import type { TestDatabase } from "./db.ts";

export interface TestUser {
  id: string;
  username: string;
  password: string;
  role: "analyst" | "steward" | "admin";
}

export type TestUsers = Record<"analyst" | "steward" | "admin", TestUser>;

export async function createUser(
  db: TestDatabase,
  username: string,
  role: TestUser["role"],
  password = `${username}-password-123`,
): Promise<TestUser> {
  const { rows } = await db.ownerPool.query<{ id: string }>(
    "select (app_public.add_user($1, $2, $3::app_public.user_role, $4)).id::text as id",
    [username, `Test ${username}`, role, password],
  );
  return { id: rows[0]!.id, username, password, role };
}

export async function createUsers(db: TestDatabase): Promise<TestUsers> {
  return {
    analyst: await createUser(db, "test_analyst", "analyst"),
    steward: await createUser(db, "test_steward", "steward"),
    admin: await createUser(db, "test_admin", "admin"),
  };
}
