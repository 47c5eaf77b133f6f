// The home page's SQL: counts of what waits (home_counts) and the latest
// events (recent_activity), readable by analysts and up, refused below.
import { asRole, createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { employerWith, seenInFeed } from "../helpers/promotion.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let users: TestUsers;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  const owner = db.ownerPool;
  await employerWith(owner, "Hutchinson Builders Pty Ltd", [{ name: "Hutchies", source: "bci" }]);
  await seenInFeed(owner, "Hutchies", 9);
  await employerWith(owner, "RIVERSTONE FENCING");
  await owner.query(
    `insert into app_public.pending_employers (name, source_system) values ('Tasman Rigging', 'bci');
     insert into app_public.import_batches (source_system, file_name, state) values ('bci', 'week.csv', 'processing');
     insert into app_public.import_batches (source_system, file_name, state, last_error) values ('bci', 'bad.csv', 'failed', 'no header')`,
  );
});
afterAll(() => db.drop());

const counts = (role: "analyst" | "steward" | "api_client" | "anonymous", userId?: string) =>
  asRole(
    db,
    { role, userId: userId ?? null },
    async (client) => (await client.query("select * from app_public.home_counts()")).rows[0],
  );

it("counts what waits for an analyst: queue tasks, pending, imports and the alerts over their bounds", async () => {
  expect(await counts("analyst", users.analyst.id)).toEqual({
    promotion_items: 1,
    spelling_items: 1,
    claimed_by_me: 0,
    pending_items: 1,
    oldest_pending_days: "0.0",
    imports_in_progress: 1,
    imports_failed_this_week: 1,
    alias_failures_last_hour: 0,
    alerts: [{ check: "failed_imports", label: "Imports failed this week", value: 1, threshold: 0 }],
  });
});

it("counts a steward's own claims, and raises the backlog alert past 50 items", async () => {
  const owner = db.ownerPool;
  const { rows } = await owner.query<{ employer_id: string }>(
    "select employer_id::text from app_public.canonical_promotion_queue('promote') limit 1",
  );
  await asRole(
    db,
    { role: "steward", userId: users.steward.id },
    (client) => client.query("select app_public.claim_promotion_item($1)", [rows[0]!.employer_id]),
    { commit: true },
  );
  expect(await counts("steward", users.steward.id)).toMatchObject({ claimed_by_me: 1 });
  expect(await counts("analyst", users.analyst.id)).toMatchObject({ claimed_by_me: 0 });
  await owner.query(
    "select app_public.register_employer('BACKLOG EMPLOYER NUMBER ' || chr(65 + g / 26) || chr(65 + g % 26)) from generate_series(0, 50) g",
  );
  const { alerts } = await counts("analyst", users.analyst.id);
  expect(alerts[0]).toEqual({
    check: "review_backlog",
    label: "Promotion queue over its bound",
    value: 53,
    threshold: 50,
  });
});

it("refuses the counts and the activity to API clients and anonymous visitors", async () => {
  await expect(counts("api_client")).rejects.toMatchObject({ code: "42501" });
  await expect(counts("anonymous")).rejects.toMatchObject({ code: "42501" });
  await expect(
    asRole(db, { role: "api_client" }, (client) => client.query("select * from app_public.recent_activity(5)")),
  ).rejects.toMatchObject({ code: "42501" });
});

it("lists the latest events newest first, with who did them", async () => {
  const { rows: employers } = await db.ownerPool.query<{ id: string }>(
    "select id::text from app_public.employers where name = 'RIVERSTONE FENCING'",
  );
  await asRole(
    db,
    { role: "steward", userId: users.steward.id },
    (client) =>
      client.query("select app_public.correct_canonical_spelling($1, 'Riverstone Fencing')", [employers[0]!.id]),
    { commit: true },
  );
  const activity = await asRole(db, { role: "analyst", userId: users.analyst.id }, async (client) => {
    const { rows } = await client.query("select kind, action, title, who from app_public.recent_activity(3)");
    return rows;
  });
  expect(activity).toHaveLength(3);
  expect(activity[0]).toEqual({
    kind: "decision",
    action: "promote",
    title: "RIVERSTONE FENCING → Riverstone Fencing",
    who: "Test test_steward",
  });
  expect(activity.map((a) => a.kind)).toEqual(expect.arrayContaining(["import"]));
});
