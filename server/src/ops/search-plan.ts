// The alias search's query plan, checked: `ops verify` EXPLAINs each candidate
// query of app_public.search_employers (the statements that look names and
// words up before anything is scored) with a representative input, and
// fails when the plan does not use the index that statement was written for.
// A dropped or broken index then shows as "index not used" next to the
// manifest's "index missing", before searches get slow in production.
//
// The statements copy the lookups of app_hidden.match_employers (by_identifier,
// exact_names, similar_tokens, query_tokens, probe_hits, candidates,
// initials_candidates). When a migration changes those lookups or their
// indexes, change SEARCH_PLAN_PROBES with it (the verify test fails until
// the two agree). The trigram probe stays while its index does: a typo's
// neighbours come from search_token_deletes now, and the trigram index can go
// in a later release, with its probe.
import type pg from "pg";
import type { ManifestProblem } from "./db-manifest.ts";

export interface SearchPlanProbe {
  /** Which step of search_employers this lookup is. */
  step: string;
  /** The index the step relies on ("schema.index", as in migrations/manifest.json). */
  index: string;
  /** The lookup, with representative literal input (a custom plan: parameters would hide the selectivity). */
  sql: string;
  /**
   * A GIN index is only ever read through a bitmap scan. On a small table the planner would rather walk a
   * whole unrelated btree (an index scan with the condition as a filter) than build a bitmap, so for these
   * probes plain index scans are priced out too: what is left is a bitmap scan on an index that fits.
   */
  bitmap?: boolean;
}

// Representative input: "Acme Constructoins P/L" (a typo and a legal form) as the normaliser turns it into
// compare form, base form and words, and an ABN-shaped identifier.
export const SEARCH_PLAN_PROBES: readonly SearchPlanProbe[] = [
  {
    step: "by_identifier: the query is an identifier",
    index: "app_public.employer_identifiers_value_idx",
    sql: `select i.employer_id from app_public.employer_identifiers i
           where i.value in ('51824753556', '51 824 753 556')`,
  },
  // The exact names of one form are read from the top of the (form, employer_id) indexes, at most
  // max_candidates + 1 of them, so a form shared by thousands of names ("GC") costs no more than a rare one.
  {
    step: "by_exact: same compare form, lowest employers first",
    index: "app_private.search_names_compare_employer_idx",
    sql: `select n.id from app_private.search_names n
           where n.compare_form = app_hidden.name_compare_form('Acme Constructoins P/L')
           order by n.employer_id limit 101`,
  },
  {
    step: "by_exact: same name apart from legal form, lowest employers first",
    index: "app_private.search_names_base_employer_idx",
    sql: `select n.id from app_private.search_names n
           where n.base_form = app_hidden.name_base_form('Acme Constructoins P/L')
           order by n.employer_id limit 101`,
  },
  {
    step: "by_exact: same letters apart from spacing",
    index: "app_private.search_names_squashed_idx",
    sql: `select n.employer_id from app_private.search_names n where n.squashed = 'acmeconstructoins'`,
  },
  {
    step: "query_tokens: how common each query word is",
    index: "app_private.search_tokens_pkey",
    sql: `select st.token, st.name_count from app_private.search_tokens st
           where st.token = any (array['acme', 'constructoins'])`,
  },
  {
    step: "similar_tokens: trigram neighbours of a misspelt word",
    index: "app_private.search_tokens_trgm_idx",
    bitmap: true,
    sql: `select t.token from app_private.search_tokens t
           where t.token operator(public.%) 'constructoins' limit 4`,
  },
  {
    step: "similar_tokens: known words sharing a deletion with a misspelt word",
    index: "app_private.search_token_deletes_pkey",
    sql: `select d.token from app_private.search_token_deletes d
           where d.variant = any (array['constructoins', 'onstructoins', 'cnstructoins'])`,
  },
  {
    step: "similar_tokens: words with the same first two letters",
    index: "app_private.search_tokens_prefix_idx",
    sql: `select t.token from app_private.search_tokens t
           where t.token collate "C" >= 'co' collate "C" and t.token collate "C" < 'cp' collate "C" limit 8`,
  },
  {
    step: "probe_hits: the postings of a probe word, from the index alone",
    index: "app_private.search_postings_pkey",
    sql: `select p.name_id, p.name_words, p.signature from app_private.search_postings p where p.token = 'acme'`,
  },
  {
    step: "candidates: names holding a probe word",
    index: "app_private.search_names_tokens_idx",
    bitmap: true,
    sql: `select n.id from app_private.search_names n where n.tokens && array['acme', 'constructions'] limit 400`,
  },
  {
    step: "initials_candidates: the query is a name's initials",
    index: "app_private.search_names_initials_idx",
    sql: `select n.id from app_private.search_names n where n.initials = 'ac' limit 200`,
  },
];

/** The plan results that fail verify, as manifest problems ("index not used", or the statement failed). */
export function searchPlanProblems(results: SearchPlanResult[]): ManifestProblem[] {
  return results
    .filter((r) => !r.ok)
    .map((r) => ({
      kind: "search plan" as const,
      name: r.step,
      problem: "index not used" as const,
      expected: r.index,
      actual: r.error ? `cannot plan: ${r.error}` : r.used.length ? `uses ${r.used.join(", ")}` : "uses no index",
    }));
}

export interface SearchPlanResult {
  step: string;
  index: string;
  /** Every index the plan reads, "schema.index". */
  used: string[];
  ok: boolean;
  /** Set when the statement could not be planned (a missing table or function). */
  error?: string;
}

interface PlanNode {
  "Node Type"?: string;
  "Index Name"?: string;
  Schema?: string;
  Plans?: PlanNode[];
}

/** The indexes a JSON plan reads (Index Scan, Index Only Scan, Bitmap Index Scan), schema-qualified. */
export function indexesInPlan(plan: PlanNode, schemaOf: (index: string) => string | undefined): string[] {
  const found = new Set<string>();
  const visit = (node: PlanNode) => {
    const name = node["Index Name"];
    if (name) found.add(name.includes(".") ? name : `${schemaOf(name) ?? "?"}.${name}`);
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(plan);
  return [...found].sort();
}

/**
 * EXPLAINs each probe and says whether its intended index is used. Runs in a
 * transaction that is rolled back, with `enable_seqscan = off` for this
 * transaction only: on a small registry (staging, a fresh deployment, the
 * tests) the planner rightly reads a few pages sequentially instead of any
 * index, which would hide nothing and prove nothing. With sequential scans
 * priced out, the planner still picks among the indexes that exist and fit,
 * so the check answers the question that matters at scale: is the intended
 * index there, valid, and usable by this statement?
 */
export async function checkSearchPlans(
  client: pg.ClientBase,
  probes: readonly SearchPlanProbe[] = SEARCH_PLAN_PROBES,
): Promise<SearchPlanResult[]> {
  const results: SearchPlanResult[] = [];
  await client.query("begin");
  try {
    await client.query("set local enable_seqscan = off");
    // The trigram operator's threshold as search_employers sets it.
    await client.query("select set_config('pg_trgm.similarity_threshold', '0.55', true)");
    const { rows: indexRows } = await client.query<{ schema: string; name: string }>(
      `select schemaname as schema, indexname as name from pg_indexes
        where schemaname in ('app_public', 'app_hidden', 'app_private')`,
    );
    const schemaOf = new Map(indexRows.map((r) => [r.name, r.schema]));
    for (const probe of probes) {
      // Each probe in a savepoint that is rolled back: its settings end with it.
      await client.query("savepoint probe");
      try {
        if (probe.bitmap) await client.query("set local enable_indexscan = off; set local enable_indexonlyscan = off");
        const { rows } = await client.query<{ "QUERY PLAN": Array<{ Plan: PlanNode }> }>(
          `explain (format json) ${probe.sql}`,
        );
        const used = indexesInPlan(rows[0]!["QUERY PLAN"][0]!.Plan, (name) => schemaOf.get(name));
        results.push({ step: probe.step, index: probe.index, used, ok: used.includes(probe.index) });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results.push({ step: probe.step, index: probe.index, used: [], ok: false, error: message });
      } finally {
        await client.query("rollback to savepoint probe");
      }
    }
  } finally {
    await client.query("rollback");
  }
  return results;
}
