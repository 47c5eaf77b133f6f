// The role bootstrap: creates the owner, the authenticator and the visitor
// roles, the database, and runs migrations/afterReset.sql (extensions). Run as
// a superuser; idempotent, so it runs on every start, embedded or external.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import type { RoleNames } from "../config/roles.ts";
import { migrationsDir } from "../paths.ts";

export interface BootstrapOptions {
  /** A superuser connection string (any database on the server). */
  rootUrl: string;
  databaseName: string;
  roles: RoleNames;
  /** Passwords for login roles that do not exist yet (existing ones are left alone). */
  ownerPassword: string | null;
  authenticatorPassword: string | null;
}

const ident = (name: string) => pg.Client.prototype.escapeIdentifier(name);
const literal = (value: string) => pg.Client.prototype.escapeLiteral(value);

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = "/" + encodeURIComponent(database);
  return parsed.toString();
}

async function roleExists(client: pg.Client, name: string): Promise<boolean> {
  const { rowCount } = await client.query("select 1 from pg_roles where rolname = $1", [name]);
  return (rowCount ?? 0) > 0;
}

async function ensureLoginRole(client: pg.Client, name: string, password: string | null, extra: string) {
  if (await roleExists(client, name)) {
    await client.query(`alter role ${ident(name)} with login ${extra}`);
    return;
  }
  const pw = password === null ? "" : ` password ${literal(password)}`;
  await client.query(`create role ${ident(name)} with login ${extra}${pw}`);
}

async function ensureNologinRole(client: pg.Client, name: string) {
  if (!(await roleExists(client, name))) {
    await client.query(`create role ${ident(name)} with nologin`);
  }
}

/** Replaces the .gmrc placeholders the way graphile-migrate does. */
export function fillPlaceholders(sql: string, values: Record<string, string>): string {
  const keys = Object.keys(values).sort((a, b) => b.length - a.length);
  return sql.replace(new RegExp(`(${keys.map((k) => k.replace(/[$]/g, "\\$")).join("|")})\\b`, "g"), (key) =>
    ident(values[key] ?? key),
  );
}

export async function bootstrapDatabase(options: BootstrapOptions): Promise<void> {
  const { roles } = options;
  const root = new pg.Client({ connectionString: options.rootUrl });
  await root.connect();
  try {
    // Role creation races between parallel processes; serialise on an advisory lock.
    await root.query("select pg_advisory_lock(7463001)");
    try {
      await ensureLoginRole(root, roles.owner, options.ownerPassword, "");
      // noinherit: the authenticator can do nothing itself, only SET ROLE to a visitor.
      await ensureLoginRole(root, roles.authenticator, options.authenticatorPassword, "noinherit");
      for (const name of Object.values(roles.visitors)) await ensureNologinRole(root, name);
      const v = roles.visitors;
      // Each role has the rights of the one before it: api_client < analyst < steward < admin.
      await root.query(`grant ${ident(v.api_client)} to ${ident(v.analyst)}`);
      await root.query(`grant ${ident(v.analyst)} to ${ident(v.steward)}`);
      await root.query(`grant ${ident(v.steward)} to ${ident(v.admin)}`);
      for (const name of Object.values(v)) {
        await root.query(`grant ${ident(name)} to ${ident(roles.authenticator)}`);
      }
      const { rowCount } = await root.query("select 1 from pg_database where datname = $1", [options.databaseName]);
      if (!rowCount) {
        await root.query(
          `create database ${ident(options.databaseName)} owner ${ident(roles.owner)} encoding 'UTF8' template template0`,
        );
      }
    } finally {
      await root.query("select pg_advisory_unlock(7463001)");
    }
  } finally {
    await root.end();
  }

  const afterReset = await readFile(join(migrationsDir, "afterReset.sql"), "utf8");
  const sql = fillPlaceholders(afterReset, {
    ":DATABASE_NAME": options.databaseName,
    ":DATABASE_OWNER": roles.owner,
    ":DATABASE_AUTHENTICATOR": roles.authenticator,
    ":ROLE_STEWARD": roles.visitors.steward,
  });
  const db = new pg.Client({ connectionString: withDatabase(options.rootUrl, options.databaseName) });
  await db.connect();
  try {
    await db.query(sql);
  } finally {
    await db.end();
  }
}

export { withDatabase };
