// The nightly calibration as graphile-worker runs it: the crontab schedules it
// once a day, one job at a time, and a queued job stores a run as the cron's
// without changing any threshold.
import { Logger, parseCrontab, quickAddJob, runOnce } from "graphile-worker";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { createUsers } from "../../helpers/users.ts";
import { crontab, makeTaskList } from "../../../server/src/worker/worker.ts";
import { loadCalibrationFixture } from "./fixture.ts";

const taskList = makeTaskList({ chunkRows: 500 });
const silent = new Logger(() => () => undefined);
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadCalibrationFixture(db, await createUsers(db));
});
afterAll(() => db.drop());

it("schedules the calibration nightly, one job at a time, without backfilling missed nights", () => {
  const items = parseCrontab(crontab).filter((i) => i.task === "match_calibration_runs__record");
  expect(items.map((i) => [i.options.maxAttempts, i.options.jobKey, i.options.backfillPeriod])).toEqual([
    [1, "match_calibration_runs__record", 0],
  ]);
  expect(crontab).toMatch(/^47 2 \* \* \* match_calibration_runs__record /m);
  expect(Object.keys(taskList)).toContain("match_calibration_runs__record");
});

it("stores a run when the job runs, marked as the cron's, and leaves the thresholds alone", async () => {
  // Enough evidence to propose: the job still only records the proposals.
  await db.ownerPool.query("update app_public.match_settings set value = 1 where key = 'calibration_min_labels'");
  const settings = "select key, value from app_public.match_settings order by key";
  const before = (await db.ownerPool.query(settings)).rows;
  await quickAddJob({ pgPool: db.ownerPool, logger: silent }, "match_calibration_runs__record", {});
  await runOnce({ pgPool: db.ownerPool, taskList, logger: silent });
  const { rows } = await db.ownerPool.query(
    `select triggered_by, labels, judged, is_enough_evidence, applied_at, thresholds->>'auto_min_score' as auto_min_score
     from app_public.match_calibration_runs`,
  );
  expect(rows).toEqual([
    {
      triggered_by: "cron",
      labels: 8,
      judged: 5,
      is_enough_evidence: true,
      applied_at: null,
      auto_min_score: String(before.find((s) => s.key === "auto_min_score").value),
    },
  ]);
  expect((await db.ownerPool.query(settings)).rows).toEqual(before);
  const jobs = await db.ownerPool.query("select count(*)::int as n from graphile_worker.jobs");
  expect(jobs.rows[0].n).toBe(0);
});
