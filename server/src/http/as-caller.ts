// Runs SQL as the request's caller: one transaction on the authenticator's
// pool with exactly the settings PostGraphile gives a GraphQL request
// (pgSettingsFor: SET LOCAL role, app.role, app.user_id, app.api_token_id,
// statement_timeout). So the REST routes see the rows, and are refused the
// things, that GraphQL would: grants and row-level security decide, not the
// route.
import type pg from "pg";
import type { Identity } from "../auth/identity.ts";
import { pgSettingsFor } from "../auth/pg-settings.ts";
import type { RoleNames } from "../config/roles.ts";

export interface CallerPool {
  /** Connected as the authenticator (noinherit), like PostGraphile's own pool. */
  authPool: pg.Pool;
  roles: RoleNames;
}

export interface CallerTransaction {
  client: pg.PoolClient;
  /** Ends the transaction with a rollback instead of a commit (nothing of it is kept). */
  rollbackOnly(): void;
}

export interface AsCallerOptions {
  /** Settings on top of the caller's (e.g. a longer statement_timeout for a big upload). */
  settings?: Record<string, string>;
}

export type AsCaller = <T>(
  identity: Identity,
  work: (tx: CallerTransaction) => Promise<T>,
  options?: AsCallerOptions,
) => Promise<T>;

export function makeAsCaller(pool: CallerPool): AsCaller {
  return async function asCaller(identity, work, options = {}) {
    const client = await pool.authPool.connect();
    let rollback = false;
    let broken = false;
    let open = false;
    try {
      await client.query("begin");
      open = true;
      const settings = { ...pgSettingsFor(identity, pool.roles), ...options.settings };
      await client.query("select set_config(key, value, true) from json_each_text($1::json)", [
        JSON.stringify(settings),
      ]);
      const result = await work({ client, rollbackOnly: () => void (rollback = true) });
      open = false;
      await client.query(rollback ? "rollback" : "commit");
      return result;
    } catch (error) {
      if (open) await client.query("rollback").catch(() => (broken = true));
      throw error;
    } finally {
      // A connection whose transaction could not be ended is not reused.
      client.release(broken);
    }
  };
}
