// The auto band does not rest on the score alone: a query word the matched
// name lacks, sibling employers sharing the matched name's stem, a short or
// one-word query and a small margin each keep the best match out of auto, and
// the explanation names the rule. Words that carry no identity ("and", legal
// forms) never select or score a candidate; common abbreviations count.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { registerEmployers, searchAsApiClient, type MatchRow as Row } from "./match-search.ts";

let db: TestDatabase;
let ids: Record<string, string> = {};

const search = (query: string): Promise<Row[]> => searchAsApiClient(db, query);

beforeAll(async () => {
  db = await createTestDatabase();
  // "group" and "services" in more than 50 names: common words, as in a real registry.
  await db.ownerPool.query(
    `select app_public.register_employer(format('Vornel%s Group Services', n)) from generate_series(1, 56) n`,
  );
  const names: Record<string, string> = {
    xanthe: "Xanthe (Isle of Man) Limited",
    yarrabee: "Yarrabee Limited",
    kestrelAviation: "Kestrel Aviation Pty Ltd",
    kestrelMarine: "Kestrel Marine Pty Ltd",
    kestrelAerospace: "Kestrel Aerospace Pty Ltd",
    quillon: "Quillon Group Services",
    zq: "ZQ Group Services",
    talbotFarms: "Talbot Ridge Farms",
    talbotFoods: "Talbot Ridge Foods",
    kelly: "Kelly and Sons Pty Ltd",
    widgetAssociation: "International Widget Association",
    widgetHoldings: "Widget Holdings",
    carnegie: "Carnegie Mellon University",
    brenwick: "Brenwick Concreting Pty Ltd",
  };
  ids = await registerEmployers(db, names);
  await db.ownerPool.query(
    `select app_public.add_alias($1, 'Kallis Formwork', 'former'::app_public.alias_kind, 'public'::app_public.alias_visibility)`,
    [ids.brenwick],
  );
  await db.ownerPool.query(
    `select app_public.add_alias($1, 'Brenwick Pumping', 'former'::app_public.alias_kind, 'public'::app_public.alias_visibility)`,
    [ids.brenwick],
  );
  await db.ownerPool.query(
    "update app_public.aliases set valid_to = current_date - 30 where employer_id = $1 and name = 'Kallis Formwork'",
    [ids.brenwick],
  );
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

describe("holds that keep the best match out of auto", () => {
  it("a distinctive query word missing from the matched name", async () => {
    const [best] = await search("Xanthe Aviation (Isle of Man) Limited");
    expect(best).toMatchObject({ employer_id: ids.xanthe, method: "fuzzy", band: "review" });
    expect(best!.explanation).toContain('missing_word: the query word "aviation" is not in the matched name');
  });

  it("a common query word missing too: Y Services is not Y", async () => {
    const [best] = await search("Yarrabee Services Limited");
    expect(best).toMatchObject({ employer_id: ids.yarrabee, band: "review" });
    expect(best!.explanation).toContain('missing_word: the query word "services"');
  });

  it("siblings: other employers share the matched name's stem", async () => {
    const [best] = await search("Kestrel Aviatoin");
    expect(best).toMatchObject({ employer_id: ids.kestrelAviation, method: "fuzzy", band: "review" });
    expect(best!.explanation).toContain('sibling: 2 other employer(s) have a name with its word "kestrel"');
  });

  it("a one-word query answered by a longer name", async () => {
    const [best] = await search("Quillon");
    expect(best).toMatchObject({ employer_id: ids.quillon, band: "review" });
    expect(best!.explanation).toContain("one_word: a one-word query answered by a longer name");
  });

  it("a two-letter query", async () => {
    const [best] = await search("ZQ");
    expect(best).toMatchObject({ employer_id: ids.zq, band: "review" });
    expect(best!.explanation).toContain('short_query: "zq" is too short to tell employers apart');
  });

  it("a small margin to the next employer, named in the explanation", async () => {
    const [best, next] = await search("Talbot Ridge");
    expect([ids.talbotFarms, ids.talbotFoods]).toContain(best!.employer_id);
    expect(next!.employer_id).not.toBe(best!.employer_id);
    expect(best!.band).not.toBe("auto");
    expect(best!.explanation).toMatch(/small_margin: 0(\.0\d*)? over the next employer/);
  });

  it("a retired name: the company now using it may be another", async () => {
    for (const query of ["Kallis Formwork", "Kallis Formwork Pty Ltd"]) {
      const [best] = await search(query);
      expect(best).toMatchObject({ employer_id: ids.brenwick, method: "exact", band: "review" });
      expect(best!.explanation).toContain('retired_name: "Kallis Formwork" is a name the employer stopped using');
    }
  });

  it("a former name, even the exact one: another company may use it now", async () => {
    const [best] = await search("Brenwick Pumping");
    expect(best).toMatchObject({ employer_id: ids.brenwick, method: "exact", score: 1, band: "review" });
    expect(best!.explanation).toContain('former_name: "Brenwick Pumping" is a former name of the employer');
  });

  it("none of them: a misspelt name with nothing against it stays auto", async () => {
    const [best] = await search("Carnegie Melon University");
    expect(best).toMatchObject({ employer_id: ids.carnegie, method: "fuzzy", band: "auto" });
    expect(best!.explanation).not.toContain("not auto on its own");
  });

  it("an exact name stays auto", async () => {
    const [best] = await search("KESTREL AVIATION PTY. LTD.");
    expect(best).toMatchObject({ employer_id: ids.kestrelAviation, method: "exact", band: "auto", score: 1 });
  });
});

describe("words that carry no identity", () => {
  it("never select a candidate: sharing only 'and' finds nothing", async () => {
    expect(await search("Spaingay & Slarnman Constructions")).toEqual([]);
  });

  it("never score: a legal form or 'and' in the name does not lower the match", async () => {
    const [best] = await search("Kelly Sons");
    expect(best).toMatchObject({ employer_id: ids.kelly });
    expect(best!.explanation).toContain("covers 100% of the name");
  });
});

describe("abbreviations and initials", () => {
  it("a word of the query that is a name's initials finds it, never in auto", async () => {
    const [best] = await search("CMU Software Engineering Institute");
    expect(best).toMatchObject({ employer_id: ids.carnegie, method: "fuzzy" });
    expect(best!.band).not.toBe("auto");
    expect(best!.explanation).toContain(
      'The query word "cmu" is the initials of the canonical name "Carnegie Mellon University"',
    );
  });

  it("Intl and Assn count as International and Association", async () => {
    const [best] = await search("Intl Widget Assn");
    expect(best).toMatchObject({ employer_id: ids.widgetAssociation, method: "fuzzy" });
    expect(best!.score).toBeGreaterThan(0.85);
  });

  it("Univ counts as University, and finds it when no other word would", async () => {
    const [best] = await search("Carnegie Mellon Univ");
    expect(best).toMatchObject({ employer_id: ids.carnegie });
    expect(best!.score).toBeGreaterThan(0.85);
  });
});
