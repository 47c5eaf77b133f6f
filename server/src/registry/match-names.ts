// The batch match behind `npm run ops -- match FILE`: each line of the input
// is a name; each answer is one JSON line with up to five matches, from
// app_public.search_employers, the very function GraphQL's searchEmployers runs.
import type { Pool } from "pg";

export interface NameMatch {
  ref: string | null;
  employer_id: string;
  name: string;
  score: number;
  band: string;
  method: string;
  /** The name that matched (an alias, a former name, an identifier's value), its kind, and why. */
  matched_name: string;
  matched_kind: string;
  explanation: string;
}

export interface MatchResult {
  query: string;
  matches: NameMatch[];
  error?: string;
}

export async function matchName(pool: Pool, query: string, limit = 5): Promise<MatchResult> {
  try {
    const { rows } = await pool.query<NameMatch>(
      `select (select i.value from app_public.employer_identifiers i
               where i.employer_id = m.employer_id and i.scheme = 'ref' order by i.id limit 1) as ref,
              m.employer_id::text as employer_id, e.name, m.score, m.band::text as band, m.method::text as method,
              m.matched_name, m.matched_kind, m.explanation
       from app_public.search_employers($1) m
       join app_public.employers e on e.id = m.employer_id
       order by m.rank
       limit $2`,
      [query, limit],
    );
    return { query, matches: rows };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "BADQY" || code === "22021") return { query, matches: [], error: (error as Error).message };
    throw error;
  }
}

/**
 * Matches many names with a few queries in flight, yielding results in input
 * order. An input that is already a result (a line the caller could not read)
 * passes through in its place.
 */
export async function* matchNames(
  pool: Pool,
  names: AsyncIterable<string | MatchResult> | Iterable<string | MatchResult>,
  concurrency = 4,
): AsyncGenerator<MatchResult> {
  const pending: Array<Promise<MatchResult>> = [];
  for await (const name of names) {
    const result = typeof name === "string" ? matchName(pool, name) : Promise.resolve(name);
    // Handled when its turn comes; until then a failure must not count as unhandled.
    result.catch(() => undefined);
    pending.push(result);
    if (pending.length >= concurrency) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
