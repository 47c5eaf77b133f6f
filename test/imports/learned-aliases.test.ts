// Names an import learns from a fuzzy match stay unconfirmed: an exact match
// on one is not auto on that name alone (in search and in the next import),
// until a steward confirms it or a later row carries it with an identifier of
// the same employer; a steward may also retire it. Both sides of each right.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import {
  ABN_ACME,
  csv,
  importText,
  lowerFuzzyAutoThreshold,
  outcomes,
  processBatch,
  seedRegistry,
  type Registry,
} from "./import-helpers.ts";

let db: TestDatabase;
let registry: Registry;
let users: TestUsers;

beforeAll(async () => {
  db = await createTestDatabase();
  registry = await seedRegistry(db);
  users = await createUsers(db);
  await lowerFuzzyAutoThreshold(db);
}, 180_000);
afterAll(async () => {
  await db.drop();
});

const TYPO = "Bluegum Civil Engineerng Pty Ltd";

async function importAndProcess(...rows: string[]): Promise<string> {
  const received = await importText(db, csv(...rows));
  await processBatch(db, received.batchId);
  return received.batchId;
}

async function learned(name: string) {
  return (
    await db.ownerPool.query(
      `select id::text, employer_id::text, learned_state, learned_score, import_batch_id::text,
              confirmed_by::text, confirmed_by_batch_id::text
       from app_public.aliases where name = $1`,
      [name],
    )
  ).rows[0];
}

async function topMatch(name: string) {
  return (
    await db.ownerPool.query(
      "select employer_id::text, band::text, method::text, explanation from app_hidden.match_employers($1) limit 1",
      [name],
    )
  ).rows[0];
}

describe("a name learned from a fuzzy match", () => {
  let firstBatch: string;

  beforeAll(async () => {
    firstBatch = await importAndProcess(`${TYPO},,,,,P1,Road,builder,VIC,3000`);
  });

  it("is learned as an unconfirmed alias, with its batch and score", async () => {
    expect((await outcomes(db, firstBatch))[0]!.outcome).toBe("matched_fuzzy");
    const alias = await learned(TYPO);
    expect(alias).toMatchObject({
      employer_id: registry.bluegum,
      learned_state: "unconfirmed",
      import_batch_id: firstBatch,
      confirmed_by: null,
    });
    expect(alias.learned_score).toBeGreaterThan(0.8);
    expect(alias.learned_score).toBeLessThan(1);
  });

  it("answers an exact search in the review band, not auto, and says why", async () => {
    const match = await topMatch(TYPO);
    expect(match).toMatchObject({ employer_id: registry.bluegum, band: "review", method: "exact" });
    expect(match.explanation).toMatch(/learned from a fuzzy match and no steward has confirmed/);
  });

  it("sends the same name in the next batch to the pending queue, not to an automatic match", async () => {
    const batch = await importAndProcess(`${TYPO},,,,,P2,Road,builder,VIC,3000`);
    const [row] = await outcomes(db, batch);
    expect(row!.outcome).toBe("pending");
    expect(row!.employer_id).toBeNull();
    expect(row!.explanation).toMatch(/learned from a fuzzy match in batch #\d+ and not confirmed yet/);
  });

  it("is auto once a steward confirms it, and the decision is kept", async () => {
    const alias = await learned(TYPO);
    await expectSqlError(
      asRole(db, { role: "analyst", userId: users.analyst.id }, (client) =>
        client.query("select app_public.confirm_learned_alias($1)", [alias.id]),
      ),
      "42501",
    );
    await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      (client) => client.query("select app_public.confirm_learned_alias($1)", [alias.id]),
      { commit: true },
    );
    expect(await learned(TYPO)).toMatchObject({ learned_state: "confirmed", confirmed_by: String(users.steward.id) });
    expect((await topMatch(TYPO)).band).toBe("auto");
    const { rows } = await db.ownerPool.query(
      "select decision, decided_by::text from app_public.learned_alias_decisions where alias_id = $1",
      [alias.id],
    );
    expect(rows).toEqual([{ decision: "confirmed", decided_by: String(users.steward.id) }]);
    // Confirmed once: there is nothing left to confirm.
    await expectSqlError(
      asRole(db, { role: "steward", userId: users.steward.id }, (client) =>
        client.query("select app_public.confirm_learned_alias($1)", [alias.id]),
      ),
      "NTFND",
    );
  });

  it("is confirmed by a later batch's row that carries it with the employer's identifier", async () => {
    const name = "Acme Constructons Pty Ltd";
    await importAndProcess(`${name},,,,,P3,Mall,builder,NSW,2000`);
    expect(await learned(name)).toMatchObject({ employer_id: registry.acme, learned_state: "unconfirmed" });
    const witness = await importAndProcess(`${name},,${ABN_ACME},,,P4,Mall,builder,NSW,2000`);
    expect(await learned(name)).toMatchObject({
      learned_state: "confirmed",
      confirmed_by: null,
      confirmed_by_batch_id: witness,
    });
  });
});

describe("retiring a learned name", () => {
  const name = "Harbourview Formwrk Pty Ltd";

  it("removes it (search no longer finds it by that name) and keeps the decision", async () => {
    await importAndProcess(`${name},,,,,P5,Bridge,builder,NSW,2000`);
    const alias = await learned(name);
    expect(alias).toMatchObject({ employer_id: registry.harbour, learned_state: "unconfirmed" });
    await expectSqlError(
      asRole(db, { role: "analyst", userId: users.analyst.id }, (client) =>
        client.query("select app_public.retire_learned_alias($1, 'not theirs')", [alias.id]),
      ),
      "42501",
    );
    await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      (client) => client.query("select app_public.retire_learned_alias($1, 'not theirs')", [alias.id]),
      { commit: true },
    );
    expect(await learned(name)).toBeUndefined();
    expect((await topMatch(name)).method).toBe("fuzzy");
    const { rows } = await db.ownerPool.query(
      "select decision, note, employer_id::text from app_public.learned_alias_decisions where alias_id = $1",
      [alias.id],
    );
    expect(rows).toEqual([{ decision: "retired", note: "not theirs", employer_id: registry.harbour }]);
  });

  it("refuses a name no import learned", async () => {
    const { rows } = await db.ownerPool.query(
      "select id::text from app_public.aliases where name = 'Acme Builders' and employer_id = $1",
      [registry.acme],
    );
    await expectSqlError(
      asRole(db, { role: "steward", userId: users.steward.id }, (client) =>
        client.query("select app_public.retire_learned_alias($1)", [rows[0]!.id]),
      ),
      "NTFND",
    );
  });
});

describe("the queue of learned names", () => {
  it("lists the unconfirmed ones, riskiest first, to stewards only", async () => {
    await importAndProcess("Northside Scaffolding Service Pty Ltd,,,,,P6,Deck,builder,WA,6000");
    const rows = await asRole(
      db,
      { role: "steward", userId: users.steward.id },
      async (client) =>
        (
          await client.query(
            "select name, risk, sibling_count, rows_seen from app_public.learned_alias_queue order by risk desc",
          )
        ).rows,
    );
    expect(rows.map((r) => r.name)).toContain("Northside Scaffolding Service Pty Ltd");
    expect(rows.map((r) => r.name)).not.toContain(TYPO);
    for (const r of rows) expect(r.rows_seen).toBeGreaterThanOrEqual(1);
    await expectSqlError(
      asRole(db, { role: "analyst", userId: users.analyst.id }, (client) =>
        client.query("select * from app_public.learned_alias_queue"),
      ),
      "42501",
    );
    await expectSqlError(
      asRole(db, { role: "api_client" }, (client) => client.query("select * from app_public.learned_alias_decisions")),
      "42501",
    );
  });
});
