// The stages of app_hidden.process_import_chunk, one by one: the two pure
// rules (a row's check, a row's outcome) on their own, then each stage run
// in a transaction on a real batch, looking at the chunk's working tables
// after it.
import type pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { ABN_ACME, csv, importText, seedRegistry, type Registry } from "./import-helpers.ts";

let db: TestDatabase;
let registry: Registry;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

describe("app_hidden.import_row_check", () => {
  const check = async (name: string | null, abn = "", acn = "", bci = "") =>
    (
      await db.ownerPool.query(
        "select name, abn_form, acn_form, bci_form, notes, error from app_hidden.import_row_check($1, $2, $3, $4)",
        [name, abn, acn, bci],
      )
    ).rows[0];

  it("tidies the name's spaces and keeps valid identifiers without spaces or dashes", async () => {
    expect(await check("  Acme \t Builders  ", "95 471-173 493", "", "BCI-77")).toEqual({
      name: "Acme Builders",
      abn_form: ABN_ACME,
      acn_form: null,
      bci_form: "BCI-77",
      notes: [],
      error: null,
    });
  });

  it("drops an invalid identifier with a note, and keeps the row", async () => {
    const row = await check("Acme Builders", "123", "999", "bad id!");
    expect(row.abn_form).toBeNull();
    expect(row.acn_form).toBeNull();
    expect(row.bci_form).toBeNull();
    expect(row.notes).toEqual([
      'ABN "123" ignored: not a valid ABN',
      'ACN "999" ignored: not a valid ACN',
      'BCI company id "bad id!" ignored: not a valid id',
    ]);
    expect(row.error).toBeNull();
  });

  it("refuses an empty, over-long, control-character or formula name", async () => {
    expect((await check(null)).error).toBe("company_name is empty");
    expect((await check("x".repeat(501))).error).toBe("company_name has 501 characters (at most 500)");
    expect((await check("Acme\u0007Builders")).error).toBe("company_name contains control characters");
    expect((await check("=HYPERLINK(1)")).error).toMatch(/^company_name looks like a spreadsheet formula/);
  });
});

describe("app_hidden.import_row_outcome", () => {
  interface Input {
    error?: string | null;
    notes?: string[];
    idEmployer?: number | null;
    idConflict?: string | null;
    nameEmployer?: number | null;
    score?: number | null;
    band?: string | null;
    method?: string | null;
    exactIds?: number[] | null;
  }
  const decide = async (input: Input) =>
    (
      await db.ownerPool.query(
        `select outcome::text, employer_id::int, score, conflict, explanation
         from app_hidden.import_row_outcome('Some Name', $1, $2, $3, 'Identifier: abn 1', $4, $5, $6, $7, $8, 'why', $9)`,
        [
          input.error ?? null,
          input.notes ?? [],
          input.idEmployer ?? null,
          input.idConflict ?? null,
          input.nameEmployer ?? null,
          input.score ?? null,
          input.band ?? null,
          input.method ?? null,
          input.exactIds ?? null,
        ],
      )
    ).rows[0];

  it("keeps an error row out of matching", async () => {
    expect(await decide({ error: "company_name is empty", idEmployer: 1 })).toEqual({
      outcome: "error",
      employer_id: null,
      score: null,
      conflict: null,
      explanation: null,
    });
  });

  it("matches by identifier at score 1 and appends the row's notes", async () => {
    expect(await decide({ idEmployer: 7, nameEmployer: 7, score: 0.4, band: "new", notes: ["a note"] })).toEqual({
      outcome: "matched_identifier",
      employer_id: 7,
      score: 1,
      conflict: null,
      explanation: "Identifier: abn 1; a note",
    });
  });

  it("makes a conflict of an auto-band name of another employer, unless that employer also holds the name exactly", async () => {
    const against = await decide({ idEmployer: 7, nameEmployer: 8, score: 1, band: "auto", method: "exact" });
    expect(against.outcome).toBe("conflict");
    // The row keeps its identifier's employer, for the steward who settles the conflict.
    expect(against.employer_id).toBe(7);
    expect(against.explanation).toBe(
      'Identifier: abn 1 names employer #7, but the name "Some Name" matches employer #8 (why)',
    );
    expect(against.conflict).toBe(against.explanation);
    const shared = await decide({
      idEmployer: 7,
      nameEmployer: 8,
      score: 1,
      band: "auto",
      method: "exact",
      exactIds: [8, 7],
    });
    expect(shared.outcome).toBe("matched_identifier");
    expect((await decide({ idConflict: "two employers" })).explanation).toBe("two employers");
  });

  it("matches a name in the auto band by its method, and leaves the rest pending with the best candidate", async () => {
    expect((await decide({ nameEmployer: 8, score: 0.93, band: "auto", method: "fuzzy" })).outcome).toBe(
      "matched_fuzzy",
    );
    expect((await decide({ nameEmployer: 8, score: 1, band: "auto", method: "exact" })).outcome).toBe("matched_exact");
    expect(await decide({ nameEmployer: 8, score: 0.7, band: "review", method: "fuzzy" })).toEqual({
      outcome: "pending",
      employer_id: null,
      score: 0.7,
      conflict: null,
      explanation: "Best candidate #8 scored 0.7 (review band): why",
    });
    expect((await decide({})).explanation).toBe("No employer has a similar name");
  });
});

describe("the chunk's stages, in order, on one batch", () => {
  let client: pg.PoolClient;
  let batchId: string;
  const chunk = async () =>
    (
      await client.query(
        `select line, company_name, compare_form, id_employer_id::text, name_employer_id::text, name_band::text,
                name_method::text, outcome::text, employer_id::text, alias_id is not null as has_alias, explanation
         from import_chunk order by line`,
      )
    ).rows;

  beforeAll(async () => {
    const received = await importText(
      db,
      csv(
        `Something Else Entirely,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`, // 2 identifier, new name
        "Acme Builders,,,,,P2,Mall,builder,NSW,2000", // 3 exact (trading alias)
        "Bluegum Civil Engineerng Pty Ltd,,,,,P3,Road,builder,VIC,3000", // 4 fuzzy
        "Zephyrine Tiling Pty Ltd,,,,,P4,Pool,builder,QLD,4000", // 5 pending
        ",,,,,P5,Nothing,builder,NSW,2000", // 6 error
        "Acme Builders,,,,,P6,Mall,builder,NSW,2000", // 7 beyond the chunk of five
      ),
    );
    batchId = received.batchId;
    client = await db.ownerPool.connect();
    await client.query("begin");
    await client.query("select app_hidden.import_chunk_open()");
  });
  afterAll(async () => {
    await client.query("rollback");
    client.release();
  });

  it("0 opens empty working tables, and empties them when opened again", async () => {
    await client.query("insert into import_chunk (line) values (99)");
    await client.query("select app_hidden.import_chunk_open()");
    expect((await client.query("select count(*)::int as n from import_chunk")).rows[0].n).toBe(0);
  });

  it("1 reads the first chunk_size unprocessed rows, checked", async () => {
    const { rows } = await client.query("select app_hidden.import_chunk_read($1, 5) as n", [batchId]);
    expect(rows[0].n).toBe(5);
    const read = await chunk();
    expect(read.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect((await client.query("select error from import_chunk where line = 6")).rows[0].error).toBe(
      "company_name is empty",
    );
  });

  it("2 gives the valid rows their compare forms", async () => {
    await client.query("select app_hidden.import_chunk_name_forms($1)", [batchId]);
    const read = await chunk();
    expect(read.find((r) => r.line === 3)!.compare_form).toBe("acme builders");
    expect(read.find((r) => r.line === 6)!.compare_form).toBeNull();
  });

  it("3 finds the employer of a row's identifier", async () => {
    await client.query("select app_hidden.import_chunk_identifiers()");
    const read = await chunk();
    expect(read.filter((r) => r.id_employer_id !== null).map((r) => [r.line, r.id_employer_id])).toEqual([
      [2, registry.acme],
    ]);
  });

  it("4 settles an exact name of one employer in the auto band, and leaves the others unsettled", async () => {
    await client.query("select app_hidden.import_chunk_exact_names($1)", [batchId]);
    const { rows } = await client.query(
      "select name, employer_id::text, band::text, method::text from import_chunk_names order by name",
    );
    expect(rows.find((n) => n.name === "Acme Builders")).toMatchObject({
      employer_id: registry.acme,
      band: "auto",
      method: "exact",
    });
    expect(rows.find((n) => n.name === "Zephyrine Tiling Pty Ltd")!.band).toBeNull();
  });

  it("5 searches the unsettled names without an identifier, and gives each row its name's match", async () => {
    await client.query("select app_hidden.import_chunk_fuzzy_names($1)", [batchId]);
    const read = await chunk();
    const line = (n: number) => read.find((r) => r.line === n)!;
    expect(line(4)).toMatchObject({ name_employer_id: registry.bluegum, name_band: "auto", name_method: "fuzzy" });
    // A row with an identifier is not searched by name.
    expect(line(2).name_band).toBeNull();
    expect(line(3)).toMatchObject({ name_employer_id: registry.acme, name_band: "auto", name_method: "exact" });
    const remembered = await client.query(
      "select count(*)::int as n from app_private.import_name_matches where batch_id = $1",
      [batchId],
    );
    expect(remembered.rows[0].n).toBe(2);
  });

  it("6 gives every row its outcome", async () => {
    await client.query("select app_hidden.import_chunk_outcomes()");
    expect((await chunk()).map((r) => [r.line, r.outcome, r.employer_id])).toEqual([
      [2, "matched_identifier", registry.acme],
      [3, "matched_exact", registry.acme],
      [4, "matched_fuzzy", registry.bluegum],
      [5, "pending", null],
      [6, "error", null],
    ]);
  });

  it("8a learns the matched names the employer lacks as feed_spelling aliases", async () => {
    await client.query("select app_hidden.cluster_pending_rows('bci')");
    const { rows } = await client.query("select app_hidden.import_chunk_learn_aliases($1, 'bci') as n", [batchId]);
    expect(rows[0].n).toBe(2);
    const read = await chunk();
    expect(read.filter((r) => r.has_alias).map((r) => r.line)).toEqual([2, 4]);
    const aliases = await client.query(
      "select name, kind::text, import_row from app_public.aliases where import_batch_id = $1 order by import_row",
      [batchId],
    );
    expect(aliases.rows).toEqual([
      { name: "Something Else Entirely", kind: "feed_spelling", import_row: 2 },
      { name: "Bluegum Civil Engineerng Pty Ltd", kind: "feed_spelling", import_row: 4 },
    ]);
  });

  it("8b counts the chunk's valid names per feed", async () => {
    await client.query("select app_hidden.import_chunk_occurrences($1, 'bci')", [batchId]);
    const { rows } = await client.query(
      "select name, occurrence_count from app_public.feed_name_occurrences where last_batch_id = $1 order by name",
      [batchId],
    );
    expect(rows.map((r) => r.name)).toEqual([
      "Acme Builders",
      "Bluegum Civil Engineerng Pty Ltd",
      "Something Else Entirely",
      "Zephyrine Tiling Pty Ltd",
    ]);
  });

  it("8c writes the chunk's outcomes and counters, and leaves the rows beyond the chunk alone", async () => {
    await client.query("select app_hidden.import_chunk_write_outcomes($1, 2)", [batchId]);
    const { rows } = await client.query(
      "select line, outcome::text from app_public.import_rows where batch_id = $1 order by line",
      [batchId],
    );
    expect(rows.map((r) => r.outcome)).toEqual([
      "matched_identifier",
      "matched_exact",
      "matched_fuzzy",
      "pending",
      "error",
      null,
    ]);
    const batch = (
      await client.query(
        "select rows_processed, matched_exact_count, pending_count, error_count, aliases_added_count from app_public.import_batches where id = $1",
        [batchId],
      )
    ).rows[0];
    expect(batch).toEqual({
      rows_processed: 5,
      matched_exact_count: 1,
      pending_count: 1,
      error_count: 1,
      aliases_added_count: 2,
    });
  });

  it("9 marks the batch done and forgets its working memory", async () => {
    await client.query("select app_hidden.import_batch_done($1)", [batchId]);
    const { rows } = await client.query(
      `select state::text,
              (select count(*)::int from app_private.import_name_matches where batch_id = $1) as matches,
              (select count(*)::int from app_private.import_name_forms where batch_id = $1) as forms
       from app_public.import_batches where id = $1`,
      [batchId],
    );
    expect(rows[0]).toEqual({ state: "done", matches: 0, forms: 0 });
  });
});
