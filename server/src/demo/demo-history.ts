// A year of history for the demo (demo-history.sql): weekly imports, decisions
// by several stewards, merges, distinctions, pending items resolved and open.
// Generated once, at the first start, in one transaction; a later start finds
// the weekly batches and adds nothing.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Pool } from "pg";

const HISTORY_SQL = new URL("./demo-history.sql", import.meta.url);
const BACKLOG_HISTORY_SQL = new URL("./demo-backlog-history.sql", import.meta.url);

/** Stewards whose decisions fill the history; they have no demo login (their passwords are random). */
export const historyStewards: ReadonlyArray<{ username: string; displayName: string }> = [
  { username: "priya", displayName: "Priya Patel" },
  { username: "tom", displayName: "Tom Nguyen" },
  { username: "grace", displayName: "Grace Okafor" },
];

/** True when the history was generated now, false when it was there already. */
export async function loadDemoHistory(ownerPool: Pool): Promise<boolean> {
  const { rows: done } = await ownerPool.query<{ done: boolean }>(
    "select exists (select 1 from app_public.import_batches where file_name like 'bci-weekly-%') as done",
  );
  if (done[0]!.done) return false;
  const sql = await readFile(HISTORY_SQL, "utf8");
  const client = await ownerPool.connect();
  try {
    await client.query("begin");
    for (const steward of historyStewards) {
      await client.query(
        `select app_public.add_user($1, $2, 'steward', $3)
         where not exists (select 1 from app_public.users where username = $1::citext)`,
        [steward.username, steward.displayName, randomBytes(18).toString("base64url")],
      );
    }
    const { rows } = await client.query<{ ids: string }>(
      `select string_agg(id::text, ',' order by id) as ids from app_public.users
       where username = any ($1::citext[]) and role = 'steward'`,
      [["steward", ...historyStewards.map((s) => s.username)]],
    );
    // The history ends today (UTC, the analytics' days).
    await client.query(
      "select set_config('demo.stewards', $1, true), set_config('demo.today', (now() at time zone 'utc')::date::text, true)",
      [rows[0]!.ids],
    );
    await client.query(sql);
    await client.query("commit");
    return true;
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The backlog chart's past days, reconstructed from the generated history (demo-backlog-history.sql). Run after
 * the promotion queue and today's analytics are computed; a day that has a snapshot already keeps it.
 */
export async function loadDemoBacklogHistory(ownerPool: Pool): Promise<void> {
  await ownerPool.query(await readFile(BACKLOG_HISTORY_SQL, "utf8"));
}
