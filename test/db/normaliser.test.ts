// The name normaliser (migrations/current/1-normaliser.sql, dictionary in
// 2-legal-forms.sql): rigour's and cleanco's own test vectors, Australian
// forms, trading-as and trustee names, hostile input, and a round trip over
// real company names (test/fixtures/normalization/README.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { repoRoot } from "../../server/src/paths.ts";
import { asRole, createTestDatabase, type TestDatabase } from "../helpers/db.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const fixtures = join(repoRoot, "test", "fixtures", "normalization");
const readFixture = (file: string) =>
  parse(readFileSync(join(fixtures, file), "utf8"), { columns: true, bom: true }) as Array<Record<string, string>>;

interface Forms {
  name: string;
  compare: string | null;
  base: string | null;
  generic: string | null;
  display: string | null;
  strip: string | null;
}

/** Every form of each name, in one round trip. */
async function formsOf(names: Array<string | null>): Promise<Forms[]> {
  const { rows } = await db.ownerPool.query<Forms>(
    `select n as name, app_hidden.name_compare_form(n) as compare, app_hidden.name_base_form(n) as base,
            app_hidden.name_generic_form(n) as generic, app_hidden.name_display_form(n) as display,
            app_hidden.strip_legal_forms(n) as strip
       from unnest($1::text[]) with ordinality as u(n, i) order by i`,
    [names],
  );
  return rows;
}

const one = async (name: string | null) => (await formsOf([name]))[0]!;

async function legalForms(
  name: string,
): Promise<Array<{ spelling: string; compare_form: string; generic_class: string | null; at: string }>> {
  const { rows } = await db.ownerPool.query(
    "select spelling, compare_form, generic_class, at from app_hidden.name_legal_forms($1)",
    [name],
  );
  return rows;
}

async function split(name: string | null) {
  const { rows } = await db.ownerPool.query("select * from app_hidden.split_trading_name($1)", [name]);
  return rows[0] as { entity_name: string | null; trading_name: string | null; trust_name: string | null };
}

// ---------------------------------------------------------------------------
// rigour's org_types tests (test/fixtures/normalization/org_type_cases.csv),
// mapped onto our functions:
//   replace_display  -> name_display_form
//   replace_compare  -> name_compare_form (generic=True: name_generic_form)
//   remove_org_types -> name_base_form
//   extract_org_types-> name_legal_forms (spelling, compare form or generic class)
// Outputs are compared trimmed where rigour's test strips them (result_stripped).
// Rows where we deliberately give another answer, with why:
const ORG_TYPE_DIFFERENCES: Record<string, { ours: string; reason: string }> = {
  "replace_compare|к.д. company|_COMPARE_FLAGS": {
    ours: "company",
    reason: "rigour leaves the space where к.д. was (' company'); our forms are always trimmed",
  },
};

type Pair = [string, string];
const parsePythonPairs = (repr: string): Pair[] =>
  [...repr.matchAll(/\('((?:[^'\\]|\\.)*)', '((?:[^'\\]|\\.)*)'\)/g)].map((m) => [m[1]!, m[2]!]);

describe("rigour org_types test vectors", () => {
  const rows = readFixture("org_type_cases.csv");
  it("has the 33 upstream rows", () => {
    expect(rows).toHaveLength(33);
  });
  it.each(rows.map((r) => [`${r.function}(${JSON.stringify(r.input)}) ${r.extra_args}`, r] as const))(
    "%s",
    async (_label, row) => {
      const generic = /generic=True/.test(row.extra_args!);
      const key = `${row.function}|${row.input}|${row.extra_args}`;
      const expected =
        ORG_TYPE_DIFFERENCES[key]?.ours ?? (row.result_stripped === "yes" ? row.expected!.trim() : row.expected!);
      const forms = await one(row.input!);
      switch (row.function) {
        case "replace_display":
          expect(forms.display).toBe(expected);
          break;
        case "replace_compare":
          expect(generic ? forms.generic : forms.compare).toBe(expected);
          break;
        case "remove_org_types":
          expect(forms.base).toBe(expected);
          break;
        case "extract_org_types": {
          const found = await legalForms(row.input!);
          const pairs = found.map((f): Pair => [
            f.spelling,
            generic ? (f.generic_class ?? f.compare_form) : f.compare_form,
          ]);
          expect(pairs).toEqual(parsePythonPairs(row.expected!));
          break;
        }
        default:
          throw new Error(`unmapped rigour function ${row.function}`);
      }
    },
  );
  it("lists only differences that exist in the fixture", () => {
    const keys = new Set(rows.map((r) => `${r.function}|${r.input}|${r.extra_args}`));
    for (const key of Object.keys(ORG_TYPE_DIFFERENCES)) expect(keys).toContain(key);
  });
});

// ---------------------------------------------------------------------------
// cleanco's tests (suffix_strip_cases.csv) through strip_legal_forms, without
// the rows that record cleanco's own quirks (behaviour_type=cleanco_quirk).
// Rows where we deliberately give another answer, with why:
const MIDDLE = "legal forms count only at the start and end of a name, never in the middle";
const START =
  "Latin-script legal forms count at the start only when listed (LLC, OAO, JSC, GmbH, SIA...): 'Oy', 'Ab' there are initials far more often (AB Plumbing)";
const SUFFIX_STRIP_DIFFERENCES: Record<string, { ours: string; reason: string }> = {
  "cleanco-009": { ours: "Oy Hello World", reason: START },
  "cleanco-010": { ours: "Oy Hello World", reason: START },
  "cleanco-011": { ours: "Hello Oy World", reason: MIDDLE },
  "cleanco-012": { ours: "Hello pty ltd World", reason: MIDDLE },
  "cleanco-013": { ours: "Hello Oy World", reason: MIDDLE },
  "cleanco-014": { ours: "Ab Oy Hello World", reason: START },
  "cleanco-016": { ours: "Hello Ab Oy World", reason: MIDDLE },
  "cleanco-059": {
    ours: "LLC",
    reason: "a name is never emptied: its last word stays, so a name made only of a legal form stays findable",
  },
  "cleanco-061": {
    ours: "شركة المثال",
    reason: "rigour's dictionary knows المحدودة (limited, compare form ltd); cleanco does not",
  },
  "cleanco-062": {
    ours: "חברה",
    reason: "rigour's dictionary knows בע״מ (Hebrew for Ltd); cleanco does not",
  },
};

describe("cleanco suffix-strip test vectors", () => {
  const all = readFixture("suffix_strip_cases.csv");
  const rows = all.filter((r) => r.behaviour_type !== "cleanco_quirk");
  it("has the 86 upstream rows, of which the quirks are left out", () => {
    expect(all).toHaveLength(86);
    expect(all.length - rows.length).toBe(12);
  });
  it.each(rows.map((r) => [`${r.case_id} ${r.subtest}: ${JSON.stringify(r.input)}`, r] as const))(
    "%s",
    async (_label, row) => {
      const { strip } = await one(row.input!);
      const difference = SUFFIX_STRIP_DIFFERENCES[row.case_id!];
      if (difference) {
        expect(strip).toBe(difference.ours);
        return;
      }
      const assertion = row.assertion!;
      if (assertion === "equals") expect(strip).toBe(row.expected);
      else if (assertion === "contains") expect(strip).toContain(row.expected);
      else if (assertion.startsWith("contains:")) expect(strip).toContain(assertion.slice("contains:".length));
      else if (assertion === "contains_all") for (const part of row.expected!.split("|")) expect(strip).toContain(part);
      else throw new Error(`unknown assertion ${assertion}`);
    },
  );
  it("lists only differences for rows that are tested", () => {
    const ids = new Set(rows.map((r) => r.case_id));
    for (const id of Object.keys(SUFFIX_STRIP_DIFFERENCES)) expect(ids).toContain(id);
  });
});

// ---------------------------------------------------------------------------
describe("round trip over real company names (SEC foreign private issuers)", () => {
  const names = readFixture("foreign_issuer_names.csv").map((r) => r.name!);
  let forms: Forms[];
  let again: Forms[];
  beforeAll(async () => {
    forms = await formsOf(names);
    // every form of every form: f(f(x)) must be f(x)
    const { rows } = await db.ownerPool.query<{
      compare: string;
      base: string;
      generic: string;
      display: string;
      strip: string;
    }>(
      `select app_hidden.name_compare_form(c) as compare, app_hidden.name_base_form(b) as base,
              app_hidden.name_generic_form(g) as generic, app_hidden.name_display_form(d) as display,
              app_hidden.strip_legal_forms(s) as strip
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) with ordinality as u(c, b, g, d, s, i) order by i`,
      [
        forms.map((f) => f.compare),
        forms.map((f) => f.base),
        forms.map((f) => f.generic),
        forms.map((f) => f.display),
        forms.map((f) => f.strip),
      ],
    );
    again = rows.map((r, i) => ({ name: names[i]!, ...r }));
  });

  it("reads all 1,320 names", () => {
    expect(names).toHaveLength(1320);
  });
  it("never gives an empty or missing form", () => {
    const empty = forms.filter((f) => [f.compare, f.base, f.generic, f.display, f.strip].some((v) => !v));
    expect(empty).toEqual([]);
  });
  it.each(["compare", "base", "generic", "display", "strip"] as const)("%s form is idempotent", (form) => {
    const unstable = forms.flatMap((f, i) =>
      again[i]![form] === f[form] ? [] : [{ name: f.name, once: f[form], twice: again[i]![form] }],
    );
    expect(unstable).toEqual([]);
  });
  it("agrees between the written and the word forms: the base form is the stripped name, cleaned", async () => {
    const { rows } = await db.ownerPool.query(
      `select n, app_hidden.name_base_form(n) as base, app_hidden.name_clean(app_hidden.strip_legal_forms(n)) as stripped
         from unnest($1::text[]) as n where app_hidden.name_base_form(n) <> app_hidden.name_clean(app_hidden.strip_legal_forms(n))`,
      [names],
    );
    expect(rows).toEqual([]);
  });
  it("finds legal forms in most of them, as real company names have", () => {
    const changed = forms.filter((f) => f.base !== f.compare).length;
    expect(changed / forms.length).toBeGreaterThan(0.6);
  });
});

// ---------------------------------------------------------------------------
describe("Australian legal forms", () => {
  it.each([
    ["ACME Constructions Pty Ltd"],
    ["Acme Constructions Pty. Limited"],
    ["Acme Constructions Proprietary Limited"],
    ["Acme Constructions P/L"],
    ["ACME CONSTRUCTIONS PTY LTD"],
    ["Acme Constructions Pty Ltd."],
    ["Acme Constructions Pty. Ltd."],
    ["Acme Constructions P / L"],
    ["acme constructions pty"],
    ["Acme  Constructions  (Pty)  Ltd"],
  ])("%s compares as acme constructions ltd, based as acme constructions", async (name) => {
    const forms = await one(name);
    expect(forms.compare).toBe("acme constructions ltd");
    expect(forms.base).toBe("acme constructions");
  });
  it("gives the plain name the same base form", async () => {
    expect((await one("ACME CONSTRUCTIONS")).base).toBe("acme constructions");
    expect((await one("ACME CONSTRUCTIONS")).compare).toBe("acme constructions");
  });
  it("keeps '& Co' as a legal form of its own", async () => {
    expect(await one("Smith & Co")).toMatchObject({
      compare: "smith co",
      base: "smith",
      display: "Smith & Co",
      strip: "Smith",
    });
    expect((await one("Smith and Company")).compare).toBe("smith co");
    // co + ltd meet and make rigour's Co Ltd: still one answer for all spellings
    expect((await one("Smith & Co Pty Ltd")).compare).toBe("smith coltd");
    expect((await one("Smith & Co. Pty. Limited")).compare).toBe("smith coltd");
    expect((await one("SMITH & CO PTY LTD")).base).toBe("smith");
  });
  it("shows legal forms in their usual short form, keeping the case of the name", async () => {
    expect((await one("Acme Constructions Proprietary Limited")).display).toBe("Acme Constructions Pty Ltd");
    expect((await one("ACME CONSTRUCTIONS PROPRIETARY LIMITED")).display).toBe("ACME CONSTRUCTIONS PTY LTD");
    expect((await one("Acme Constructions P/L")).display).toBe("Acme Constructions Pty Ltd");
    expect((await one("ACME PTY LTD")).display).toBe("ACME PTY LTD");
    expect((await one("  Acme\tConstructions   Pty Ltd ")).display).toBe("Acme Constructions Pty Ltd");
  });
  it("keeps brackets that belong to the name when stripping", async () => {
    expect((await one("Foo (Aust) Pty Ltd")).strip).toBe("Foo (Aust)");
    expect((await one("Foo (Aust) Pty Ltd")).display).toBe("Foo (Aust) Pty Ltd");
    expect((await one("Bar Holdings (Pty) Ltd")).strip).toBe("Bar Holdings");
  });
  it("recognises No Liability mining companies", async () => {
    expect((await one("Gold Reef NL")).base).toBe("gold reef");
    expect((await one("Gold Reef No Liability")).compare).toBe("gold reef nl");
  });
  it("leaves state names and initials at the start alone", async () => {
    expect((await one("SA Water Corporation")).base).toBe("sa water");
    expect((await one("AB Plumbing Pty Ltd")).base).toBe("ab plumbing");
    expect((await one("A S Smith Pty Ltd")).base).toBe("a s smith");
  });
  it("does not take ordinary words for legal forms", async () => {
    expect((await one("Plug In")).base).toBe("plug in");
    expect((await one("Limited Edition Products Ltd")).base).toBe("limited edition products");
    expect((await one("Bank of America National Association Services")).base).toBe(
      "bank of america national association services",
    );
  });
});

describe("cleaning", () => {
  it.each([
    ["St. John's Plumbing", "st johns plumbing"],
    ["Siemens g.m.b.h", "siemens gmbh"],
    ["Müller & Söhne GmbH", "muller and sohne gmbh"],
    ["ÆON–Ｔｅｃｈ（ＡＵ） Ltd", "aeon tech au ltd"],
    ["O’Brien’s Concreting", "obriens concreting"],
    ["A.B.C. Corp", "abc corp"],
    ["Smith-Jones, (Builders); Ltd", "smith jones builders ltd"],
  ])("%s -> %s", async (name, compare) => {
    expect((await one(name)).compare).toBe(compare);
  });
});

// ---------------------------------------------------------------------------
describe("trading names and trustees", () => {
  it.each([
    ["ACME GROUP t/as Acme Builders"],
    ["ACME GROUP T/As Acme Builders"],
    ["ACME GROUP T/A Acme Builders"],
    ["Acme Group t / a Acme Builders"],
    ["Acme Group Trading As Acme Builders"],
    ["Acme Group trading under Acme Builders"],
  ])("%s: one canonical 'trading as'", async (name) => {
    expect((await one(name)).compare).toBe("acme group trading as acme builders");
    expect(await split(name)).toEqual({
      entity_name: name.replace(/ (t\/as|T\/As|T\/A|t \/ a|Trading As|trading under) .*/, ""),
      trading_name: "Acme Builders",
      trust_name: null,
    });
  });
  it("handles legal forms on both sides of 'trading as'", async () => {
    expect(await one("ACME PTY LTD T/A ACME BUILDERS PTY. LIMITED")).toMatchObject({
      compare: "acme ltd trading as acme builders ltd",
      base: "acme trading as acme builders",
      strip: "ACME T/A ACME BUILDERS",
    });
  });
  it.each([
    ["Jones Pty Ltd ATF Jones Family Trust"],
    ["Jones Pty Ltd A.T.F. Jones Family Trust"],
    ["Jones Pty Ltd as trustee for Jones Family Trust"],
    ["Jones Pty Ltd the trustee for Jones Family Trust"],
    ["Jones Pty Ltd Trustee For Jones Family Trust"],
  ])("%s: one canonical 'atf'", async (name) => {
    expect((await one(name)).compare).toBe("jones ltd atf jones family trust");
    expect(await split(name)).toEqual({
      entity_name: "Jones Pty Ltd",
      trading_name: null,
      trust_name: "Jones Family Trust",
    });
  });
  it("splits a trust with no trustee named", async () => {
    expect(await split("The Trustee for the Smith Family Trust")).toEqual({
      entity_name: null,
      trading_name: null,
      trust_name: "the Smith Family Trust",
    });
    expect((await one("The Trustee for the Smith Family Trust")).compare).toBe("atf the smith family trust");
    expect((await one("THE TRUSTEE FOR THE SMITH FAMILY TRUST")).compare).toBe("atf the smith family trust");
  });
  it("knows trustees in the plural, and a name that merely starts with ATF", async () => {
    expect(await split("The Trustees for the Jones Superannuation Fund")).toEqual({
      entity_name: null,
      trading_name: null,
      trust_name: "the Jones Superannuation Fund",
    });
    expect((await one("The Trustees for the Jones Superannuation Fund")).compare).toBe(
      "atf the jones superannuation fund",
    );
    expect(await split("ATF Services Pty Ltd")).toEqual({
      entity_name: "ATF Services Pty Ltd",
      trading_name: null,
      trust_name: null,
    });
    expect((await one("ATF Services Pty Ltd")).compare).toBe("atf services ltd");
  });
  it("splits all three parts", async () => {
    expect(await split("Jones Pty Ltd ATF Jones Family Trust T/A Jones Plumbing")).toEqual({
      entity_name: "Jones Pty Ltd",
      trading_name: "Jones Plumbing",
      trust_name: "Jones Family Trust",
    });
    expect(await split("ACME PTY LTD (T/A ACME BUILDERS)")).toEqual({
      entity_name: "ACME PTY LTD",
      trading_name: "ACME BUILDERS",
      trust_name: null,
    });
  });
  it("leaves names without markers whole, and does not see markers inside words or initials", async () => {
    expect(await split("Acme Constructions Pty Ltd")).toEqual({
      entity_name: "Acme Constructions Pty Ltd",
      trading_name: null,
      trust_name: null,
    });
    expect(await split("T A Smith Builders")).toEqual({
      entity_name: "T A Smith Builders",
      trading_name: null,
      trust_name: null,
    });
    expect(await split("Batfish Trading Co")).toEqual({
      entity_name: "Batfish Trading Co",
      trading_name: null,
      trust_name: null,
    });
    expect((await one("T A Smith Builders")).compare).toBe("t a smith builders");
  });
  it("never returns an empty part", async () => {
    expect(await split("T/A")).toEqual({ entity_name: "T/A", trading_name: null, trust_name: null });
    expect(await split("Acme t/as")).toEqual({ entity_name: "Acme", trading_name: null, trust_name: null });
    expect(await split(null)).toEqual({ entity_name: null, trading_name: null, trust_name: null });
  });
});

// ---------------------------------------------------------------------------
describe("names that must stay findable", () => {
  it.each([
    ["AMBA", "amba", "amba", "AMBA"],
    ["COOP", "coop", "coop", "COOP"],
    ["Inc", "inc", "inc", "Inc"],
    ["Limited Pty Ltd", "limited ltd", "limited", "Limited"],
    ["Pty Ltd", "pty ltd", "pty", "Pty"],
    ["!!!", "!!!", "!!!", "!!!"],
    ["&", "and", "and", "&"],
    ["...", "...", "...", "..."],
  ])("%s", async (name, compare, base, strip) => {
    const forms = await one(name);
    expect(forms).toMatchObject({ compare, base, strip });
    expect(forms.display).toBeTruthy();
    expect(forms.generic).toBeTruthy();
  });
  it("gives null for null", async () => {
    expect(await one(null)).toEqual({
      name: null,
      compare: null,
      base: null,
      generic: null,
      display: null,
      strip: null,
    });
    const { rows } = await db.ownerPool.query("select count(*)::int as n from app_hidden.name_legal_forms(null)");
    expect(rows[0].n).toBe(0);
  });
});

const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

describe("hostile input", () => {
  const long = "Acme ".repeat(2000).trim() + " Pty Ltd";
  const cases: Array<[string, string]> = [
    // (PostgreSQL text cannot hold U+0000 at all: the driver refuses it before the database sees it)
    ["control characters", "Acme\u0001\u0007 Constructions\u001b[31m Pty\u0008 Ltd"],
    ["10,000 characters", long],
    ["SQL", "Robert'); DROP TABLE app_public.employers;-- Pty Ltd"],
    ["SQL comment and quotes", "' OR 1=1 -- \" /* */ Ltd"],
    ["emoji", "Tech 🚀 Innovation 👷‍♀️ Pty Ltd"],
    ["right-to-left", "\u202Eدtl ytP\u202C الشركة العربية"],
    ["zero-width", "Ac\u200Bme\uFEFF Pty\u200D Ltd"],
    ["combining marks", "Cafe\u0301 Ltd"],
    ["regex syntax", "(a+)+$ [x] {2} \\1 | ^ Pty Ltd"],
    ["only invisible", "\u200B\u200B"],
    ["lone whitespace", "   \t  "],
  ];
  it.each(cases)("%s: every form, idempotent", async (_label, name) => {
    const forms = await one(name);
    const again = await formsOf([forms.compare, forms.base, forms.generic, forms.display, forms.strip]);
    expect(again[0]!.compare).toBe(forms.compare);
    expect(again[1]!.base).toBe(forms.base);
    expect(again[2]!.generic).toBe(forms.generic);
    expect(again[3]!.display).toBe(forms.display);
    expect(again[4]!.strip).toBe(forms.strip);
    const visible = [...name].some(
      (ch) => !isControl(ch) && !/[\s\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/u.test(ch),
    );
    for (const value of [forms.compare, forms.base, forms.generic, forms.display, forms.strip]) {
      expect(typeof value).toBe("string");
      // only a name with nothing visible gives ''
      expect(value === "").toBe(!visible);
      expect([...value!].filter(isControl)).toEqual([]);
    }
    await split(name);
  });
  it("cleans control characters and invisible marks out", async () => {
    expect((await one(cases[0]![1])).compare).toBe("acme constructions 31m ltd");
    expect((await one("Ac\u200Bme\uFEFF Pty\u200D Ltd")).display).toBe("Acme Pty Ltd");
    expect((await one("Cafe\u0301 Ltd")).compare).toBe("cafe ltd");
  });
  it("handles 10,000 characters quickly", async () => {
    const started = Date.now();
    expect((await one(long)).base).toBe("acme ".repeat(2000).trim());
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

// ---------------------------------------------------------------------------
describe("the dictionary and its versions", () => {
  it("holds every spelling of the reference files, with match keys", async () => {
    const { rows } = await db.ownerPool.query(
      "select count(*)::int as n, count(*) filter (where source = 'rigour')::int as rigour, count(*) filter (where match_key is null or match_key = '')::int as no_key from app_private.legal_forms",
    );
    expect(rows[0]).toMatchObject({ rigour: 1896, no_key: 0 });
  });
  it("writes every legal form in a stable way: each one's compare form, after a name, is settled", async () => {
    const { rows } = await db.ownerPool.query(
      `select 'Acme ' || spelling as name from app_private.legal_forms where is_compiled and allowed_at <> 'nowhere'`,
    );
    const names = rows.map((r) => r.name as string);
    const forms = await formsOf(names);
    const again = await formsOf(forms.map((f) => f.compare));
    const unstable = forms.filter((f, i) => again[i]!.compare !== f.compare).map((f) => f.name);
    expect(unstable).toEqual([]);
    const displayAgain = await formsOf(forms.map((f) => f.display));
    expect(forms.filter((f, i) => displayAgain[i]!.display !== f.display).map((f) => f.name)).toEqual([]);
  });
  it("reports the installed version, and makes a new one only when the dictionary changes", async () => {
    const client = await db.ownerPool.connect();
    try {
      await client.query("begin");
      const current = await client.query(
        "select app_hidden.normalizer_version() as v, (select max(version) from app_private.normalizer_versions) as max",
      );
      expect(current.rows[0].v).toBe(current.rows[0].max);
      const same = await client.query("select app_private.compile_legal_forms('again') as v");
      expect(same.rows[0].v).toBe(current.rows[0].v);
      // this session has compiled plans that inlined the old dictionary
      expect((await client.query("select app_hidden.name_compare_form('Acme Widgetco') as c")).rows[0].c).toBe(
        "acme widgetco",
      );
      await client.query(
        "insert into app_private.legal_forms (source, spelling, display_form, compare_value, action) values ('local', 'Widgetco', 'WCo', 'wco', 'replace')",
      );
      const next = await client.query("select app_private.compile_legal_forms('test') as v");
      expect(next.rows[0].v).toBe(current.rows[0].v + 1);
      expect((await client.query("select app_hidden.normalizer_version() as v")).rows[0].v).toBe(current.rows[0].v + 1);
      expect((await client.query("select app_hidden.name_compare_form('Acme Widgetco') as c")).rows[0].c).toBe(
        "acme wco",
      );
    } finally {
      await client.query("rollback");
      client.release();
    }
  });
  it("lets API clients (and the roles above them) use the normaliser", async () => {
    await asRole(db, { role: "api_client" }, async (c) => {
      const { rows } = await c.query(
        "select app_hidden.name_compare_form('Acme Pty Ltd') as c, app_hidden.normalizer_version() > 0 as v",
      );
      expect(rows[0]).toEqual({ c: "acme ltd", v: true });
    });
  });
  it("keeps the dictionary tables out of reach of visitors", async () => {
    await asRole(db, { role: "admin", userId: null }, async (c) => {
      await expect(c.query("select * from app_private.legal_forms")).rejects.toMatchObject({ code: "42501" });
    });
  });
});
