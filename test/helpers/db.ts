// Per-file databases copied from the migrated template, and helpers to act as
// each role directly in SQL (the way PostGraphile does: SET LOCAL ROLE plus
// the app.* settings).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import type { VisitorRole } from "../../server/src/config/roles.ts";
import {
  TEST_AUTHENTICATOR_PASSWORD,
  TEST_OWNER_PASSWORD,
  TEST_TEMPLATE_DATABASE,
  testRoles,
  testRootUrl,
  urlFor,
} from "./test-env.ts";

export interface TestDatabase {
  name: string;
  rootUrl: string;
  ownerUrl: string;
  authUrl: string;
  /** Connected as the owner (bypasses nothing: the owner is not a superuser). */
  ownerPool: pg.Pool;
  /** Connected as a superuser. */
  rootPool: pg.Pool;
  drop(): Promise<void>;
}

const ident = (name: string) => pg.Client.prototype.escapeIdentifier(name);

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `eartest_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: testRootUrl() });
  await admin.connect();
  try {
    await admin.query(
      `create database ${ident(name)} template ${ident(TEST_TEMPLATE_DATABASE)} owner ${ident(testRoles.owner)}`,
    );
    // As migrations/afterReset.sql does: only the owner and the authenticator may connect (a copy starts
    // with PostgreSQL's defaults, where PUBLIC may; `ops verify` compares database grants with the manifest).
    await admin.query(`revoke all on database ${ident(name)} from public`);
    await admin.query(`grant connect on database ${ident(name)} to ${ident(testRoles.authenticator)}`);
    // As migrations/afterReset.sql does on every start: database grants do not survive a template copy.
    await admin.query(`grant temporary on database ${ident(name)} to ${ident(testRoles.visitors.steward)}`);
  } finally {
    await admin.end();
  }
  const rootUrl = urlFor(
    new URL(testRootUrl()).username,
    decodeURIComponent(new URL(testRootUrl()).password) || null,
    name,
  );
  const ownerUrl = urlFor(testRoles.owner, TEST_OWNER_PASSWORD, name);
  const authUrl = urlFor(testRoles.authenticator, TEST_AUTHENTICATOR_PASSWORD, name);
  const ownerPool = new pg.Pool({ connectionString: ownerUrl, max: 4 });
  const rootPool = new pg.Pool({ connectionString: rootUrl, max: 2 });
  // drop ... with (force) terminates any connection still idle in a pool.
  tolerateShutdown(ownerPool);
  tolerateShutdown(rootPool);
  return {
    name,
    rootUrl,
    ownerUrl,
    authUrl,
    ownerPool,
    rootPool,
    async drop() {
      await ownerPool.end();
      await rootPool.end();
      const client = new pg.Client({ connectionString: testRootUrl() });
      await client.connect();
      try {
        // A pool's end() resolves before its sockets have closed (graphile-worker does not even wait for it):
        // let the sessions of ended pools go by themselves first, so that the forced drop below only ends
        // what a test really left open (whose pools and clients must have error listeners: see pool.ts).
        const deadline = Date.now() + 2_000;
        while (Date.now() < deadline) {
          const { rows } = await client.query<{ n: number }>(
            "select count(*)::int as n from pg_stat_activity where datname = $1",
            [name],
          );
          if (rows[0]!.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await client.query(`drop database if exists ${ident(name)} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface ActAs {
  role: VisitorRole;
  userId?: string | number | null;
  apiTokenId?: string | number | null;
}

/**
 * Runs fn inside a transaction as the given visitor role (as the authenticator
 * would), then rolls back, so tests do not disturb each other — or commits,
 * with { commit: true }, for set-up that later steps must see.
 */
export async function asRole<T>(
  db: TestDatabase,
  who: ActAs,
  fn: (client: pg.PoolClient) => Promise<T>,
  options: { commit?: boolean } = {},
): Promise<T> {
  const pool = new pg.Pool({ connectionString: db.authUrl, max: 1 });
  tolerateShutdown(pool);
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(
      `select set_config('role', $1, true), set_config('app.role', $2, true),
              set_config('app.user_id', $3, true), set_config('app.api_token_id', $4, true)`,
      [
        testRoles.visitors[who.role],
        who.role,
        who.userId == null ? "" : String(who.userId),
        who.apiTokenId == null ? "" : String(who.apiTokenId),
      ],
    );
    const result = await fn(client);
    if (options.commit) await client.query("commit");
    return result;
  } finally {
    await client.query("rollback").catch(() => undefined);
    client.release();
    await pool.end();
  }
}

/** Expects the promise to fail with the given SQLSTATE; returns the error. */
export async function expectSqlError(promise: Promise<unknown>, sqlState: string): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== sqlState) {
      throw new Error(`expected SQLSTATE ${sqlState} but got ${code}: ${(error as Error).message}`, { cause: error });
    }
    return error as Error & { code?: string };
  }
  throw new Error(`expected SQLSTATE ${sqlState} but the statement succeeded`);
}
