// `ops snapshot`: a whole-database copy on the same server (CREATE DATABASE …
// TEMPLATE …), the fast way back from a bad migration. Copying needs the
// source to have no other sessions, so the caller chooses: refuse, or end them.
// Restoring renames the live database aside and copies the snapshot into its
// name, so the snapshot stays usable and the replaced database can be examined.
import pg from "pg";

const ident = (name: string) => pg.Client.prototype.escapeIdentifier(name);
const SNAPSHOT_MARK = "__snap_";
const REPLACED_MARK = "__replaced_";

export class SnapshotError extends Error {}

export interface SnapshotInfo {
  name: string;
  bytes: number;
  comment: string | null;
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:T]/g, "")
    .replace(/\.\d+Z$/, "");
}

/** Names must fit PostgreSQL's 63 bytes: long database names are cut, the time stamp kept. */
function derivedName(database: string, mark: string, now: Date): string {
  const suffix = `${mark}${stamp(now)}`;
  return `${database.slice(0, 63 - suffix.length)}${suffix}`;
}

/** A superuser session on the maintenance database: never on the one being copied or replaced. */
async function withAdmin<T>(rootUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(rootUrl);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function otherSessions(client: pg.Client, database: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    "select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
    [database],
  );
  return rows[0]!.n;
}

/**
 * Stops new sessions from starting on the database and ends the current ones,
 * returning how many were ended. Connecting is allowed again by the caller.
 */
async function clearSessions(client: pg.Client, database: string): Promise<number> {
  await client.query(`alter database ${ident(database)} with allow_connections false`);
  const { rows } = await client.query<{ n: number }>(
    `select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
      where datname = $1 and pid <> pg_backend_pid()`,
    [database],
  );
  // pg_terminate_backend only signals; wait (briefly) until the sessions are gone.
  for (let i = 0; i < 50 && (await otherSessions(client, database)) > 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return rows[0]!.n;
}

/**
 * Database-level grants are not copied by CREATE DATABASE … TEMPLATE: the copy starts with PostgreSQL's
 * defaults (PUBLIC may connect and create temporary tables), which migrations/afterReset.sql revokes. So the
 * copy's grants are made the same as the source's, PUBLIC included: everything revoked, then each of the
 * source's privileges granted (`ops verify` compares them with the manifest).
 */
async function copyDatabaseGrants(client: pg.Client, from: string, to: string): Promise<void> {
  const { rows } = await client.query<{ grantee: string | null; privilege: string }>(
    `select case when acl.grantee = 0 then null else pg_get_userbyid(acl.grantee) end as grantee,
            acl.privilege_type as privilege
       from pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) acl
      where d.datname = $1`,
    [from],
  );
  await client.query(`revoke all on database ${ident(to)} from public`);
  for (const { grantee, privilege } of rows) {
    await client.query(
      `grant ${privilege} on database ${ident(to)} to ${grantee === null ? "public" : ident(grantee)}`,
    );
  }
}

async function ownerOf(client: pg.Client, database: string): Promise<string> {
  const { rows } = await client.query<{ owner: string }>(
    "select pg_get_userbyid(datdba) as owner from pg_database where datname = $1",
    [database],
  );
  if (!rows[0]) throw new SnapshotError(`database ${database} does not exist`);
  return rows[0].owner;
}

async function copyDatabase(client: pg.Client, from: string, to: string, comment: string): Promise<void> {
  const owner = await ownerOf(client, from);
  await client.query(`create database ${ident(to)} template ${ident(from)} owner ${ident(owner)}`);
  await copyDatabaseGrants(client, from, to);
  await client.query(`comment on database ${ident(to)} is ${client.escapeLiteral(comment)}`);
}

/**
 * Copies `database` to `<database>__snap_<UTC time>`. With terminate=false it
 * refuses while other sessions are connected (stop the app first); with
 * terminate=true it ends them (they reconnect afterwards).
 */
export async function createSnapshot(options: {
  rootUrl: string;
  database: string;
  terminate: boolean;
  now?: Date;
}): Promise<{ name: string; bytes: number; endedSessions: number; seconds: number }> {
  const began = Date.now();
  const name = derivedName(options.database, SNAPSHOT_MARK, options.now ?? new Date());
  return withAdmin(options.rootUrl, async (client) => {
    await ownerOf(client, options.database);
    let ended = 0;
    if (!options.terminate) {
      const sessions = await otherSessions(client, options.database);
      if (sessions > 0) {
        throw new SnapshotError(
          `${sessions} other session(s) are connected to ${options.database}; stop the server first or pass --terminate to end them`,
        );
      }
    } else {
      ended = await clearSessions(client, options.database);
    }
    try {
      await copyDatabase(
        client,
        options.database,
        name,
        `snapshot of ${options.database} taken ${new Date().toISOString()}`,
      );
    } finally {
      if (options.terminate)
        await client.query(`alter database ${ident(options.database)} with allow_connections true`);
    }
    const { rows } = await client.query<{ bytes: string }>("select pg_database_size($1) as bytes", [name]);
    return { name, bytes: Number(rows[0]!.bytes), endedSessions: ended, seconds: (Date.now() - began) / 1000 };
  });
}

export async function listSnapshots(options: { rootUrl: string; database: string }): Promise<SnapshotInfo[]> {
  return withAdmin(options.rootUrl, async (client) => {
    const { rows } = await client.query<{ name: string; bytes: string; comment: string | null }>(
      `select datname as name, pg_database_size(oid) as bytes, shobj_description(oid, 'pg_database') as comment
         from pg_database where starts_with(datname, $1) order by datname`,
      [`${options.database.slice(0, 63 - SNAPSHOT_MARK.length - 14)}${SNAPSHOT_MARK}`],
    );
    return rows.map((row) => ({ name: row.name, bytes: Number(row.bytes), comment: row.comment }));
  });
}

/**
 * Puts a snapshot back: ends every session on `database`, renames it to
 * `<database>__replaced_<UTC time>` (kept for examination; drop it when done)
 * and copies the snapshot into `database`. The snapshot itself is untouched.
 */
export async function restoreSnapshot(options: {
  rootUrl: string;
  database: string;
  snapshot: string;
  now?: Date;
}): Promise<{ replacedBy: string; keptAs: string; endedSessions: number; seconds: number }> {
  const began = Date.now();
  const snapshots = await listSnapshots(options);
  if (!snapshots.some((s) => s.name === options.snapshot)) {
    throw new SnapshotError(`${options.snapshot} is not a snapshot of ${options.database}`);
  }
  const keptAs = derivedName(options.database, REPLACED_MARK, options.now ?? new Date());
  return withAdmin(options.rootUrl, async (client) => {
    const ended = await clearSessions(client, options.database);
    await client.query(`alter database ${ident(options.database)} rename to ${ident(keptAs)}`);
    try {
      await copyDatabase(client, options.snapshot, options.database, `restored from ${options.snapshot}`);
      await copyDatabaseGrants(client, keptAs, options.database);
    } catch (error) {
      // Put the live database back under its name rather than leave nothing there.
      await client.query(`drop database if exists ${ident(options.database)}`).catch(() => undefined);
      await client.query(`alter database ${ident(keptAs)} rename to ${ident(options.database)}`);
      throw error;
    } finally {
      await client.query(`alter database ${ident(keptAs)} with allow_connections true`).catch(() => undefined);
      await client
        .query(`alter database ${ident(options.database)} with allow_connections true`)
        .catch(() => undefined);
    }
    return { replacedBy: options.snapshot, keptAs, endedSessions: ended, seconds: (Date.now() - began) / 1000 };
  });
}

export async function dropSnapshot(options: { rootUrl: string; database: string; snapshot: string }): Promise<void> {
  const snapshots = await listSnapshots(options);
  if (!snapshots.some((s) => s.name === options.snapshot)) {
    throw new SnapshotError(`${options.snapshot} is not a snapshot of ${options.database}`);
  }
  await withAdmin(options.rootUrl, (client) => client.query(`drop database ${ident(options.snapshot)} with (force)`));
}
