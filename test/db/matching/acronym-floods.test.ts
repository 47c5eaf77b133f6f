// An acronym many names share ("FC" at 1M: hundreds of names) is a flood for
// the initials look-ups: every name of it scores the same, and only
// max_results answers can be given. The look-ups read that many names, the
// lowest employer ids first (the answers' order among equal scores), so the
// answers are the same as reading them all, and the cost does not grow with
// the acronym's share of the registry.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { searchAsApiClient } from "./match-search.ts";

let db: TestDatabase;
let acronymIds: string[];
const SHARED = 121; // 61 names "QZW", 60 "QZW Systems": many times max_results (20)

beforeAll(async () => {
  db = await createTestDatabase();
  // Employers named "QZW" (as distinct organisations sharing an acronym are), and "QZW Systems".
  const { rows } = await db.ownerPool.query<{ id: string }>(
    `insert into app_public.employers (name)
     select case when i % 2 = 0 then 'QZW' else 'QZW Systems' end from generate_series(1, $1::int) i
     returning id::text`,
    [SHARED],
  );
  acronymIds = rows.map((r) => r.id);
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

/** Rows the search fetched from search_names by index: the backend's own counters, before and after. */
async function namesFetched(query: string): Promise<number> {
  const client = await db.ownerPool.connect();
  const fetched = async () =>
    Number(
      (
        await client.query<{ n: string }>(
          "select coalesce(idx_tup_fetch, 0) as n from pg_stat_xact_user_tables where relname = 'search_names'",
        )
      ).rows[0]?.n ?? 0,
    );
  try {
    await client.query("begin");
    const before = await fetched();
    await client.query("select * from app_hidden.match_employers($1)", [query]);
    return (await fetched()) - before;
  } finally {
    await client.query("rollback");
    client.release();
  }
}

it("answers the query's initials with the lowest employer ids of the names that are them", async () => {
  const rows = await searchAsApiClient(db, "Quorvane Zelmitt Wexbury");
  const byInitials = rows.filter((r) =>
    r.explanation.includes('The canonical name "QZW" is the initials of the query'),
  );
  const expected = acronymIds
    .filter((_, i) => (i + 1) % 2 === 0)
    .map(Number)
    .sort((a, b) => a - b)
    .slice(0, 20)
    .map(String);
  expect(byInitials.map((r) => r.employer_id)).toEqual(expected);
  expect(byInitials.every((r) => r.band !== "auto")).toBe(true);
});

it("reads at most max_results names of an acronym however many names share it", async () => {
  // Two look-ups meet the 61 names "QZW" (the whole query's initials, and its run of three words), 20
  // names each; the names holding the word "qzw" are read five at a time. Reading every name of the
  // acronym, as before migration 000038, fetched more than 120.
  expect(await namesFetched("Quorvane Zelmitt Wexbury")).toBeLessThanOrEqual(60);
});
