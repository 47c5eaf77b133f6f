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

// The matcher tests every word of every candidate name (hundreds a search) for
// whether it can tell organisations apart. As a PL/pgSQL call that cost ~3 us a
// word; inlined into the matcher's kept plan, an expression over the legal-form
// dictionary parsed once with the plan. The rule must stay inlinable, and give
// is_identity_word's answers, which the other callers use.
describe("the identity-word rule", () => {
  it("is inlined into the query that calls it", async () => {
    const { rows } = await db.ownerPool.query<{ "QUERY PLAN": string }>(
      `explain (verbose, costs off)
       select app_hidden.identity_word_rule(w) from unnest(array['pty', 'brenford']) w`,
    );
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    // Booleans, not the plan: the plan holds the whole dictionary.
    expect(plan.includes("identity_word_rule")).toBe(false);
    expect(plan.includes("<> ALL ('{and,of,the,")).toBe(true);
  });

  it("answers as is_identity_word does: joining words, markers and legal forms of three letters or more are not", async () => {
    const words = ["brenford", "concreting", "and", "of", "the", "trading", "atf", "co", "de", "pty", "ltd", "limited",
      "inc", "gmbh", "bt", "se", "ag", "nv", "holdings", "group", "services"];
    const { rows } = await db.ownerPool.query<{ w: string; rule: boolean; fn: boolean }>(
      `select w, app_hidden.identity_word_rule(w) as rule, app_hidden.is_identity_word(w) as fn
       from unnest($1::text[]) with ordinality as u(w, p) order by p`,
      [words],
    );
    expect(rows.map((r) => r.rule)).toEqual(rows.map((r) => r.fn));
    const identity = Object.fromEntries(rows.map((r) => [r.w, r.rule]));
    expect(identity).toMatchObject({ brenford: true, holdings: true, and: false, trading: false, atf: false,
      co: false, pty: false, ltd: false, limited: false, inc: false, bt: true, se: true });
    const { rows: nulls } = await db.ownerPool.query(
      "select app_hidden.identity_word_rule(null) as rule, app_hidden.is_identity_word(null) as fn",
    );
    expect(nulls[0]).toEqual({ rule: null, fn: null });
  });
});
