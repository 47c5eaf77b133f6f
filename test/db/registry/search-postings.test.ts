// How the fuzzy stage of search_employers chooses the names it scores: from
// app_private.search_postings (each name under each of its identity words,
// shortest names first, with a signature of its words), ranked by an estimate
// of their score before any name row is read; and how a misspelt word finds
// its known neighbours (app_private.search_token_deletes, each known word's
// deletion neighbourhood). Each rule here fails on a matcher that took the
// first names of a GIN bitmap in heap order and looked typo neighbours up by
// trigrams and first letters.
import { asRole, createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;

async function search(query: string): Promise<Array<{ employer_id: string; matched_name: string }>> {
  return asRole(db, { role: "api_client" }, async (c) => {
    const { rows } = await c.query<{ employer_id: string; matched_name: string }>(
      "select employer_id::text, matched_name from app_public.search_employers($1) order by rank",
      [query],
    );
    return rows;
  });
}

async function register(name: string): Promise<string> {
  const { rows } = await db.ownerPool.query<{ id: string }>(
    "select (app_public.register_employer($1)).id::text as id",
    [name],
  );
  return rows[0]!.id;
}

async function setMaxCandidates(value: number): Promise<void> {
  const client = await db.ownerPool.connect();
  try {
    await client.query("begin");
    await client.query("select set_config('app.role', 'operator', true)");
    await client.query("update app_public.match_settings set value = $1 where key = 'max_candidates'", [value]);
    await client.query("commit");
  } finally {
    client.release();
  }
}

/** Postings that differ from the identity words of the indexed names (both ways). */
async function postingDrift(): Promise<number> {
  const { rows } = await db.ownerPool.query<{ n: number }>(
    `select count(*)::int as n from (
       (select t as token, cardinality(app_hidden.name_posting_words(n.tokens))::smallint as name_words, n.id as name_id,
               n.is_public, n.alias_id is not null as is_alias,
               app_hidden.word_signature(app_hidden.name_posting_words(n.tokens)) as signature
        from app_private.search_names n, unnest(app_hidden.name_posting_words(n.tokens)) t
        except all
        select token, name_words, name_id, is_public, is_alias, signature from app_private.search_postings)
       union all
       (select token, name_words, name_id, is_public, is_alias, signature from app_private.search_postings
        except all
        select t, cardinality(app_hidden.name_posting_words(n.tokens))::smallint, n.id, n.is_public, n.alias_id is not null,
               app_hidden.word_signature(app_hidden.name_posting_words(n.tokens))
        from app_private.search_names n, unnest(app_hidden.name_posting_words(n.tokens)) t)
     ) d`,
  );
  return rows[0]!.n;
}

beforeAll(async () => {
  db = await createTestDatabase();
  // "Quorvalent" is rare (40 names, under the floor of 50 for a common word), so
  // it is the probe word; the name that also holds the query's other words is
  // registered last, so it comes last in heap order.
  await db.ownerPool.query(
    `select app_public.register_employer(format('Quorvalent %s Plumbing Pty Ltd', w))
     from unnest(array['Abbot', 'Baxter', 'Carrow', 'Dunmore', 'Elwick', 'Farran', 'Gosden', 'Hallam',
                       'Ilford', 'Jarrow', 'Kelso', 'Lydney', 'Marlow', 'Nairn', 'Oakham', 'Penrith',
                       'Quorn', 'Rugby', 'Selby', 'Thirsk']) w, generate_series(1, 2)`,
  );
  // "Formwork" is common (60 names, longer ones first in heap order).
  await db.ownerPool.query(
    `select app_public.register_employer(format('Zenith Northern Formwork Holdings No %s', n))
     from generate_series(1, 60) n`,
  );
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

describe("candidates chosen by weight", () => {
  beforeAll(() => setMaxCandidates(5));
  afterAll(() => setMaxCandidates(400));

  it("scores the name holding every query word even when many names hold its rare word", async () => {
    const id = await register("Quorvalent Marine Salvage");
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
    const rows = await search("Quorvalent Marine Salvage Services");
    expect(rows[0]).toMatchObject({ employer_id: id, matched_name: "Quorvalent Marine Salvage" });
  });

  it("answers a one-word common query from the shortest names holding it", async () => {
    const id = await register("Formwork Solutions");
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
    const rows = await search("Formwork");
    expect(rows.map((r) => r.employer_id)).toContain(id);
    expect(rows.length).toBeLessThanOrEqual(5);
  });
});

describe("the postings follow the names", () => {
  it("equal the identity words of every indexed name after adds, renames, alias changes and deletes", async () => {
    const id = await register("Vantrell Scaffolding Pty Ltd");
    await db.ownerPool.query("select app_public.add_alias($1, 'Vantrell Scaff Hire', 'trading')", [id]);
    await db.ownerPool.query("update app_public.employers set name = 'Vantrell Access Solutions' where id = $1", [id]);
    await db.ownerPool.query(
      "update app_public.aliases set visibility = 'internal' where employer_id = $1 and name = 'Vantrell Scaff Hire'",
      [id],
    );
    await db.ownerPool.query("delete from app_public.aliases where employer_id = $1", [id]);
    expect(await postingDrift()).toBe(0);
    const { rows } = await db.ownerPool.query<{ n: number }>(
      "select count(*)::int as n from app_private.search_postings where token in ('scaffolding', 'scaff')",
    );
    expect(rows[0]!.n).toBe(0);
    await db.ownerPool.query("select app_hidden.rebuild_search_index()");
    expect(await postingDrift()).toBe(0);
  });

  it("finds a renamed employer by its new words, and its old words are no longer posted", async () => {
    const id = await register("Corbassa Drainage Services");
    await db.ownerPool.query("update app_public.employers set name = 'Tellamine Drainage Services' where id = $1", [
      id,
    ]);
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
    expect((await search("Tellamine Drainage")).map((r) => r.employer_id)).toContain(id);
    const { rows } = await db.ownerPool.query("select 1 from app_private.search_postings where token = 'corbassa'");
    expect(rows).toEqual([]);
    expect(await search("Corbassa")).toEqual([]);
  });
});

describe("typo neighbours from the deletion neighbourhoods of known words", () => {
  it("finds a word misspelt in its second letter, which shares neither its first two letters nor enough trigrams", async () => {
    const id = await register("Xanthe Joinery");
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
    const rows = await search("Xenthe");
    expect(rows[0]).toMatchObject({ employer_id: id });
  });

  it("finds words within the typo allowance only: one edit under six letters, two from six", async () => {
    await register("Brakmo Tiling");
    await register("Calloway Tiling");
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
    const names = async (q: string) => (await search(q)).map((r) => r.matched_name);
    expect(await names("Brakmi")).toContain("Brakmo Tiling"); // one edit in six letters
    expect(await names("Calowey")).toContain("Calloway Tiling"); // two edits in eight letters
    const deletes = await db.ownerPool.query<{ variant: string }>(
      "select variant from app_private.search_token_deletes where token = 'brakmo' order by variant",
    );
    // brakmo (6 letters, allowance 2): itself, its 6 single deletes and its distinct double deletes.
    expect(deletes.rows.map((r) => r.variant)).toContain("brakmo");
    expect(deletes.rows.map((r) => r.variant)).toContain("bkmo");
    expect(deletes.rows.map((r) => r.variant)).not.toContain("bmo");
  });

  it("adds the deletes of a word new to the registry and drops those of a word no name holds, on the recount", async () => {
    const id = await register("Pellucid Glazing");
    const count = async (token: string) =>
      (
        await db.ownerPool.query<{ n: number }>(
          "select count(*)::int as n from app_private.search_token_deletes where token = $1",
          [token],
        )
      ).rows[0]!.n;
    expect(await count("pellucid")).toBe(0); // single writes wait for the recount, as the word counts do
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
    expect(await count("pellucid")).toBeGreaterThan(8);
    await db.ownerPool.query("update app_public.employers set name = 'Translucent Glazing' where id = $1", [id]);
    await db.ownerPool.query("select app_hidden.refresh_search_stats()");
    expect(await count("pellucid")).toBe(0);
    expect(await count("translucent")).toBeGreaterThan(8);
  });
});
