// What scripts/test.ts prepared for this run, passed through the environment.
import type { RoleNames } from "../../server/src/config/roles.ts";
import { visitorRoleNames } from "../../server/src/config/roles.ts";

export const TEST_ROLE_PREFIX = "eartest_";
export const TEST_OWNER_PASSWORD = "eartest-owner-password";
export const TEST_AUTHENTICATOR_PASSWORD = "eartest-authenticator-password";
export const TEST_TEMPLATE_DATABASE = "eartest_template";
export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-signing";

export const testRoles: RoleNames = {
  owner: `${TEST_ROLE_PREFIX}owner`,
  authenticator: `${TEST_ROLE_PREFIX}authenticator`,
  visitors: visitorRoleNames(TEST_ROLE_PREFIX),
};

/** A superuser URL for the test server (set by scripts/test.ts). */
export function testRootUrl(): string {
  const url = process.env.TEST_ROOT_DATABASE_URL;
  if (!url) {
    throw new Error("TEST_ROOT_DATABASE_URL is not set: run the tests with `npm test`, which prepares the database");
  }
  return url;
}

export function urlFor(user: string, password: string | null, database: string): string {
  const parsed = new URL(testRootUrl());
  parsed.username = encodeURIComponent(user);
  parsed.password = password === null ? "" : encodeURIComponent(password);
  parsed.pathname = "/" + encodeURIComponent(database);
  return parsed.toString();
}
