// The matcher asks is_abbreviation about hundreds of word pairs a search. Run
// through the SQL function executor each call cost ~25 us; inlined into the
// calling query ~1 us. The planner inlines it only while it is not strict:
// these pin that it stays inlined, and that it still answers as before.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

it("is inlined into the query that calls it", async () => {
  const { rows } = await db.ownerPool.query<{ "QUERY PLAN": string }>(
    `explain (verbose, costs off)
     select app_hidden.is_abbreviation(left('univ', x), 'university') from generate_series(3, 4) x`,
  );
  const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
  expect(plan).not.toContain("is_abbreviation");
  expect(plan).toContain("regexp_replace");
});

it("answers as before: prefixes of four letters, contractions keeping the first and last letters", async () => {
  const { rows } = await db.ownerPool.query<{ short: string; long: string; is: boolean | null }>(
    `select short, long, app_hidden.is_abbreviation(short, long) as is
     from (values ('univ', 'university'), ('intl', 'international'), ('assn', 'association'), ('mfg', 'manufacturing'),
                  ('uni', 'university'), ('tech', 'tec'), ('intl', 'internet'), ('u2v', 'u2universe'),
                  (null, 'university'), ('univ', null)) v(short, long)`,
  );
  expect(rows.map((r) => [r.short, r.long, r.is])).toEqual([
    ["univ", "university", true],
    ["intl", "international", true],
    ["assn", "association", true],
    ["mfg", "manufacturing", true],
    ["uni", "university", false],
    ["tech", "tec", false],
    ["intl", "internet", false],
    ["u2v", "u2universe", false],
    // No answer for a missing word, as when the function was strict.
    [null, "university", null],
    ["univ", null, null],
  ]);
});
