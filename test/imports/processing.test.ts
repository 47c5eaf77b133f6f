// Matching in SQL: every outcome path, aliases with provenance, conflicts,
// clustering of pending names across rows and batches, occurrences.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import {
  ABN_ACME,
  ABN_BLUEGUM,
  ABN_UNKNOWN,
  ACN_NORTHSIDE,
  csv,
  importText,
  outcomes,
  processBatch,
  seedRegistry,
  type Registry,
} from "./import-helpers.ts";

let db: TestDatabase;
let registry: Registry;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

describe("processing a batch", () => {
  let batchId: string;
  let rows: Awaited<ReturnType<typeof outcomes>>;

  beforeAll(async () => {
    const received = await importText(
      db,
      csv(
        `Something Else Entirely,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`, // 2 identifier, new spelling -> alias
        "ACME CONSTRUCTIONS P/L,,,,,P2,Mall,builder,NSW,2000", // 3 exact (legal form differs only)
        "Acme Builders,,,,,P3,Mall,builder,NSW,2000", // 4 exact via the trading alias
        "Bluegum Civil Engineerng Pty Ltd,,,,,P4,Road,head contractor,VIC,3000", // 5 fuzzy auto (typo)
        "Zephyrine Tiling Pty Ltd,BCI-77,,,,P5,Pool,subcontractor,QLD,4000", // 6 pending
        "Zephyrine Tiling,,,,,P6,Pool,subcontractor,QLD,4000", // 7 pending, same cluster (legal form)
        "Zephyrrine Tiling Pty Ltd,,,,,P7,Pool,subcontractor,QLD,4000", // 8 pending, same cluster (misspelt)
        `Harbourview Formwork Pty Ltd,,${ABN_BLUEGUM},,,P8,Bridge,subcontractor,NSW,2000`, // 9 conflict
        ",,,,,P9,Nothing,builder,NSW,2000", // 10 error: empty name
        '"=HYPERLINK(""http://x"")",,,,,P10,Evil,builder,NSW,2000', // 11 error: formula
        `Northside Scaffolding Services,,,${ACN_NORTHSIDE},,P11,Deck,subcontractor,WA,6000`, // 12 identifier (ACN)
        `Quokka Glazing,,${ABN_UNKNOWN},,,P12,Glass,subcontractor,WA,6000`, // 13 pending, with an unknown ABN
        "Acme Builders,,123,,,P13,Mall,builder,NSW,2000", // 14 exact; the bad ABN is noted
      ),
    );
    batchId = received.batchId;
    expect(received.duplicate).toBe(false);
    expect(received.rowCount).toBe(13);
    await processBatch(db, batchId);
    rows = await outcomes(db, batchId);
  });

  const row = (line: number) => rows.find((r) => r.line === line)!;

  it("gives every row exactly one outcome", () => {
    expect(rows).toHaveLength(13);
    expect(rows.every((r) => r.outcome !== null)).toBe(true);
  });

  it("matches by identifier and adds the feed's spelling as an alias with provenance", async () => {
    expect(row(2)).toMatchObject({ outcome: "matched_identifier", employer_id: registry.acme });
    expect(row(2).alias_id).not.toBeNull();
    const { rows: aliases } = await db.ownerPool.query(
      "select name, kind::text, visibility::text, source_system, import_batch_id::text, import_row from app_public.aliases where id = $1",
      [row(2).alias_id],
    );
    expect(aliases[0]).toEqual({
      name: "Something Else Entirely",
      kind: "feed_spelling",
      visibility: "internal",
      source_system: "bci",
      import_batch_id: batchId,
      import_row: 2,
    });
    expect(row(12)).toMatchObject({ outcome: "matched_identifier", employer_id: registry.northside });
  });

  it("matches exact names (canonical and alias) and adds only names the employer lacks", () => {
    expect(row(3)).toMatchObject({ outcome: "matched_exact", employer_id: registry.acme });
    // "P/L" and "Pty Ltd" share a compare form: nothing new to learn.
    expect(row(3).alias_id).toBeNull();
    expect(row(4)).toMatchObject({ outcome: "matched_exact", employer_id: registry.acme, alias_id: null });
    expect(row(14)).toMatchObject({ outcome: "matched_exact", employer_id: registry.acme, alias_id: null });
    expect(row(14).explanation).toContain('ABN "123" ignored');
  });

  it("matches a misspelt name in the auto band as fuzzy and learns the spelling", () => {
    expect(row(5)).toMatchObject({ outcome: "matched_fuzzy", employer_id: registry.bluegum });
    expect(row(5).alias_id).not.toBeNull();
  });

  it("flags an identifier that contradicts a strong name match instead of accepting it", () => {
    expect(row(9).outcome).toBe("conflict");
    expect(row(9).explanation).toContain(`#${registry.bluegum}`);
    expect(row(9).explanation).toContain(`#${registry.harbour}`);
    expect(row(9).pending_employer_id).not.toBeNull();
    expect(row(9).alias_id).toBeNull();
  });

  it("records unusable rows as errors with the reason", () => {
    expect(row(10)).toMatchObject({ outcome: "error", error: "company_name is empty" });
    expect(row(11).outcome).toBe("error");
    expect(row(11).error).toContain("spreadsheet formula");
  });

  it("clusters the spellings of one new company into one pending item", async () => {
    expect(row(6).outcome).toBe("pending");
    expect(row(7).pending_employer_id).toBe(row(6).pending_employer_id);
    expect(row(8).pending_employer_id).toBe(row(6).pending_employer_id);
    expect(row(13).pending_employer_id).not.toBe(row(6).pending_employer_id);
    const { rows: items } = await db.ownerPool.query(
      "select name, occurrence_count, status::text from app_public.pending_employers where id = $1",
      [row(6).pending_employer_id],
    );
    expect(items[0]).toMatchObject({ occurrence_count: 3, status: "open" });
    const { rows: ids } = await db.ownerPool.query(
      "select scheme, value from app_public.pending_employer_identifiers where pending_employer_id = $1",
      [row(6).pending_employer_id],
    );
    expect(ids).toEqual([{ scheme: "bci_company", value: "BCI-77" }]);
  });

  it("keeps the batch's counters and state", async () => {
    const { rows: batches } = await db.ownerPool.query("select * from app_public.import_batches where id = $1", [
      batchId,
    ]);
    expect(batches[0]).toMatchObject({
      state: "done",
      row_count: 13,
      rows_processed: 13,
      matched_identifier_count: 2,
      matched_exact_count: 3,
      matched_fuzzy_count: 1,
      pending_count: 4,
      conflict_count: 1,
      error_count: 2,
    });
    expect(batches[0].finished_at).not.toBeNull();
  });

  it("counts occurrences per feed and name", async () => {
    const { rows: occ } = await db.ownerPool.query(
      "select occurrence_count, first_batch_id::text from app_public.feed_name_occurrences where source_system = 'bci' and compare_form = app_hidden.name_compare_form('Acme Builders')",
    );
    expect(occ[0]).toEqual({ occurrence_count: 2, first_batch_id: batchId });
  });

  it("puts a later batch's spelling of the same new company into the same item", async () => {
    const second = await importText(db, csv("ZEPHYRINE TILING PTY. LIMITED,,,,,P20,Spa,subcontractor,QLD,4000"));
    await processBatch(db, second.batchId);
    const [only] = await outcomes(db, second.batchId);
    expect(only).toMatchObject({ outcome: "pending", pending_employer_id: row(6).pending_employer_id });
  });
});
