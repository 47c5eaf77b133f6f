// Which names the fuzzy stage of search_employers scores: those holding a
// rare query word (or a typo neighbour of one) when there is one, else those
// holding every known query word. Each side is its own scan since the
// search-cpu migration, so these pin that both sides still answer.
import { asRole, createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;
let quorvalentId: string;

async function search(query: string): Promise<Array<{ employer_id: string; matched_name: string }>> {
  return asRole(db, { role: "api_client" }, async (c) => {
    const { rows } = await c.query<{ employer_id: string; matched_name: string }>(
      "select employer_id::text, matched_name from app_public.search_employers($1) order by rank",
      [query],
    );
    return rows;
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  // A word is common once more than 50 names hold it (the floor for a small
  // registry), so "zenith", "formwork" and "rigging" are common here.
  await db.ownerPool.query(
    `select app_public.register_employer(format('Zenith %s No %s', trade, n))
     from unnest(array['Formwork', 'Rigging']) trade, generate_series(1, 55) n`,
  );
  quorvalentId = (
    await db.ownerPool.query<{ id: string }>(
      "select (app_public.register_employer('Zenith Formwork Quorvalent')).id::text as id",
    )
  ).rows[0]!.id;
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

it("scores the names holding a rare query word when the query has one", async () => {
  const rows = await search("Quorvalent Zenith");
  expect(rows[0]).toMatchObject({ employer_id: quorvalentId });
  expect(rows.every((r) => r.matched_name.includes("Quorvalent"))).toBe(true);
});

it("scores the names holding every known word when all of them are common", async () => {
  const rows = await search("Zenith Formwork");
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.matched_name.includes("Formwork"))).toBe(true);
});

it("ignores a word the registry does not know when choosing by the known ones", async () => {
  const rows = await search("Zenith Rigging Qjxvvq");
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.matched_name.includes("Rigging"))).toBe(true);
});

it("finds nothing when no query word is known", async () => {
  expect(await search("Qjxvvq Wqzzpx")).toEqual([]);
});

describe("only common words: the shortest names holding all of them", () => {
  let kelvaryId: string;
  beforeAll(async () => {
    // More names than max_candidates (100) hold both words, all longer and
    // registered first; the shortest is registered last, so it comes last in
    // the heap too. Choosing in heap order (a GIN AND, until migration 000037)
    // never scored it.
    await db.ownerPool.query(
      `select app_public.register_employer(format('Zenith Formwork Alderic Birchmont Cedarvale %s', n))
       from generate_series(1, 110) n`,
    );
    kelvaryId = (
      await db.ownerPool.query<{ id: string }>(
        "select (app_public.register_employer('Zenith Formwork Kelvary')).id::text as id",
      )
    ).rows[0]!.id;
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  });

  it("scores the shortest names holding every common query word, wherever they are stored", async () => {
    const rows = await search("Formwork Zenith");
    // The two names of three words (this one and "Zenith Formwork Quorvalent") cover the most of the query.
    expect(new Set(rows.slice(0, 2).map((r) => r.employer_id))).toEqual(new Set([kelvaryId, quorvalentId]));
  });
});
