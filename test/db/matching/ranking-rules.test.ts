// How the matcher ranks similar names against each other: general scoring
// rules over the query, the candidate names and the registry's word counts,
// each pinned here on made-up names. None of them reaches auto: they order
// the candidates a person chooses from.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { registerEmployers, searchAsApiClient, type MatchRow as Row } from "./match-search.ts";

let db: TestDatabase;
let ids: Record<string, string> = {};

const search = (query: string): Promise<Row[]> => searchAsApiClient(db, query);

beforeAll(async () => {
  db = await createTestDatabase();
  const names: Record<string, string> = {
    // A distinctive word (one organisation's) and a name of common words.
    zorvik: "Zorvik",
    researchLaboratory: "Research Laboratory",
    // Other names holding the common words, so that they are common.
    marlow: "Marlow Research Laboratory Trust",
    quenby: "Quenby Research Institute",
    dallow: "Dallow Laboratory Services",
    pellam: "Pellam Research",
    // Short names a query may write joined to more letters.
    qzr: "QZR",
    velbrook: "Velbrook",
    pel: "PEL",
    // A word that is one name's word and another name's initials.
    pimVexholt: "Pim Vexholt",
    polaris: "Polaris Institute Marlowe",
    // A name written as one word with its web domain.
    quintavo: "Quintavo.net",
    // A name word the query writes as two words.
    velmarsoft: "Velmarsoft Analytics",
    korlanVestry: "Korlan Vestry",
    brightmoor: "Brightmoor",
    // Two words a query writes as one, inside a longer name; and a short acronym.
    tilvarKessingLumo: "TKL Kessing Lumovar",
    qzv: "QZV",
    // A word one name holds and another name's one word spells one letter off.
    quarvexSystems: "Quarvex Systems",
    quarvix: "Quarvix",
  };
  ids = await registerEmployers(db, names);
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

describe("a distinctive query word against the query's common words", () => {
  it("'Zorvik Research Laboratory' is Zorvik, not the name of its two common words", async () => {
    const [best, next] = await search("Zorvik Research Laboratory");
    expect(best).toMatchObject({ employer_id: ids.zorvik, method: "fuzzy" });
    expect(next).toMatchObject({ employer_id: ids.researchLaboratory });
    expect(best!.band).not.toBe("auto");
  });

  it("the same words without the distinctive one still find the name of the common words", async () => {
    const [best] = await search("Research Laboratory Department");
    expect(best).toMatchObject({ employer_id: ids.researchLaboratory });
  });
});

describe("a query word that begins with a registered name", () => {
  it("'QZReast Corporation' finds QZR, and says why", async () => {
    const [best] = await search("QZReast Corporation");
    expect(best).toMatchObject({ employer_id: ids.qzr, method: "fuzzy" });
    expect(best!.explanation).toContain('The query word "qzreast" begins with the canonical name "QZR"');
    expect(best!.band).not.toBe("auto");
  });

  it("a web address written as one word: 'Velbrook.com, Inc' finds Velbrook", async () => {
    const [best] = await search("Velbrook.com, Inc");
    expect(best).toMatchObject({ employer_id: ids.velbrook, method: "fuzzy" });
    expect(best!.band).not.toBe("auto");
  });

  it("one letter left over: 'QZVA' finds QZV", async () => {
    const [best] = await search("QZVA");
    expect(best).toMatchObject({ employer_id: ids.qzv, method: "fuzzy" });
    expect(best!.explanation).toContain('The query word "qzva" begins with the canonical name "QZV"');
    expect(best!.band).not.toBe("auto");
  });

  it("not a word the registry knows: 'Pellam' does not find PEL", async () => {
    const rows = await search("Pellam");
    expect(rows[0]).toMatchObject({ employer_id: ids.pellam });
    expect(rows.find((r) => r.employer_id === ids.pel)).toBeUndefined();
  });
});

describe("a one-word query the registry knows as a word", () => {
  it("'Quarvex' is the name holding the word before a one-word name one letter off", async () => {
    const [best, next] = await search("Quarvex");
    expect(best).toMatchObject({ employer_id: ids.quarvexSystems, method: "fuzzy" });
    expect(next).toMatchObject({ employer_id: ids.quarvix });
  });

  it("'Pim' is the name holding the word before the name whose initials it is", async () => {
    const rows = await search("Pim");
    expect(rows[0]).toMatchObject({ employer_id: ids.pimVexholt });
    const initials = rows.find((r) => r.employer_id === ids.polaris);
    expect(initials).toBeDefined();
    expect(initials!.explanation).toContain("The query is the initials of");
  });
});

describe("an unknown query word that begins a registered word", () => {
  it("'Quintavo AB' finds the name written 'Quintavo.net'", async () => {
    const [best] = await search("Quintavo AB");
    expect(best).toMatchObject({ employer_id: ids.quintavo, method: "fuzzy" });
    expect(best!.band).not.toBe("auto");
  });
});

describe("two words written as one", () => {
  it("'Velmar Soft Analytics Division': both query words count for the name word 'Velmarsoft'", async () => {
    const [best] = await search("Velmar Soft Analytics Division");
    expect(best).toMatchObject({ employer_id: ids.velmarsoft, method: "fuzzy" });
    expect(best!.explanation).toContain("soft~velmarsoft");
    expect(best!.band).not.toBe("auto");
  });

  it("finds a name the query writes as one word: 'Korlanvestry Labs' is Korlan Vestry", async () => {
    const [best] = await search("Korlanvestry Labs");
    expect(best).toMatchObject({ employer_id: ids.korlanVestry, method: "fuzzy" });
    expect(best!.band).not.toBe("auto");
  });

  it("finds a longer name holding the two words an unknown query word joins: 'Kessinglumovar' is TKL Kessing Lumovar", async () => {
    const [best] = await search("Kessinglumovar");
    expect(best).toMatchObject({ employer_id: ids.tilvarKessingLumo, method: "fuzzy" });
    expect(best!.explanation).toContain("kessinglumovar~");
    expect(best!.band).not.toBe("auto");
  });

  it("not when a part is no known word: 'Kessingzumovar' does not find TKL Kessing Lumovar by its parts", async () => {
    const rows = await search("Kessingzumovar");
    const found = rows.find((r) => r.employer_id === ids.tilvarKessingLumo);
    // A typo of "kessing" may still bring it in, but never as the two words written as one.
    expect(found?.explanation ?? "").not.toContain("kessingzumovar~lumovar");
  });

  it("finds a name the query writes as two words: 'Bright Moor Holdings' is Brightmoor", async () => {
    const [best] = await search("Bright Moor Holdings");
    expect(best).toMatchObject({ employer_id: ids.brightmoor, method: "fuzzy" });
    expect(best!.band).not.toBe("auto");
  });
});
