// Import matching goes through the internal matcher (app_hidden.match_employers),
// so switching the public search off does not stop imports; the public
// searchEmployers returns exactly what the matcher returns; and an alias the
// aliases table refuses is counted in app_private.alias_insert_failures (what
// /metrics and ops health read) instead of failing the chunk or vanishing.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { testRoles } from "../helpers/test-env.ts";
import { ABN_ACME, csv, importText, outcomes, processBatch, seedRegistry, type Registry } from "./import-helpers.ts";

let db: TestDatabase;
let registry: Registry;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

const setAliasSearch = (enabled: boolean) =>
  db.ownerPool.query("update app_public.feature_switches set is_enabled = $1 where key = 'alias_search'", [enabled]);

const failures = async () =>
  (
    await db.ownerPool.query<{ operation: string; code: string; source: string }>(
      "select operation, code, source from app_private.alias_insert_failures order by id",
    )
  ).rows;

describe("the matcher behind searchEmployers and imports", () => {
  it("gives searchEmployers exactly the matcher's answer (one copy of the scoring)", async () => {
    for (const query of ["Bluegum Civil Engineerng", "Acme Builders", ABN_ACME, "Harbourview", "Nothing Like It"]) {
      const { rows: viaSearch } = await db.ownerPool.query(
        "select to_jsonb(s) as m from app_public.search_employers($1) s order by rank",
        [query],
      );
      const { rows: viaMatcher } = await db.ownerPool.query(
        "select to_jsonb(s) as m from app_hidden.match_employers($1) s order by rank",
        [query],
      );
      expect(viaSearch).toEqual(viaMatcher);
    }
    const { rows } = await db.ownerPool.query("select * from app_public.search_employers('Bluegum Civil Engineerng')");
    expect(rows[0]).toMatchObject({ employer_id: registry.bluegum, method: "fuzzy", band: "auto" });
  });

  it("keeps the public search behind the alias_search switch", async () => {
    await setAliasSearch(false);
    try {
      await expect(db.ownerPool.query("select * from app_public.search_employers('Acme')")).rejects.toMatchObject({
        message: expect.stringMatching(/alias search feature is switched off/),
      });
      // The matcher itself does not look at the switch.
      const { rows } = await db.ownerPool.query("select * from app_hidden.match_employers('Acme Builders')");
      expect(rows[0]).toMatchObject({ employer_id: registry.acme, band: "auto" });
    } finally {
      await setAliasSearch(true);
    }
  });

  it("keeps the matcher away from visitor roles (only the public search is granted)", async () => {
    const client = await db.rootPool.connect();
    try {
      await client.query("begin");
      await client.query(`set local role ${testRoles.visitors.steward}`);
      await expect(client.query("select * from app_hidden.match_employers('Acme')")).rejects.toMatchObject({
        code: "42501",
      });
    } finally {
      await client.query("rollback");
      client.release();
    }
  });

  it("imports and fuzzy-matches a batch while the public search is switched off", async () => {
    await setAliasSearch(false);
    try {
      const received = await importText(
        db,
        csv(
          "Bluegum Civil Engineerng Pty Ltd,,,,,P1,Road,head contractor,VIC,3000", // fuzzy
          "Acme Builders,,,,,P2,Mall,builder,NSW,2000", // exact
          "Wattlebird Roofing Pty Ltd,,,,,P3,Roof,subcontractor,NSW,2000", // pending
        ),
      );
      await processBatch(db, received.batchId);
      const rows = await outcomes(db, received.batchId);
      expect(rows.map((r) => [r.line, r.outcome, r.employer_id])).toEqual([
        [2, "matched_fuzzy", registry.bluegum],
        [3, "matched_exact", registry.acme],
        [4, "pending", null],
      ]);
      const { rows: batch } = await db.ownerPool.query(
        "select state::text, last_error from app_public.import_batches where id = $1",
        [received.batchId],
      );
      expect(batch[0]).toEqual({ state: "done", last_error: null });
    } finally {
      await setAliasSearch(true);
    }
  });
});

describe("an alias the table refuses", () => {
  it("records the failure for /metrics and ops health, explains it on the row and still finishes the batch", async () => {
    // A real constraint on the real table (added for this test): the aliases
    // table refuses one spelling, the way a future rule or a bad name would.
    await db.ownerPool.query(
      "alter table app_public.aliases add constraint test_no_shouting check (name <> 'ACME BUILDING GROUP')",
    );
    const before = (await failures()).length;
    try {
      const received = await importText(
        db,
        csv(
          `ACME BUILDING GROUP,,${ABN_ACME},,,P1,Tower,builder,NSW,2000`, // identifier; its alias is refused
          `Acme Building Co,,${ABN_ACME},,,P2,Tower,builder,NSW,2000`, // identifier; its alias is added
          "Harbourview Formwork Pty Ltd,,,,,P3,Bridge,subcontractor,NSW,2000", // exact, nothing to add
        ),
      );
      // One chunk for all three rows: the refused alias must not cost the others theirs.
      await processBatch(db, received.batchId, 10);
      const rows = await outcomes(db, received.batchId);
      expect(rows.map((r) => r.outcome)).toEqual(["matched_identifier", "matched_identifier", "matched_exact"]);
      const refused = rows[0]!;
      expect(refused.employer_id).toBe(registry.acme);
      expect(refused.alias_id).toBeNull();
      expect(refused.explanation).toMatch(
        new RegExp(
          `the name was not added as an alias of employer #${registry.acme}: .*test_no_shouting.*CHECK_VIOLATION`,
        ),
      );
      expect(rows[1]!.alias_id).not.toBeNull();

      const recorded = (await failures()).slice(before);
      expect(recorded).toEqual([{ operation: "import_batches__process", code: "CHECK_VIOLATION", source: "import" }]);
      const { rows: batch } = await db.ownerPool.query(
        "select state::text, aliases_added_count from app_public.import_batches where id = $1",
        [received.batchId],
      );
      expect(batch[0]).toEqual({ state: "done", aliases_added_count: 1 });
    } finally {
      await db.ownerPool.query("alter table app_public.aliases drop constraint test_no_shouting");
    }
  });

  it("records an alias the employer got at the same moment as a duplicate", async () => {
    // The chunk checks that the employer lacks the name, then inserts; a
    // trigger stands in for the other session that adds the same name in
    // between (a steward's addAlias, another import).
    await db.ownerPool.query(`
      create function public.test_add_first() returns trigger language plpgsql as $$
      begin
        if new.kind = 'feed_spelling' and new.name = 'Acme Builderz' then
          insert into app_public.aliases (employer_id, name, kind) values (new.employer_id, 'ACME BUILDERZ', 'other');
        end if;
        return new;
      end $$;
      create trigger _040_test_add_first before insert on app_public.aliases
        for each row when (pg_trigger_depth() = 0) execute function public.test_add_first();
    `);
    const before = (await failures()).length;
    try {
      const received = await importText(db, csv(`Acme Builderz,,${ABN_ACME},,,P9,Tower,builder,NSW,2000`));
      await processBatch(db, received.batchId, 10);
      const [row] = await outcomes(db, received.batchId);
      expect(row).toMatchObject({ outcome: "matched_identifier", employer_id: registry.acme, alias_id: null });
      expect(row!.explanation).toMatch(/not added as an alias .*already has this name.*DUPLICATE_ALIAS/);
      expect((await failures()).slice(before)).toEqual([
        { operation: "import_batches__process", code: "DUPLICATE_ALIAS", source: "import" },
      ]);
    } finally {
      await db.ownerPool.query(
        "drop trigger _040_test_add_first on app_public.aliases; drop function public.test_add_first()",
      );
    }
  });
});
