// Answers checked reconciliation queries with the registry's one matcher:
// every name and identifier value goes through app_public.search_employers
// (what searchEmployers and `ops match` run), all of them in one statement,
// as the caller, so role rules are the search's own (API tokens: public names
// of active employers only).
import type pg from "pg";
import type { ParsedQuery } from "./parse-request.ts";
import { searchTexts } from "./parse-request.ts";
import { EMPLOYER_TYPE } from "./vocabulary.ts";

interface SearchRow {
  ord: number;
  employer_id: string;
  employer_name: string;
  score: number;
  band: "auto" | "review" | "new";
  method: "identifier" | "exact" | "fuzzy";
  matched_name: string;
  matched_kind: string;
  explanation: string;
  rank: number;
}

export interface Feature {
  id: string;
  value: number | boolean;
}

export interface Candidate {
  id: string;
  name: string;
  /** 0-100: the registry's score (0-1) scaled, as 0.2 clients expect. */
  score: number;
  /** True only for the registry's auto band: no person needs to look. */
  match: boolean;
  type: Array<{ id: string; name: string }>;
  description: string;
  features: Feature[];
}

export type ReconcileAnswer = Record<string, { result: Candidate[] }>;

async function runSearches(client: pg.PoolClient, texts: string[]): Promise<Map<string, SearchRow[]>> {
  const byText = new Map<string, SearchRow[]>(texts.map((t) => [t, []]));
  if (texts.length === 0) return byText;
  const { rows } = await client.query<SearchRow>(
    `select s.ord::int as ord, m.employer_id::text as employer_id, e.name as employer_name, m.score, m.band::text as band,
            m.method::text as method, m.matched_name, m.matched_kind, m.explanation, m.rank
     from unnest($1::text[]) with ordinality as s(q, ord)
     cross join lateral app_public.search_employers(s.q) m
     join app_public.employers e on e.id = m.employer_id
     order by s.ord, m.rank`,
    [texts],
  );
  for (const row of rows) byText.get(texts[row.ord - 1]!)!.push(row);
  return byText;
}

interface Pair {
  query: number;
  employerId: string;
}

/** Which (query, candidate) pairs have a trading name the candidate carries (a current name the caller may see). */
async function tradingNameEvidence(
  client: pg.PoolClient,
  queries: readonly ParsedQuery[],
  pairs: Pair[],
): Promise<Set<string>> {
  const ords: number[] = [];
  const employers: string[] = [];
  const names: string[] = [];
  for (const pair of pairs) {
    for (const name of queries[pair.query]!.tradingNames) {
      ords.push(pair.query);
      employers.push(pair.employerId);
      names.push(name);
    }
  }
  if (ords.length === 0) return new Set();
  const { rows } = await client.query<{ ord: number; employer_id: string }>(
    `select distinct t.ord, t.employer_id::text as employer_id
     from unnest($1::int[], $2::bigint[], $3::text[]) as t(ord, employer_id, name)
     where app_hidden.name_compare_form(t.name) in (
       select a.compare_form from app_public.aliases a
       where a.employer_id = t.employer_id and (a.valid_to is null or a.valid_to >= current_date)
       union all
       select e.compare_name from app_public.employers e where e.id = t.employer_id)`,
    [ords, employers, names],
  );
  return new Set(rows.map((r) => `${r.ord}:${r.employer_id}`));
}

/**
 * Which pairs have feed rows (imports) naming the query's state or postcode.
 * Feed rows are staff data: for a role the database refuses them to (API
 * tokens), there is no such evidence, and the savepoint keeps the batch going.
 */
async function feedEvidence(
  client: pg.PoolClient,
  queries: readonly ParsedQuery[],
  pairs: Pair[],
): Promise<{ state: Set<string>; postcode: Set<string>; visible: boolean }> {
  const state = new Set<string>();
  const postcode = new Set<string>();
  const wanted = pairs.filter((p) => queries[p.query]!.states.length > 0 || queries[p.query]!.postcodes.length > 0);
  if (wanted.length === 0) return { state, postcode, visible: true };
  await client.query("savepoint feed_evidence");
  try {
    const { rows } = await client.query<{ ord: number; employer_id: string; state: boolean; postcode: boolean }>(
      `select t.ord, t.employer_id::text as employer_id,
              exists (select 1 from app_public.import_rows r
                      where r.employer_id = t.employer_id and upper(btrim(r.state)) = any (t.states)) as state,
              exists (select 1 from app_public.import_rows r
                      where r.employer_id = t.employer_id and btrim(r.postcode) = any (t.postcodes)) as postcode
       from jsonb_to_recordset($1::jsonb) as t(ord int, employer_id bigint, states text[], postcodes text[])`,
      [
        JSON.stringify(
          wanted.map((p) => ({
            ord: p.query,
            employer_id: p.employerId,
            states: queries[p.query]!.states,
            postcodes: queries[p.query]!.postcodes,
          })),
        ),
      ],
    );
    await client.query("release savepoint feed_evidence");
    for (const row of rows) {
      if (row.state) state.add(`${row.ord}:${row.employer_id}`);
      if (row.postcode) postcode.add(`${row.ord}:${row.employer_id}`);
    }
    return { state, postcode, visible: true };
  } catch (error) {
    if ((error as { code?: string }).code !== "42501") throw error;
    await client.query("rollback to savepoint feed_evidence");
    return { state, postcode, visible: false };
  }
}

function scaled(score: number): number {
  return Math.round(score * 10000) / 100;
}

export async function reconcileQueries(
  client: pg.PoolClient,
  queries: readonly ParsedQuery[],
): Promise<ReconcileAnswer> {
  const searches = await runSearches(client, searchTexts(queries));

  // Per query: its candidates before evidence, as (employer, search row, identifier schemes that found it).
  const drafts = queries.map((q) => {
    const byName = searches.get(q.query)!;
    const byIdentifier = new Map<string, { row: SearchRow; schemes: string[] }>();
    for (const identifier of q.identifiers) {
      for (const row of searches.get(identifier.value)!) {
        if (row.method !== "identifier" || row.matched_kind !== identifier.pid) continue;
        const seen = byIdentifier.get(row.employer_id);
        if (seen) {
          if (!seen.schemes.includes(identifier.pid)) seen.schemes.push(identifier.pid);
        } else byIdentifier.set(row.employer_id, { row, schemes: [identifier.pid] });
      }
    }
    return { q, byName, byIdentifier };
  });

  const pairs: Pair[] = [];
  drafts.forEach((d, i) => {
    const ids =
      d.byIdentifier.size > 0 ? [...d.byIdentifier.keys()] : d.byName.slice(0, d.q.limit).map((r) => r.employer_id);
    for (const employerId of ids) pairs.push({ query: i, employerId });
  });
  const trading = await tradingNameEvidence(client, queries, pairs);
  const feed = await feedEvidence(client, queries, pairs);

  const answer: ReconcileAnswer = {};
  drafts.forEach((d, i) => {
    const evidence = (employerId: string): { features: Feature[]; notes: string[] } => {
      const features: Feature[] = [];
      const notes: string[] = [];
      const key = `${i}:${employerId}`;
      if (d.q.tradingNames.length > 0) {
        features.push({ id: "trading_name", value: trading.has(key) });
        if (trading.has(key)) notes.push("the trading name is one of its names");
      }
      if (d.q.states.length > 0 && feed.visible) {
        features.push({ id: "state", value: feed.state.has(key) });
        if (feed.state.has(key)) notes.push("feed rows name the same state");
      }
      if (d.q.postcodes.length > 0 && feed.visible) {
        features.push({ id: "postcode", value: feed.postcode.has(key) });
        if (feed.postcode.has(key)) notes.push("feed rows name the same postcode");
      }
      return { features, notes };
    };

    let result: Candidate[];
    if (d.byIdentifier.size > 0) {
      // An identifier settles the query. It is certain only when one employer
      // answers to every identifier given and the name does not clearly belong
      // to another one (a contradiction is for a person, never auto).
      const nameTop = d.byName[0];
      const single = d.byIdentifier.size === 1;
      result = [...d.byIdentifier.entries()].map(([employerId, found]) => {
        const byName = d.byName.find((r) => r.employer_id === employerId);
        const contradicted = nameTop !== undefined && nameTop.employer_id !== employerId && nameTop.band === "auto";
        const { features, notes } = evidence(employerId);
        const reasons = [`Identifier: ${found.schemes.map((s) => `${s} ${found.row.matched_name}`).join(", ")}`];
        if (byName) reasons.push(`name: ${byName.explanation}`);
        if (!single) reasons.push("other employers answer to the identifiers given: a person decides");
        if (contradicted) reasons.push(`the name is employer #${nameTop.employer_id}'s ("${nameTop.employer_name}")`);
        return {
          id: employerId,
          name: found.row.employer_name,
          score: 100,
          match: single && !contradicted,
          type: [EMPLOYER_TYPE],
          description: [...reasons, ...notes].join("; "),
          features: [
            { id: "identifier", value: true },
            { id: "name_score", value: byName ? scaled(byName.score) : 0 },
            { id: "name_contradicts", value: contradicted },
            ...features,
          ],
        };
      });
    } else {
      result = d.byName.slice(0, d.q.limit).map((row) => {
        const { features, notes } = evidence(row.employer_id);
        return {
          id: row.employer_id,
          name: row.employer_name,
          score: scaled(row.score),
          match: row.band === "auto",
          type: [EMPLOYER_TYPE],
          description: [`${row.band} (${row.method}): ${row.explanation}`, ...notes].join("; "),
          features: [
            { id: "name_score", value: scaled(row.score) },
            { id: "auto", value: row.band === "auto" },
            { id: "exact", value: row.method === "exact" },
            { id: "identifier_query", value: row.method === "identifier" },
            ...features,
          ],
        };
      });
    }
    answer[d.q.key] = { result };
  });
  return answer;
}
