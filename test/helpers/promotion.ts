// Registry fixtures for the promotion tests, written as the owner (no
// steward needed to set the scene): employers, aliases with a source, feed
// occurrences, and the queue items of one employer.
import type pg from "pg";

type Queryable = Pick<pg.Pool, "query"> | Pick<pg.PoolClient, "query">;

export interface AliasSpec {
  name: string;
  kind?: string;
  source?: string;
}

export interface Fixture {
  employerId: string;
  aliasIds: Record<string, string>;
}

/** An employer with aliases (by name -> id). */
export async function employerWith(db: Queryable, name: string, aliases: AliasSpec[] = []): Promise<Fixture> {
  const { rows } = await db.query<{ id: string }>("select id::text from app_public.register_employer($1)", [name]);
  const employerId = rows[0]!.id;
  const aliasIds: Record<string, string> = {};
  for (const alias of aliases) {
    const added = await db.query<{ id: string }>(
      `select id::text from app_public.add_alias($1, $2, $3::app_public.alias_kind, null, null, null, $4)`,
      [employerId, alias.name, alias.kind ?? "other", alias.source ?? "manual"],
    );
    aliasIds[alias.name] = added.rows[0]!.id;
  }
  return { employerId, aliasIds };
}

/** What an import records: feed rows and projects that carried a name. */
export async function seenInFeed(
  db: Queryable,
  name: string,
  rows: number,
  options: { source?: string; projects?: number; firstSeen?: string; lastSeen?: string } = {},
): Promise<void> {
  await db.query(
    `select app_hidden.record_name_occurrences($1, $2, $3, $4, coalesce($5::timestamptz, now()), coalesce($6::timestamptz, now()))`,
    [name, options.source ?? "bci", rows, options.projects ?? 0, options.firstSeen ?? null, options.lastSeen ?? null],
  );
}

export interface QueueItem {
  employer_id: string;
  alias_id: string | null;
  candidate_name: string | null;
  rules: string[];
  score: string;
  impact: string;
  priority: string;
  candidate_rows: string;
  candidate_projects: string;
  canonical_rows: string;
  first_seen_at: Date | null;
  last_seen_at: Date | null;
  sources: Array<Record<string, unknown>>;
  conflicts: Array<Record<string, unknown>>;
  status: string;
  claimed_by: string | null;
  claimed_by_username: string | null;
  evidence: Record<string, unknown>;
}

/** The employer's items in the queue, in queue order. */
export async function queueItemsOf(db: Queryable, employerId: string): Promise<QueueItem[]> {
  const { rows } = await db.query<QueueItem>(
    `select employer_id::text, alias_id::text, candidate_name, rules, score::text, impact::text, priority::text,
            candidate_rows::text, candidate_projects::text, canonical_rows::text, first_seen_at, last_seen_at,
            sources, conflicts, status, claimed_by::text, claimed_by_username, evidence
     from app_public.canonical_promotion_queue() where employer_id = $1`,
    [employerId],
  );
  return rows;
}

/** Every candidate of the employer, queued or not, with its state. */
export async function candidatesOf(db: Queryable, employerId: string): Promise<QueueItem[]> {
  const { rows } = await db.query<QueueItem>(
    `select employer_id::text, alias_id::text, candidate_name, rules, status, score::text
     from app_public.promotion_candidates_for_employer($1)`,
    [employerId],
  );
  return rows;
}
