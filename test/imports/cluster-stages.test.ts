// The stages of app_hidden.cluster_pending_rows, one by one, in one transaction
// on a real chunk: the chunk's rows are read and given their outcomes by the
// import stages first, then each clustering stage runs and the working table
// cluster_groups (or the pending items) is looked at after it. The look-up a
// new name uses to join an open item is tested on its own. clustering.test.ts
// covers the whole driver on harder cases.
import type pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { csv, importText, processBatch, seedRegistry } from "./import-helpers.ts";

let db: TestDatabase;
const item: Record<string, string> = {};
const baseForm: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
  const earlier = await importText(
    db,
    csv(
      "Zephyrine Tiling Pty Ltd,BCI-77,,,,P1,Pool,subcontractor,QLD,4000",
      "To Be Advised Placeholder,,,,,P2,Depot,builder,NSW,2000",
      "Wallaby Plumbing Services,,,,,P3,Hospital,subcontractor,SA,5000",
      "Quokka Scaffolding Hire,,,,,P4,Tower,subcontractor,WA,6000",
    ),
  );
  await processBatch(db, earlier.batchId);
  const { rows } = await db.ownerPool.query<{ name: string; id: string; base_form: string }>(
    "select name, pending_employer_id::text as id, base_form from app_public.pending_employer_names",
  );
  for (const row of rows) {
    item[row.name] = row.id;
    baseForm[row.name] = row.base_form;
  }
  await db.ownerPool.query("select app_public.reject_pending_employer($1, 'a placeholder')", [
    item["To Be Advised Placeholder"],
  ]);
  // As if a steward had matched it and the alias had been retired since.
  await db.ownerPool.query(
    "update app_public.pending_employers set status = 'matched', resolved_at = now() where id = $1",
    [item["Wallaby Plumbing Services"]],
  );
}, 180_000);
afterAll(async () => {
  await db.drop();
});

describe("app_hidden.cluster_find_open_item", () => {
  const find = async (form: string, abns: string[] = [], acns: string[] = [], bcis: string[] = []) =>
    (
      await db.ownerPool.query<{ id: string | null }>(
        "select (app_hidden.cluster_find_open_item($1, $2, $3, $4)).id::text as id",
        [form, abns, acns, bcis],
      )
    ).rows[0]!.id;

  it("finds the open item holding one of the name's identifiers, whatever the spelling", async () => {
    expect(await find("something else entirely", [], [], ["BCI-77"])).toBe(item["Zephyrine Tiling Pty Ltd"]);
  });

  it("finds the open item whose name is a few edits away", async () => {
    const misspelt = baseForm["Quokka Scaffolding Hire"]!.replace("scaffolding", "scafolding");
    expect(misspelt).not.toBe(baseForm["Quokka Scaffolding Hire"]);
    expect(await find(misspelt)).toBe(item["Quokka Scaffolding Hire"]);
  });

  it("finds nothing for a rejected or matched item, a short name, or a name too far away", async () => {
    expect(await find(baseForm["To Be Advised Placeholder"]!)).toBeNull();
    expect(await find(baseForm["Wallaby Plumbing Services"]!)).toBeNull();
    expect(await find("quokk")).toBeNull();
    expect(await find("quokka crane hire")).toBeNull();
  });
});

describe("the clustering stages, in order, on one chunk", () => {
  let client: pg.PoolClient;
  interface Group {
    name: string;
    row_count: number;
    first_line: number;
    pending_employer_id: string | null;
    is_rejected: boolean;
    takes_turn: boolean;
  }
  const groups = async () => {
    const { rows } = await client.query<Group>(
      `select name, row_count, first_line, pending_employer_id::text, is_rejected, takes_turn
       from cluster_groups order by first_line`,
    );
    return Object.fromEntries(rows.map((g) => [g.name, g]));
  };

  beforeAll(async () => {
    const chunk = await importText(
      db,
      csv(
        "Zephyrine Tiling Pty Ltd,BCI-501,,,,P10,Spa,subcontractor,QLD,4000", // 2 held by an open item; a new identifier
        "Orbital Cranes Hire,BCI-501,,,,P11,Tower,subcontractor,QLD,4000", // 3 new: shares line 2's new identifier
        "Nimbus Electrical Services,,,,,P12,Tower,subcontractor,VIC,3000", // 4 new
        "Nimbus Electrical Service,,,,,P13,Tower,subcontractor,VIC,3000", // 5 new: near line 4
        "To Be Advised Placeholder,,,,,P14,Depot,builder,NSW,2000", // 6 held by a rejected item
        "Wallaby Plumbing Services,,,,,P15,Hospital,subcontractor,SA,5000", // 7 held by a matched item
        "Orbital Cranes Hire,,,,,P16,Tower,subcontractor,QLD,4000", // 8 same name as line 3
      ),
    );
    client = await db.ownerPool.connect();
    await client.query("begin");
    await client.query("select app_hidden.import_chunk_open()");
    await client.query("select app_hidden.import_chunk_read($1, 100)", [chunk.batchId]);
    await client.query("select app_hidden.import_chunk_name_forms($1)", [chunk.batchId]);
    await client.query("select app_hidden.import_chunk_identifiers()");
    await client.query("select app_hidden.import_chunk_exact_names($1)", [chunk.batchId]);
    await client.query("select app_hidden.import_chunk_fuzzy_names($1)", [chunk.batchId]);
    await client.query("select app_hidden.import_chunk_outcomes()");
    const outcomes = await client.query<{ outcome: string }>("select distinct outcome::text from import_chunk");
    expect(outcomes.rows.map((r) => r.outcome)).toEqual(["pending"]);
  }, 60_000);
  afterAll(async () => {
    await client.query("rollback");
    client.release();
  });

  it("0 opens empty working tables, and empties them when opened again", async () => {
    await client.query("select app_hidden.cluster_open()");
    await client.query(
      "insert into cluster_groups (base_form, row_count, first_line, has_conflict, abns, acns, bcis) values ('x', 1, 1, false, '{}', '{}', '{}')",
    );
    await client.query("select app_hidden.cluster_open()");
    expect((await client.query("select count(*)::int as n from cluster_groups")).rows[0].n).toBe(0);
  });

  it("1 groups the rows by name, with the item holding each name; new names and matched items take a turn", async () => {
    await client.query("select app_hidden.cluster_collect_groups()");
    const g = await groups();
    expect(Object.keys(g)).toEqual([
      "Zephyrine Tiling Pty Ltd",
      "Orbital Cranes Hire",
      "Nimbus Electrical Services",
      "Nimbus Electrical Service",
      "To Be Advised Placeholder",
      "Wallaby Plumbing Services",
    ]);
    expect(g["Orbital Cranes Hire"]).toMatchObject({
      row_count: 2,
      first_line: 3,
      pending_employer_id: null,
      takes_turn: true,
    });
    expect(g["Zephyrine Tiling Pty Ltd"]).toMatchObject({
      pending_employer_id: item["Zephyrine Tiling Pty Ltd"],
      takes_turn: false,
    });
    expect(g["To Be Advised Placeholder"]).toMatchObject({ is_rejected: true, takes_turn: false });
    expect(g["Wallaby Plumbing Services"]).toMatchObject({
      pending_employer_id: item["Wallaby Plumbing Services"],
      takes_turn: true,
    });
  });

  it("2 gives a turn to a held name sharing a new identifier with a name that takes one", async () => {
    await client.query("select app_hidden.cluster_draw_in_by_identifiers()");
    const g = await groups();
    expect(g["Zephyrine Tiling Pty Ltd"]!.takes_turn).toBe(true);
    expect(g["To Be Advised Placeholder"]!.takes_turn).toBe(false);
    const { rows } = await client.query("select scheme, value from cluster_new_identifiers order by base_form");
    expect(rows).toEqual([
      { scheme: "bci_company", value: "BCI-501" },
      { scheme: "bci_company", value: "BCI-501" },
    ]);
  });

  it("3 joins, opens or reopens an item for each name in line order", async () => {
    await client.query("select app_hidden.cluster_take_turns('bci')");
    const g = await groups();
    // Line 2 took its turn first and recorded BCI-501, by which line 3 joined its item.
    expect(g["Orbital Cranes Hire"]!.pending_employer_id).toBe(item["Zephyrine Tiling Pty Ltd"]);
    const nimbus = g["Nimbus Electrical Services"]!.pending_employer_id;
    expect(Object.values(item)).not.toContain(nimbus);
    expect(g["Nimbus Electrical Service"]!.pending_employer_id).toBe(nimbus);
    const { rows } = await client.query(
      "select status::text, occurrence_count from app_public.pending_employers where id = $1",
      [item["Wallaby Plumbing Services"]],
    );
    expect(rows[0]).toEqual({ status: "open", occurrence_count: 1 });
    const names = await client.query(
      "select name, occurrence_count from app_public.pending_employer_names where pending_employer_id = $1 order by name",
      [nimbus],
    );
    // Recorded, not yet counted.
    expect(names.rows).toEqual([
      { name: "Nimbus Electrical Service", occurrence_count: 0 },
      { name: "Nimbus Electrical Services", occurrence_count: 0 },
    ]);
  });

  it("4 counts the rows on their items, rejects a rejected name's rows, and gives every row its item", async () => {
    await client.query("select app_hidden.cluster_record_counts()");
    const { rows } = await client.query<{ line: number; outcome: string; pending_employer_id: string }>(
      "select line, outcome::text, pending_employer_id::text from import_chunk order by line",
    );
    expect(rows.map((r) => [r.line, r.outcome, r.pending_employer_id])).toEqual([
      [2, "pending", item["Zephyrine Tiling Pty Ltd"]],
      [3, "pending", item["Zephyrine Tiling Pty Ltd"]],
      [4, "pending", rows[2]!.pending_employer_id],
      [5, "pending", rows[2]!.pending_employer_id],
      [6, "rejected", item["To Be Advised Placeholder"]],
      [7, "pending", item["Wallaby Plumbing Services"]],
      [8, "pending", item["Zephyrine Tiling Pty Ltd"]],
    ]);
    const counts = await client.query(
      `select p.name, p.occurrence_count from app_public.pending_employers p
       where p.id = any ($1::bigint[]) order by p.id`,
      [[item["Zephyrine Tiling Pty Ltd"], item["To Be Advised Placeholder"], rows[2]!.pending_employer_id]],
    );
    // Zephyrine's item: 1 row earlier, 1 now and Orbital's 2; its two names seen twice each, the first recorded
    // names it. The rejected item counts nothing new. Nimbus: one row of each spelling.
    expect(counts.rows).toEqual([
      { name: "Zephyrine Tiling Pty Ltd", occurrence_count: 4 },
      { name: "To Be Advised Placeholder", occurrence_count: 1 },
      { name: "Nimbus Electrical Services", occurrence_count: 2 },
    ]);
  });
});
