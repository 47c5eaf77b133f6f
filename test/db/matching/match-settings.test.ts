// The matcher's thresholds live in app_public.match_settings: analysts read
// them, only admins change them (setMatchSetting), every change is audited,
// and the next search uses the new value.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
let carnegieId: string;

async function band(query: string): Promise<{ employer_id: string; band: string; score: number }> {
  return asRole(db, { role: "api_client" }, async (c) => {
    const { rows } = await c.query(
      "select employer_id::text, band::text, score from app_public.search_employers($1) order by rank limit 1",
      [query],
    );
    return rows[0];
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  await db.ownerPool.query(
    `select app_public.register_employer(format('Vornel%s Group Services', n)) from generate_series(1, 20) n`,
  );
  carnegieId = (
    await db.ownerPool.query<{ id: string }>(
      "select (app_public.register_employer('Carnegie Mellon University')).id::text as id",
    )
  ).rows[0]!.id;
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

it("lets analysts read every threshold with the precision it was chosen for", async () => {
  const rows = await asRole(db, { role: "analyst", userId: users.analyst.id }, async (c) => {
    return (await c.query("select key, value, chosen_for_precision from app_public.match_settings order by key")).rows;
  });
  const keys = rows.map((r) => r.key);
  expect(keys).toEqual(
    expect.arrayContaining(["auto_min_score", "auto_min_score_exact", "auto_min_margin", "review_min_score"]),
  );
  expect(rows.find((r) => r.key === "auto_min_score")!.chosen_for_precision).toBeGreaterThanOrEqual(0.99);
});

it("hides them from API clients", async () => {
  await asRole(db, { role: "api_client" }, async (c) => {
    await expectSqlError(c.query("select * from app_public.match_settings"), "42501");
  });
});

it("refuses a steward's change, in the function and on the table", async () => {
  await asRole(db, { role: "steward", userId: users.steward.id }, async (c) => {
    await expectSqlError(c.query("select app_public.set_match_setting('auto_min_score', 0.5, 0.9, 'looser')"), "42501");
  });
  await asRole(db, { role: "steward", userId: users.steward.id }, async (c) => {
    await expectSqlError(
      c.query("update app_public.match_settings set value = 0.5 where key = 'auto_min_score'"),
      "42501",
    );
  });
});

it("lets an admin change a threshold: audited, with the reason, and used by the next search", async () => {
  expect(await band("Carnegie Melon University")).toMatchObject({ employer_id: carnegieId, band: "auto" });
  await asRole(
    db,
    { role: "admin", userId: users.admin.id },
    async (c) => {
      const { rows } = await c.query(
        "select * from app_public.set_match_setting('auto_min_score', 0.99, 0.999, 'stricter after a calibration')",
      );
      expect(rows[0]).toMatchObject({ key: "auto_min_score", value: 0.99, chosen_for_precision: 0.999 });
      expect(String(rows[0].updated_by)).toBe(users.admin.id);
    },
    { commit: true },
  );
  const audit = await db.ownerPool.query(
    `select actor_user_id::text, actor_role, before->>'value' as before, after->>'value' as after,
            after->>'last_change_reason' as reason
     from app_public.audit_events where table_name = 'app_public.match_settings' and row_key = 'auto_min_score'
     order by id desc limit 1`,
  );
  expect(audit.rows[0]).toEqual({
    actor_user_id: users.admin.id,
    actor_role: "admin",
    before: expect.any(String),
    after: "0.99",
    reason: "stricter after a calibration",
  });
  expect((await band("Carnegie Melon University")).band).toBe("review");
});

it("refuses an admin's change without a reason, of an unknown key or to a negative value", async () => {
  await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
    await expectSqlError(c.query("select app_public.set_match_setting('auto_min_score', 0.9, null, ' ')"), "RSNRQ");
  });
  await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
    await expectSqlError(c.query("select app_public.set_match_setting('no_such_key', 0.9, null, 'x')"), "NTFND");
  });
  await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
    await expectSqlError(c.query("select app_public.set_match_setting('auto_min_score', -1, null, 'x')"), "23514");
  });
});
