// Clustering pending rows within one chunk: names some item already holds
// (open, rejected, merged away, matched or created), names new in the chunk
// that join an earlier name's item by identifier or by a near-identical
// spelling, and identifiers two names of the chunk both carry. What each row
// and each pending item ends with depends on the order of the chunk's lines,
// which the expectations below spell out.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { ABN_BLUEGUM, ACN_NORTHSIDE, csv, importText, outcomes, processBatch, seedRegistry } from "./import-helpers.ts";

let db: TestDatabase;

interface PendingItem {
  id: string;
  name: string;
  status: string;
  occurrence_count: number;
  has_conflict: boolean;
  names: string[];
  identifiers: string[];
}

async function pendingItems(): Promise<PendingItem[]> {
  const { rows } = await db.ownerPool.query<PendingItem>(
    `select p.id::text, p.name, p.status::text, p.occurrence_count, p.conflict is not null as has_conflict,
            array(select n.name || ' ×' || n.occurrence_count from app_public.pending_employer_names n
                  where n.pending_employer_id = p.id order by n.name) as names,
            array(select i.scheme || ' ' || i.value from app_public.pending_employer_identifiers i
                  where i.pending_employer_id = p.id order by i.scheme, i.value) as identifiers
     from app_public.pending_employers p order by p.id`,
  );
  return rows;
}

async function itemId(name: string): Promise<string> {
  const { rows } = await db.ownerPool.query<{ id: string }>(
    "select pending_employer_id::text as id from app_public.pending_employer_names where name = $1",
    [name],
  );
  return rows[0]!.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
  // The pending items the chunk below meets.
  const earlier = await importText(
    db,
    csv(
      "Zephyrine Tiling Pty Ltd,BCI-77,,,,P1,Pool,subcontractor,QLD,4000",
      "Kestrel Joinery,BCI-78,,,,P2,Fitout,subcontractor,VIC,3000",
      "To Be Advised Placeholder,,,,,P3,Depot,builder,NSW,2000",
      "Goanna Painting,,,,,P4,School,subcontractor,NSW,2000",
      "Platypus Decorators,,,,,P5,School,subcontractor,NSW,2000",
      "Wallaby Plumbing Services,,,,,P6,Hospital,subcontractor,SA,5000",
      "Dingo Drainage Services,,,,,P7,Road,subcontractor,SA,5000",
      `Harbourview Formwork Pty Ltd,,${ABN_BLUEGUM},,,P8,Bridge,subcontractor,NSW,2000`,
      `Acme Builders,,,${ACN_NORTHSIDE},,P9,Mall,builder,NSW,2000`,
    ),
  );
  await processBatch(db, earlier.batchId);
  const owner = db.ownerPool;
  await owner.query("select app_public.reject_pending_employer($1, 'a placeholder')", [
    await itemId("To Be Advised Placeholder"),
  ]);
  await owner.query("select app_public.reject_pending_employer($1, 'a mistyped ABN')", [await itemId("Acme Builders")]);
  await owner.query("select app_public.merge_pending_employers($1, $2)", [
    await itemId("Goanna Painting"),
    await itemId("Platypus Decorators"),
  ]);
  // As if a steward had matched one item and created an employer from another,
  // and their aliases had been retired since: the names come back unmatched.
  await owner.query("update app_public.pending_employers set status = 'matched', resolved_at = now() where id = $1", [
    await itemId("Wallaby Plumbing Services"),
  ]);
  await owner.query("update app_public.pending_employers set status = 'created', resolved_at = now() where id = $1", [
    await itemId("Dingo Drainage Services"),
  ]);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

describe("clustering one chunk's pending rows", () => {
  let rows: Awaited<ReturnType<typeof outcomes>>;
  let items: PendingItem[];
  const rowItem = (line: number) => {
    const row = rows.find((r) => r.line === line)!;
    return [row.outcome, items.find((i) => i.id === row.pending_employer_id)?.name ?? null];
  };

  beforeAll(async () => {
    const chunk = await importText(
      db,
      csv(
        "Zephyrine Tiling,BCI-501,,,,P10,Pool,subcontractor,QLD,4000", // 2 held by an open item; a new identifier
        "Orbital Cranes Hire,BCI-501,,,,P11,Tower,subcontractor,QLD,4000", // 3 new: joins line 2's item by that identifier
        "Nimbus Electrical Services,BCI-502,,,,P12,Tower,subcontractor,VIC,3000", // 4 new: a new item
        "Kestrel Joinery,BCI-502,,,,P13,Fitout,subcontractor,VIC,3000", // 5 held; line 4's item keeps BCI-502
        "Nimbus Electrical Service,,,,,P14,Tower,subcontractor,VIC,3000", // 6 new: joins line 4's item by spelling
        "To Be Advised Placeholder,,,,,P15,Depot,builder,NSW,2000", // 7 held by a rejected item
        "Platypus Decorators,,,,,P16,School,subcontractor,NSW,2000", // 8 merged into Goanna Painting's item
        "Dingo Drainage Service,,,,,P17,Road,subcontractor,SA,5000", // 9 new: its near twin is not open yet
        "Wallaby Plumbing Services,,,,,P18,Hospital,subcontractor,SA,5000", // 10 matched item: reopened
        "Wallaby Plumbing Service,,,,,P19,Hospital,subcontractor,SA,5000", // 11 new: joins the reopened item
        "Dingo Drainage Services,,,,,P20,Road,subcontractor,SA,5000", // 12 created item: reopened
        `Harbourview Formwork Pty Ltd,BCI-504,${ABN_BLUEGUM},,,P21,Bridge,subcontractor,NSW,2000`, // 13 conflict, open item
        `Acme Builders,,,${ACN_NORTHSIDE},,P22,Mall,builder,NSW,2000`, // 14 conflict, rejected item: still queued
        "Zephyrine Tiling Pty Ltd,,,,,P23,Spa,subcontractor,QLD,4000", // 15 same name as line 2
        "Goanna Painting,BCI-504,,,,P24,School,subcontractor,NSW,2000", // 16 held; line 13's item keeps BCI-504
        "Orbital Cranes Hire,,,,,P25,Tower,subcontractor,QLD,4000", // 17 same name as line 3
      ),
    );
    await processBatch(db, chunk.batchId, 100);
    rows = await outcomes(db, chunk.batchId);
    items = await pendingItems();
  });

  it("gives each row its outcome and item", () => {
    expect(rows.map((r) => [r.line, ...rowItem(r.line)])).toEqual([
      [2, "pending", "Zephyrine Tiling Pty Ltd"],
      [3, "pending", "Zephyrine Tiling Pty Ltd"],
      [4, "pending", "Nimbus Electrical Services"],
      [5, "pending", "Kestrel Joinery"],
      [6, "pending", "Nimbus Electrical Services"],
      [7, "rejected", "To Be Advised Placeholder"],
      [8, "pending", "Goanna Painting"],
      [9, "pending", "Dingo Drainage Service"],
      [10, "pending", "Wallaby Plumbing Services"],
      [11, "pending", "Wallaby Plumbing Services"],
      [12, "pending", "Dingo Drainage Services"],
      [13, "conflict", "Harbourview Formwork Pty Ltd"],
      [14, "conflict", "Acme Builders"],
      [15, "pending", "Zephyrine Tiling Pty Ltd"],
      [16, "pending", "Goanna Painting"],
      [17, "pending", "Zephyrine Tiling Pty Ltd"],
    ]);
    expect(rows.find((r) => r.line === 7)!.explanation).toContain("a placeholder");
  });

  it("leaves the pending items with these names, identifiers and counts", () => {
    expect(items.map(({ id: _id, ...item }) => item)).toEqual([
      {
        name: "Zephyrine Tiling Pty Ltd",
        status: "open",
        occurrence_count: 5,
        has_conflict: false,
        names: ["Orbital Cranes Hire ×2", "Zephyrine Tiling Pty Ltd ×3"],
        identifiers: ["bci_company BCI-501", "bci_company BCI-77"],
      },
      {
        name: "Kestrel Joinery",
        status: "open",
        occurrence_count: 2,
        has_conflict: false,
        names: ["Kestrel Joinery ×2"],
        identifiers: ["bci_company BCI-78"],
      },
      {
        name: "To Be Advised Placeholder",
        status: "rejected",
        occurrence_count: 1,
        has_conflict: false,
        names: ["To Be Advised Placeholder ×1"],
        identifiers: [],
      },
      {
        name: "Goanna Painting",
        status: "open",
        occurrence_count: 4,
        has_conflict: false,
        names: ["Goanna Painting ×2", "Platypus Decorators ×2"],
        identifiers: [],
      },
      {
        name: "Platypus Decorators",
        status: "merged",
        occurrence_count: 1,
        has_conflict: false,
        names: [],
        identifiers: [],
      },
      {
        name: "Wallaby Plumbing Services",
        status: "open",
        occurrence_count: 3,
        has_conflict: false,
        names: ["Wallaby Plumbing Service ×1", "Wallaby Plumbing Services ×2"],
        identifiers: [],
      },
      {
        name: "Dingo Drainage Services",
        status: "open",
        occurrence_count: 2,
        has_conflict: false,
        names: ["Dingo Drainage Services ×2"],
        identifiers: [],
      },
      {
        name: "Harbourview Formwork Pty Ltd",
        status: "open",
        occurrence_count: 2,
        has_conflict: true,
        names: ["Harbourview Formwork Pty Ltd ×2"],
        identifiers: [`abn ${ABN_BLUEGUM}`, "bci_company BCI-504"],
      },
      {
        name: "Acme Builders",
        status: "rejected",
        occurrence_count: 2,
        has_conflict: true,
        names: ["Acme Builders ×2"],
        identifiers: [`acn ${ACN_NORTHSIDE}`],
      },
      {
        name: "Nimbus Electrical Services",
        status: "open",
        occurrence_count: 2,
        has_conflict: false,
        names: ["Nimbus Electrical Service ×1", "Nimbus Electrical Services ×1"],
        identifiers: ["bci_company BCI-502"],
      },
      {
        name: "Dingo Drainage Service",
        status: "open",
        occurrence_count: 1,
        has_conflict: false,
        names: ["Dingo Drainage Service ×1"],
        identifiers: [],
      },
    ]);
  });

  it("counts every row of the chunk on one item's names, once", () => {
    const counted = items.filter((i) => i.status !== "merged").reduce((sum, i) => sum + i.occurrence_count, 0);
    // Nine rows before this chunk, sixteen in it; the rejected item's plain rows are not counted.
    expect(counted).toBe(9 + 16 - 1);
  });
});
