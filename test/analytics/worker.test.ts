// The hourly refresh as graphile-worker runs it: the crontab parses, and a
// queued job recomputes the rollups as the owner.
import { Logger, parseCrontab, quickAddJob, runOnce } from "graphile-worker";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { crontab, makeTaskList } from "../../server/src/worker/worker.ts";

const taskList = makeTaskList({ chunkRows: 500 });
import { D1, loadAnalyticsFixture } from "./fixture.ts";

let db: TestDatabase;
const silent = new Logger(() => () => undefined);

beforeAll(async () => {
  db = await createTestDatabase();
  await loadAnalyticsFixture(db);
});
afterAll(() => db.drop());

it("schedules the analytics refresh hourly, one job at a time", () => {
  const items = parseCrontab(crontab).filter((i) => i.task === "analytics_rollups__refresh");
  expect(items.map((i) => [i.task, i.options.maxAttempts, i.options.jobKey, i.options.backfillPeriod])).toEqual([
    ["analytics_rollups__refresh", 1, "analytics_rollups__refresh", 0],
  ]);
  expect(crontab).toMatch(/^7 \* \* \* \* analytics_rollups__refresh /);
  expect(Object.keys(taskList)).toContain("analytics_rollups__refresh");
});

it("refreshes the rollups when the job runs, and marks the refresh as the cron's", async () => {
  await quickAddJob({ pgPool: db.ownerPool, logger: silent }, "analytics_rollups__refresh", {});
  await runOnce({ pgPool: db.ownerPool, taskList, logger: silent });
  // Every job ran and none is left; a job left behind shows its error here (the logger is silent).
  const jobs = await db.ownerPool.query("select task_identifier, attempts, last_error from graphile_worker.jobs");
  expect(jobs.rows).toEqual([]);
  const { rows } = await db.ownerPool.query(
    "select triggered_by, from_day::text, alias_rows from app_public.analytics_refreshes",
  );
  expect(rows).toEqual([{ triggered_by: "cron", from_day: D1, alias_rows: 5 }]);
});

it("takes the days to refresh from the job's payload", async () => {
  await quickAddJob({ pgPool: db.ownerPool, logger: silent }, "analytics_rollups__refresh", {
    fromDay: D1,
    toDay: D1,
  });
  await runOnce({ pgPool: db.ownerPool, taskList, logger: silent });
  const { rows } = await db.ownerPool.query(
    "select from_day::text, to_day::text, alias_rows from app_public.analytics_refreshes order by id desc limit 1",
  );
  expect(rows).toEqual([{ from_day: D1, to_day: D1, alias_rows: 2 }]);
});
