// The matcher's plans are kept (force_generic_plan) and chosen from the
// table's statistics, so a registry's size decides them. At 1M names every
// look-up is an index probe; on a registry of 20,000 employers the planner
// once hashed the query's joined spellings and the fuzzy stage's answers
// against a sequential scan of every name and every employer: ~50 ms a search,
// most of an import's matching time. These pin that a fuzzy search reads the
// large tables by index only, whatever the registry's size.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;

const TRADES = ["Constructions", "Plumbing", "Electrical", "Concreting", "Roofing", "Insulation", "Demolition"];

beforeAll(async () => {
  db = await createTestDatabase();
  // 20,000 employers with made-up first words (the first is "Ckcakijo Plumbing Pty Ltd"), as the import benchmark's registry.
  await db.ownerPool.query(
    `insert into app_public.employers (name)
     select initcap(translate(substr(md5(i::text), 1, 8), '0123456789', 'ghijklmnop')) || ' '
            || ($1::text[])[1 + i % cardinality($1::text[])] || ' Pty Ltd'
     from generate_series(1, 20000) i`,
    [TRADES],
  );
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  for (const table of ["app_private.search_names", "app_private.search_postings", "app_public.employers"])
    await db.ownerPool.query(`analyze ${table}`);
}, 240_000);
afterAll(() => db.drop());

/**
 * Sequential scans of the large tables during one search: the backend's own
 * counters (pg_stat_xact_user_tables) before and after it. The counters are
 * read before as well because they hold what this connection has not yet
 * reported, earlier transactions included.
 */
async function sequentialScans(query: string): Promise<Record<string, number>> {
  const client = await db.ownerPool.connect();
  const counts = async () =>
    (
      await client.query<{ counts: Record<string, number> }>(
        `select jsonb_object_agg(t.relname, coalesce(s.seq_scan, 0)) as counts
         from unnest(array['search_names', 'search_postings', 'employers', 'aliases', 'search_token_deletes']) t(relname)
         left join pg_stat_xact_user_tables s on s.relname = t.relname`,
      )
    ).rows[0]!.counts;
  try {
    await client.query("begin");
    const before = await counts();
    const { rows: found } = await client.query("select * from app_hidden.match_employers($1)", [query]);
    expect(found.length).toBeGreaterThan(0);
    const after = await counts();
    return Object.fromEntries(Object.keys(after).map((table) => [table, after[table]! - before[table]!]));
  } finally {
    await client.query("rollback");
    client.release();
  }
}

describe("a fuzzy search on a registry of 20,000 employers", () => {
  it.each([
    ["an unknown word and a common one", "Trirdruish Constructions P/L"],
    ["a misspelt first word", "Kbgdaiox Plumbing Pty Ltd"],
    ["a registered name's words and one more", "Ckcakijo Plumbing Services"],
    ["a registered name written as one word", "Ckcakijoplumbing Pty Ltd"],
    ["three words and their initials", "Qorvane Lestry Demolition"],
  ])("%s ('%s') reads no large table by a sequential scan", async (_shape, query) => {
    const scans = await sequentialScans(query);
    expect(scans).toEqual({ search_names: 0, search_postings: 0, employers: 0, aliases: 0, search_token_deletes: 0 });
  });
});
