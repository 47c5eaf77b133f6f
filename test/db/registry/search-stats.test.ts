// The search token statistics (app_private.search_tokens): the nightly worker
// task recounts them, a word that is new to the registry is then found by a
// misspelling, and the recount never blocks searches that read the table.
import pg from "pg";
import { Logger, parseCrontab, quickAddJob, runOnce } from "graphile-worker";
import { asRole, createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { crontab, makeTaskList } from "../../../server/src/worker/worker.ts";

let db: TestDatabase;
const silent = new Logger(() => () => undefined);
const taskList = makeTaskList({ chunkRows: 500 });

beforeAll(async () => {
  db = await createTestDatabase();
  await db.ownerPool.query(
    `select app_public.register_employer(n) from unnest(array[
       'Quorvalent Scaffolding Pty Ltd', 'Brenford Concreting Pty Ltd', 'Kallis Concreting Services'
     ]) n`,
  );
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
});
afterAll(() => db.drop());

async function tokenCount(token: string): Promise<number | null> {
  const { rows } = await db.ownerPool.query<{ n: number }>(
    "select name_count as n from app_private.search_tokens where token = $1",
    [token],
  );
  return rows[0]?.n ?? null;
}

async function fuzzyFinds(query: string, expectedName: string): Promise<boolean> {
  return asRole(db, { role: "api_client" }, async (c) => {
    const { rows } = await c.query<{ name: string }>(
      `select e.name from app_public.search_employers($1) s join app_public.employers e on e.id = s.employer_id`,
      [query],
    );
    return rows.some((r) => r.name === expectedName);
  });
}

it("is scheduled once a day, one job at a time, with no backfill of missed days", () => {
  const items = parseCrontab(crontab).filter((i) => i.task === "search_stats__refresh");
  expect(items.map((i) => [i.options.maxAttempts, i.options.jobKey, i.options.backfillPeriod])).toEqual([
    [1, "search_stats__refresh", 0],
  ]);
  expect(crontab).toMatch(/^17 2 \* \* \* search_stats__refresh /m);
});

it("counts each token once per name, and the worker task recounts after names are added and retired", async () => {
  expect(await tokenCount("concreting")).toBe(2);
  expect(await tokenCount("zenthrop")).toBeNull();

  await db.ownerPool.query("select app_public.register_employer('Zenthrop Formwork Pty Ltd')");
  await db.ownerPool.query(
    "update app_public.employers set name = 'Brenford Concrete Pumping Pty Ltd' where name = 'Brenford Concreting Pty Ltd'",
  );
  // Single writes do not recount (that is the point of the statistics being a bulk figure).
  expect(await tokenCount("zenthrop")).toBeNull();

  await quickAddJob({ pgPool: db.ownerPool, logger: silent }, "search_stats__refresh", {});
  await runOnce({ pgPool: db.ownerPool, taskList, logger: silent });

  expect(await tokenCount("zenthrop")).toBe(1);
  // The renamed employer keeps its old name as an alias, so "concreting" may still be counted for it; what must
  // hold is that every stored count equals a recount from the index, and no token is left that no name has.
  const { rows } = await db.ownerPool.query<{ wrong: number }>(
    `select count(*)::int as wrong from (
       select token, name_count from app_private.search_tokens
       except
       select t, count(*)::int from app_private.search_names, unnest(tokens) t group by t
     ) d`,
  );
  expect(rows[0]!.wrong).toBe(0);
  const names = await db.ownerPool.query<{ n: number; stored: number }>(
    "select (select count(*)::int from app_private.search_names) as n, (select name_count from app_private.search_stats) as stored",
  );
  expect(names.rows[0]!.stored).toBe(names.rows[0]!.n);
  const jobs = await db.ownerPool.query("select count(*)::int as n from graphile_worker.jobs");
  expect(jobs.rows[0].n).toBe(0);
});

it("finds a misspelling of a word new to the registry once the statistics are refreshed", async () => {
  await db.ownerPool.query("select app_public.register_employer('Yarrowdene Rigging Pty Ltd')");
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  expect(await fuzzyFinds("Yarowdene Rigging", "Yarrowdene Rigging Pty Ltd")).toBe(true);
});

it("never blocks a search that reads the statistics while a recount is in progress", async () => {
  const refresher = new pg.Client({ connectionString: db.ownerUrl });
  const reader = new pg.Client({ connectionString: db.ownerUrl });
  await refresher.connect();
  await reader.connect();
  try {
    await db.ownerPool.query("select app_public.register_employer('Ostrava Hoists Pty Ltd')");
    await refresher.query("begin");
    await refresher.query("select app_hidden.refresh_search_stats()");
    // The recount has written but not committed. A reader (as every search is) must not wait for it: with a
    // TRUNCATE-based recount this statement hit the lock timeout.
    await reader.query("set lock_timeout = '500ms'");
    const seen = await reader.query<{ n: number }>(
      "select name_count as n from app_private.search_tokens where token = 'ostrava'",
    );
    expect(seen.rows).toEqual([]); // the old counts, until the recount commits
    await refresher.query("commit");
    expect(await tokenCount("ostrava")).toBe(1);
  } finally {
    await refresher.end();
    await reader.end();
  }
});
