// Leave one out: a steward's "this name is X" usually taught the registry that
// name, so the replay hides X's own name of that form while it asks the matcher,
// and judges the answer a stranger with that name would get. Nothing the replay
// hides stays hidden.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { createUsers } from "../../helpers/users.ts";
import { runStewardCalibration } from "../../../server/src/registry/steward-calibration.ts";

let db: TestDatabase;
const ids: Record<string, string> = {};
const taught = { quandong: "Quandong Formworks", yarrabee: "Yarrabee Riging" };

const best = async (name: string) =>
  (
    await db.ownerPool.query(
      `select employer_id::text, method::text, band::text from app_hidden.match_employers($1) order by rank limit 1`,
      [name],
    )
  ).rows[0];

const searchNames = async () =>
  (await db.ownerPool.query("select id, employer_id, compare_form from app_private.search_names order by id")).rows;

beforeAll(async () => {
  db = await createTestDatabase();
  const steward = (await createUsers(db)).steward.id;
  const q = (sql: string, values: unknown[] = []) => db.ownerPool.query(sql, values);
  // "group" and "services" in more than 50 names: common words, as in a real registry.
  await q(`select app_public.register_employer(format('Vornel%s Group Services', n)) from generate_series(1, 56) n`);
  ids.quandong = (
    await q("select (app_public.register_employer('Quandong Formwork Pty Ltd')).id::text as id")
  ).rows[0].id;
  ids.yarrabee = (
    await q("select (app_public.register_employer('Yarrabee Rigging Pty Ltd')).id::text as id")
  ).rows[0].id;
  // Two pending items a steward matched, whose spellings became aliases (what matching a pending item does).
  for (const [key, name] of Object.entries(taught)) {
    const pending = await q(
      `insert into app_public.pending_employers (name, source_system, status, resolved_employer_id, resolved_by, resolved_at)
       values ($1, 'bci', 'matched', $2, $3, now()) returning id`,
      [name, ids[key], steward],
    );
    await q(
      `insert into app_public.pending_employer_names (pending_employer_id, name, base_form)
       values ($1, $2, app_hidden.name_base_form($2))`,
      [pending.rows[0].id, name],
    );
    await q("select app_public.add_alias($1, $2, 'feed_spelling')", [ids[key], name]);
  }
  await q("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

it("finds the taught names as exact names today", async () => {
  expect(await best(taught.quandong)).toEqual({ employer_id: ids.quandong, method: "exact", band: "auto" });
  expect(await best(taught.yarrabee)).toEqual({ employer_id: ids.yarrabee, method: "exact", band: "auto" });
});

it("replays each taught name without it: the answers are the matcher's similar-name answers, still right", async () => {
  const before = await searchNames();
  const run = await runStewardCalibration(db.ownerPool, "ops");
  expect(run.labels).toBe(2);
  expect(run.leftOut).toEqual({ hidden: 2, pairs: 2 });
  expect(run.judged).toBe(2);
  const exact = run.calibration.bands.filter((b) => b.method === "exact" || b.method === "exact_form");
  expect(exact.reduce((n, b) => n + b.answers, 0)).toBe(0);
  const fuzzy = run.calibration.bands.filter((b) => b.method === "fuzzy");
  expect(fuzzy.reduce((n, b) => n + b.answers, 0)).toBe(2);
  expect(fuzzy.reduce((n, b) => n + b.correct, 0)).toBe(2);
  // Nothing stays hidden: the same rows, and the taught names are exact again.
  expect(await searchNames()).toEqual(before);
  expect((await best(taught.quandong)).method).toBe("exact");
});

it("does the same on a client lent by the caller (the worker's), and leaves it usable outside a transaction", async () => {
  const client = await db.ownerPool.connect();
  try {
    const run = await runStewardCalibration(client, "cron");
    expect(run.leftOut).toEqual({ hidden: 2, pairs: 2 });
    // The run was stored on the same client after the replay rolled back: not inside a left-open transaction.
    const { rows } = await db.ownerPool.query(
      "select triggered_by from app_public.match_calibration_runs where id = $1",
      [run.runId],
    );
    expect(rows).toEqual([{ triggered_by: "cron" }]);
  } finally {
    client.release();
  }
});
