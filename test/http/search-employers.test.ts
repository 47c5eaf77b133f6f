// searchEmployers through the real server: identifiers, exact and fuzzy names,
// merges, distinctions, visibility by role, and hostile input.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let analyst: string;
let apiToken: string;
const ids: Record<string, string> = {};

const SEARCH = `query Search($q: String!, $aliases: Boolean, $archived: Boolean, $first: Int) {
  searchEmployers(query: $q, includeAliases: $aliases, includeArchived: $archived, first: $first) {
    nodes { employerId score band method matchedName matchedKind matchedEmployerId explanation rank employer { name status } }
  }
}`;

interface Match {
  employerId: string;
  score: number;
  band: string;
  method: string;
  matchedName: string;
  matchedKind: string;
  matchedEmployerId: string | null;
  explanation: string;
  rank: number;
  employer: { name: string; status: string };
}

async function search(q: string, token: string, extra: Record<string, unknown> = {}) {
  const result = await server.gql<{ searchEmployers: { nodes: Match[] } }>(SEARCH, { q, first: 10, ...extra }, token);
  return result;
}

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  const register = async (key: string, sql: string) => {
    ids[key] = (await db.ownerPool.query(`select (${sql}).id::text as id`)).rows[0].id;
  };
  await register(
    "acme",
    `app_public.register_employer('Acme Constructions Pty Ltd',
      array[row('abn', '51 824 753 556')]::app_public.new_identifier[],
      array[row('ACME CONSTRN', 'feed_spelling', null), row('Acme Builders', 'trading', null), row('ACB', 'abbreviation', null)]::app_public.new_alias[])`,
  );
  await register("probuild", `app_public.register_employer('Probuild Constructions (Aust) Pty Ltd')`);
  await register("probuildCivil", `app_public.register_employer('Probuild Civil Pty Ltd')`);
  await register("hansen", `app_public.register_employer('Hansen Yuncken Pty Ltd')`);
  await register("hansenOld", `app_public.register_employer('Hansen & Yuncken Builders')`);
  await register("archived", `app_public.register_employer('Ghost Scaffolding Pty Ltd')`);
  for (let i = 0; i < 30; i++) {
    await db.ownerPool.query(`select app_public.register_employer($1)`, [`Filler ${i} Construction Services Pty Ltd`]);
  }
  await db.ownerPool.query("select app_public.set_employer_archived($1, true)", [ids.archived]);
  await db.ownerPool.query("select app_public.merge_employers($1, $2, 'same firm')", [ids.hansen, ids.hansenOld]);
  await db.ownerPool.query("select app_public.record_distinction($1, $2, 'different companies')", [
    ids.probuild,
    ids.probuildCivil,
  ]);
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  server = await startTestServer(db);
  analyst = await server.login(users.analyst.username, users.analyst.password);
  const admin = await server.login(users.admin.username, users.admin.password);
  const issued = await server.gql<{ issueApiToken: { result: { secret: string } } }>(
    'mutation { issueApiToken(input: { name: "partner" }) { result { secret } } }',
    {},
    admin,
  );
  apiToken = issued.body.data!.issueApiToken.result.secret;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe("searchEmployers", () => {
  it("finds an employer by ABN, with or without spaces, first and in the auto band", async () => {
    for (const q of ["51 824 753 556", "51824753556"]) {
      const [top] = (await search(q, analyst)).body.data!.searchEmployers.nodes;
      expect(top).toMatchObject({
        employerId: ids.acme,
        method: "identifier",
        band: "auto",
        score: 1,
        matchedKind: "abn",
        rank: 1,
      });
    }
  });

  it("finds an employer by the exact compare form of an alias", async () => {
    const [top] = (await search("acme builders", analyst)).body.data!.searchEmployers.nodes;
    expect(top).toMatchObject({
      employerId: ids.acme,
      method: "exact",
      band: "auto",
      matchedName: "Acme Builders",
      matchedKind: "trading",
    });
    expect(top!.employer.name).toBe("Acme Constructions Pty Ltd");
  });

  it("finds an employer despite a typo, explaining the misspelt word", async () => {
    const [top] = (await search("Acme Constructoins", analyst)).body.data!.searchEmployers.nodes;
    expect(top).toMatchObject({ employerId: ids.acme, method: "fuzzy" });
    expect(top!.explanation).toMatch(/misspelt words: constructoins~constructions/);
  });

  it("finds an employer by an abbreviation alias", async () => {
    const [top] = (await search("ACB", analyst)).body.data!.searchEmployers.nodes;
    expect(top).toMatchObject({ employerId: ids.acme, method: "exact", matchedKind: "abbreviation" });
  });

  it("discounts common words in the explanation", async () => {
    const nodes = (await search("Acme Construction Services", analyst)).body.data!.searchEmployers.nodes;
    expect(nodes[0]!.employerId).toBe(ids.acme);
    expect(nodes[0]!.explanation).toMatch(/counted little as common: .*construction/);
  });

  it("resolves a merged employer's names to the survivor", async () => {
    const [top] = (await search("Hansen & Yuncken Builders", analyst)).body.data!.searchEmployers.nodes;
    expect(top).toMatchObject({ employerId: ids.hansen, method: "exact", matchedKind: "former" });
    expect(top!.employer.name).toBe("Hansen Yuncken Pty Ltd");
  });

  it("keeps two employers recorded as distinct out of the auto band", async () => {
    const nodes = (await search("Probuild Constructions", analyst)).body.data!.searchEmployers.nodes;
    expect(nodes.map((n) => n.employerId)).toEqual(expect.arrayContaining([ids.probuild, ids.probuildCivil]));
    expect(nodes[0]!.band).not.toBe("auto");
  });

  it("leaves archived employers out unless asked", async () => {
    expect((await search("Ghost Scaffolding", analyst)).body.data!.searchEmployers.nodes).toEqual([]);
    const asked = (await search("Ghost Scaffolding", analyst, { archived: true })).body.data!.searchEmployers.nodes;
    expect(asked[0]).toMatchObject({
      employerId: ids.archived,
      employer: { name: "Ghost Scaffolding Pty Ltd", status: "archived" },
    });
  });

  it("with includeAliases: false searches canonical names only", async () => {
    const nodes = (await search("acme builders", analyst, { aliases: false })).body.data!.searchEmployers.nodes;
    expect(nodes.every((n) => n.matchedKind === "canonical")).toBe(true);
  });

  it("shows API clients public names only", async () => {
    const internal = await search("ACME CONSTRN", apiToken);
    expect(internal.body.errors).toBeUndefined();
    expect(internal.body.data!.searchEmployers.nodes.some((n) => n.matchedName === "ACME CONSTRN")).toBe(false);
    const staff = await search("ACME CONSTRN", analyst);
    expect(staff.body.data!.searchEmployers.nodes[0]).toMatchObject({ matchedName: "ACME CONSTRN", method: "exact" });
    const publicName = await search("Acme Builders", apiToken);
    expect(publicName.body.data!.searchEmployers.nodes[0]).toMatchObject({
      employerId: ids.acme,
      matchedName: "Acme Builders",
    });
  });

  it("answers hostile input with a clear error or a safe empty result, never a 500", async () => {
    const empty = await search("   ", analyst);
    expect(empty.status).toBe(200);
    expect(empty.body.errors?.[0]?.extensions?.code).toBe("INVALID_SEARCH");
    const huge = await search("x".repeat(10_000), analyst);
    expect(huge.status).toBe(200);
    expect(huge.body.errors?.[0]?.extensions?.code).toBe("INVALID_SEARCH");
    for (const q of [
      "\u0007\u0000bell",
      "'; drop table app_public.employers; --",
      "%_%",
      "\\",
      "🏗️ 建设 شركة",
      "a".repeat(400),
    ]) {
      const result = await search(q, analyst);
      expect(result.status).toBe(200);
      for (const error of result.body.errors ?? []) {
        expect(["INVALID_SEARCH", "INVALID_INPUT"]).toContain(error.extensions?.code);
      }
    }
    const stillThere = await db.ownerPool.query("select count(*)::int as n from app_public.employers");
    expect(stillThere.rows[0].n).toBeGreaterThan(30);
  });

  it("is refused to anonymous callers", async () => {
    const result = await search("acme", "");
    expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });
});
