// Initials learned from the registry's own names, both ways: a name
// registered as an acronym is found from the words it stands for inside a
// longer query, and one word of a query is the initials of several words of a
// name (or the reverse) while the other words match. None of these is the
// evidence auto wants: they rank, a person confirms.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { registerEmployers, searchAsApiClient, type MatchRow as Row } from "./match-search.ts";

let db: TestDatabase;
let ids: Record<string, string> = {};

const search = (query: string): Promise<Row[]> => searchAsApiClient(db, query);

beforeAll(async () => {
  db = await createTestDatabase();
  const names: Record<string, string> = {
    qv: "QV",
    vantrixa: "Vantrixa",
    ivro: "IVRO",
    ivr: "IVR",
    ostral: "Ostrale Analytics",
    tuBrunsdorf: "Technical University Brunsdorf",
    wzBrunsdorf: "Wissenschaftszentrum Brunsdorf",
    ucElmsworth: "UC Elmsworth",
    ucBerkwood: "University of Calverra Berkwood",
    vk: "VK Korvane",
    kmcc: "KMCC",
    qvi: "QVI",
    ncsu: "Norvale Calder State University",
    ncsv: "NCSV",
    // Acronyms with a letter from inside a word, and one that takes a letter no word has.
    kpvs: "KPVS",
    kzvs: "KZVS",
    dvq: "DVQ",
    xandor: "Xandor Jelvito University",
    // Names that share no word with the queries that find them by initials.
    qlvPoly: "QLV Polytechnic",
    gorvath: "Gorvath Velmont",
    lindqvar: "Lindqvar Maxholm University Brenz",
  };
  ids = await registerEmployers(db, names);
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

function expectNotAuto(row: Row | undefined): void {
  expect(row!.band).not.toBe("auto");
  expect(row!.score).toBeLessThanOrEqual(0.9);
}

describe("a name registered as an acronym, from a run of the query's words", () => {
  it("two words of a longer query: 'Quorvel Vantrix Laboratories' finds QV", async () => {
    const [best] = await search("Quorvel Vantrix Laboratories");
    expect(best).toMatchObject({ employer_id: ids.qv, method: "fuzzy" });
    expect(best!.explanation).toContain('is the initials of the query words "quorvel vantrix"');
    expectNotAuto(best);
  });

  it("skips joining words, and the longer run outranks the shorter one inside it", async () => {
    const [best, next] = await search("Institut Varnel de la Recherche Ostrale");
    expect(best).toMatchObject({ employer_id: ids.ivro, method: "fuzzy" });
    expect(next).toMatchObject({ employer_id: ids.ivr });
    expect(best!.score).toBeGreaterThan(next!.score);
    expectNotAuto(best);
  });

  it("counts a legal form of four letters or more as a word: 'Korvane Mobile Communications Corporation' is KMCC", async () => {
    const [best] = await search("Korvane Mobile Communications Corporation");
    expect(best).toMatchObject({ employer_id: ids.kmcc, method: "fuzzy" });
    expectNotAuto(best);
  });

  it("not Inc or Ltd: 'Quorvel Vantrix Inc' is QV before QVI", async () => {
    const [best] = await search("Quorvel Vantrix Inc");
    expect(best).toMatchObject({ employer_id: ids.qv });
  });

  it("gives the word-run helper every run of two or more words", async () => {
    const { rows } = await db.ownerPool.query(
      "select initials, run from app_hidden.word_run_initials(array['alpha','beta','gamma']) order by 1",
    );
    expect(rows).toEqual([
      { initials: "ab", run: ["alpha", "beta"] },
      { initials: "abg", run: ["alpha", "beta", "gamma"] },
      { initials: "bg", run: ["beta", "gamma"] },
    ]);
  });
});

describe("a one-word query that is a name's initials", () => {
  it("four letters or more outrank a short name one letter off: 'NCSU' before NCSV", async () => {
    const [best, next] = await search("NCSU");
    expect(best).toMatchObject({ employer_id: ids.ncsu, method: "fuzzy" });
    expect(next).toMatchObject({ employer_id: ids.ncsv });
    expectNotAuto(best);
  });
});

describe("partial initials: one word for several, the other words matching", () => {
  it("a query word is the initials of name words: 'TU Brunsdorf'", async () => {
    const [best] = await search("TU Brunsdorf");
    expect(best).toMatchObject({ employer_id: ids.tuBrunsdorf, method: "fuzzy" });
    expect(best!.explanation).toContain("initials of several words: tu~");
    expectNotAuto(best);
  });

  it("a name word is the initials of query words: 'University of Calverra, Elmsworth' is UC Elmsworth", async () => {
    const [best] = await search("University of Calverra, Elmsworth");
    expect(best).toMatchObject({ employer_id: ids.ucElmsworth, method: "fuzzy" });
    expect(best!.explanation).toContain("initials of several words: university~uc calverra~uc");
    expectNotAuto(best);
  });

  it("letters that are not the words' initials do not count: 'TX Brunsdorf'", async () => {
    const rows = await search("TX Brunsdorf");
    const tu = rows.find((r) => r.employer_id === ids.tuBrunsdorf);
    expect(tu?.explanation ?? "").not.toContain("initials of several words");
  });

  it("a run whose words the other side has itself does not count: 'Vellor Korvane' is not VK Korvane by initials", async () => {
    const rows = await search("Vellor Korvane");
    const vk = rows.find((r) => r.employer_id === ids.vk);
    expect(vk).toBeDefined();
    expect(vk!.explanation).not.toContain("initials of several words");
  });
});

describe("initials with letters from inside the words", () => {
  it("the helper takes each word's first letter, then only later letters of that word, in order", async () => {
    const { rows } = await db.ownerPool.query<{ a: string; ok: boolean }>(
      `select a, app_hidden.is_loose_abbreviation(a, w) as ok
       from (values ('kpvs', array['kapora', 'vestry', 'services']), ('kvs', array['kapora', 'vestry', 'services']),
                    ('kzvs', array['kapora', 'vestry', 'services']), ('kvps', array['kapora', 'vestry', 'services']),
                    ('kv', array['kapora', 'vestry', 'services']), ('pvs', array['kapora', 'vestry', 'services']))
            v(a, w)`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.a, r.ok]))).toEqual({
      kpvs: true, // the p inside "kapora"
      kvs: true, // the strict initials
      kzvs: false, // no z in "kapora"
      kvps: false, // the p comes after "vestry" began, and "vestry" has none
      kv: false, // "services" gives no letter
      pvs: false, // "kapora" must begin it
    });
  });

  it("a run of query words is a registered acronym with a letter more: 'Kapora Vestry Services' finds KPVS, not KZVS", async () => {
    const rows = await search("Kapora Vestry Services");
    expect(rows[0]).toMatchObject({ employer_id: ids.kpvs, method: "fuzzy" });
    expect(rows[0]!.explanation).toContain(
      'The canonical name "KPVS" is the initials of the query words "kapora vestry services", with letters from inside them',
    );
    expectNotAuto(rows[0]);
    expect(rows.find((r) => r.employer_id === ids.kzvs)).toBeUndefined();
  });

  it("two words and a three-letter acronym: 'Dorvane Quillet Pty Ltd' finds DVQ", async () => {
    const [best] = await search("Dorvane Quillet Pty Ltd");
    expect(best).toMatchObject({ employer_id: ids.dvq, method: "fuzzy" });
    expectNotAuto(best);
  });

  it("a one-word query that is a name's initials with a letter from inside a word: 'XJVU'", async () => {
    const [best] = await search("XJVU");
    expect(best).toMatchObject({ employer_id: ids.xandor, method: "fuzzy" });
    expect(best!.explanation).toContain(
      'The query "xjvu" is the initials of the canonical name "Xandor Jelvito University", with letters from inside its words',
    );
    expectNotAuto(best);
  });

  it("not with a letter the words lack: 'XJZU' finds nothing by initials", async () => {
    const rows = await search("XJZU");
    expect(rows.find((r) => r.employer_id === ids.xandor)).toBeUndefined();
  });
});

describe("names that share no word with the query, found by their initials", () => {
  it("a run of query words is the initials of a word of a longer name: 'Quarnel Lavish Vessington' finds QLV Polytechnic", async () => {
    const [best] = await search("Quarnel Lavish Vessington");
    expect(best).toMatchObject({ employer_id: ids.qlvPoly, method: "fuzzy", matched_name: "QLV Polytechnic" });
    expect(best!.explanation).toContain("initials of several words: quarnel~qlv lavish~qlv vessington~qlv");
    expectNotAuto(best);
  });

  it("a two-letter query word no name holds is a name's whole initials: 'GV Enterprisia' finds Gorvath Velmont", async () => {
    const [best] = await search("GV Enterprisia");
    expect(best).toMatchObject({ employer_id: ids.gorvath, method: "fuzzy" });
    expect(best!.explanation).toContain("initials of several words: gv~");
    expectNotAuto(best);
  });

  it("three letters may begin a name's initials: 'LMU' finds Lindqvar Maxholm University Brenz", async () => {
    const [best] = await search("LMU");
    expect(best).toMatchObject({ employer_id: ids.lindqvar, method: "fuzzy" });
    expectNotAuto(best);
  });

  it("two letters that only begin a name's initials find nothing: 'LM Enterprisia'", async () => {
    const rows = await search("LM Enterprisia");
    expect(rows.find((r) => r.employer_id === ids.lindqvar)).toBeUndefined();
  });

  it("a query word a name holds is that name's word, not initials: 'QLV Vessington' does not find Quarnel-style names by initials", async () => {
    // "qlv" is a word of QLV Polytechnic, so it is not looked up as initials of other names.
    const rows = await search("QLV Vessington");
    expect(rows[0]).toMatchObject({ employer_id: ids.qlvPoly });
  });
});
