// Imports feeding the promotion queue (migration 000004, written as current/7-integration.sql):
// a finished batch adds its names to the queue's feed evidence, and open
// pending items show as conflicts of a candidate with the same name.
import { asRole, createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { employerWith, queueItemsOf } from "../helpers/promotion.ts";
import { csv, importText, outcomes, processBatch, seedRegistry, type Registry } from "../imports/import-helpers.ts";

let db: TestDatabase;
let registry: Registry;
let users: TestUsers;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
  users = await createUsers(db);
}, 180_000);
afterAll(() => db.drop());

const occurrences = async (name: string) =>
  (
    await db.ownerPool.query<{ row_count: string; project_count: string }>(
      `select row_count::text, project_count::text from app_public.alias_occurrences
       where source_system = 'bci' and compare_form = app_hidden.name_compare_form($1)`,
      [name],
    )
  ).rows[0];

describe("an import batch feeds the promotion evidence", () => {
  let batchId: string;

  beforeAll(async () => {
    const received = await importText(
      db,
      csv(
        "Acme Builders,,,,,P1,Tower,builder,NSW,2000",
        "ACME BUILDERS,,,,,P2,Mall,builder,NSW,2000",
        "Acme  Builders,,,,,P2,Mall,builder,NSW,2000",
        "Acme Builders,,,,,P3,Road,builder,NSW,2000",
        ",,,,,P9,Nothing,builder,NSW,2000", // error: not counted
      ),
    );
    batchId = received.batchId;
  });

  it("records nothing before the batch is done", async () => {
    expect(await occurrences("Acme Builders")).toBeUndefined();
  });

  it("raises the name's occurrence count in the queue evidence once the batch is done", async () => {
    const before = await queueItemsOf(db.ownerPool, registry.acme);
    // The trading alias is queued as a trusted name, with no feed rows yet.
    expect(before.map((i) => [i.candidate_name, i.rules, i.candidate_rows])).toEqual([
      ["Acme Builders", ["trusted_legal_or_trading_name"], "0"],
    ]);
    await processBatch(db, batchId, 2);
    // Two spellings as written ("Acme Builders" twice after whitespace is
    // collapsed, "ACME BUILDERS" once) with one compare form: one row.
    expect(await occurrences("Acme Builders")).toEqual({ row_count: "4", project_count: "4" });
    const items = await queueItemsOf(db.ownerPool, registry.acme);
    expect(items.map((i) => [i.candidate_name, i.rules, i.candidate_rows])).toEqual([
      ["Acme Builders", ["trusted_legal_or_trading_name", "seen_more_often_in_feeds"], "4"],
    ]);
  });

  it("records a batch once: finishing it again adds nothing", async () => {
    await processBatch(db, batchId, 2);
    expect(await occurrences("Acme Builders")).toEqual({ row_count: "4", project_count: "4" });
  });

  it("agrees with the imports' own per-feed count once batches are done", async () => {
    const second = await importText(db, csv("Acme Builders,,,,,P7,Hall,builder,NSW,2000"));
    await processBatch(db, second.batchId);
    const { rows } = await db.ownerPool.query<{ imports: string; promotion: string }>(
      `select (select sum(occurrence_count)::text from app_public.feed_name_occurrences where source_system = 'bci') as imports,
              (select sum(row_count)::text from app_public.alias_occurrences where source_system = 'bci') as promotion`,
    );
    expect(rows[0]).toEqual({ imports: "5", promotion: "5" });
  });
});

describe("open pending items as promotion conflicts", () => {
  let pendingId: string;
  let employerId: string;

  beforeAll(async () => {
    const received = await importText(db, csv("Zephyrine Tiling,,,,,P5,Pool,subcontractor,QLD,4000"));
    await processBatch(db, received.batchId);
    const rows = await outcomes(db, received.batchId);
    expect(rows.map((r) => r.outcome)).toEqual(["pending"]);
    pendingId = rows[0]!.pending_employer_id!;
    // A trusted legal name with the pending item's name (and its legal form).
    ({ employerId } = await employerWith(db.ownerPool, "Zed Holdings", [
      { name: "Zephyrine Tiling Pty Ltd", kind: "legal", source: "abr" },
    ]));
  });

  it("lists an open pending item with the candidate's name among the item's conflicts", async () => {
    const items = await asRole(db, { role: "analyst", userId: users.analyst.id }, (c) => queueItemsOf(c, employerId));
    expect(items).toHaveLength(1);
    expect(items[0]!.conflicts).toEqual([
      { kind: "open_pending_item", pendingId: Number(pendingId), name: "Zephyrine Tiling" },
    ]);
    expect(items[0]!.evidence.conflicts).toEqual(items[0]!.conflicts);
  });

  it("drops the conflict once a steward resolves the pending item", async () => {
    await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      (c) => c.query("select app_public.reject_pending_employer($1, 'test: not a company')", [pendingId]),
      { commit: true },
    );
    const items = await queueItemsOf(db.ownerPool, employerId);
    expect(items.map((i) => i.conflicts)).toEqual([[]]);
  });

  it("finds no pending item for a name nobody imported", async () => {
    const { rows } = await db.ownerPool.query(
      "select app_hidden.promotion_pending_conflicts(app_hidden.name_compare_form('Nobody Imported This')) as c",
    );
    expect(rows[0].c).toEqual([]);
  });
});
