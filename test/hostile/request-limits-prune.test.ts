// The hourly pruning of the rate limiter's buckets and the login throttles, as
// graphile-worker runs it: only rows whose absence limits nobody differently
// go (idle, full-again buckets of a past day; throttles a day old whose hold is
// over; login addresses unused for 30 days), and a caller whose bucket was
// pruned is limited as before.
import { Logger, parseCrontab, quickAddJob, runOnce } from "graphile-worker";
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers } from "../helpers/users.ts";
import { crontab, makeTaskList } from "../../server/src/worker/worker.ts";

const taskList = makeTaskList({ chunkRows: 500 });
const silent = new Logger(() => () => undefined);
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const keys = async (table: string) =>
  (await db.ownerPool.query(`select key from ${table} order by key`)).rows.map((r) => r.key as string);

it("schedules the pruning hourly, one job at a time", () => {
  const items = parseCrontab(crontab).filter((i) => i.task === "request_buckets__prune");
  expect(items.map((i) => [i.options.maxAttempts, i.options.jobKey, i.options.backfillPeriod])).toEqual([
    [1, "request_buckets__prune", 0],
  ]);
  expect(Object.keys(taskList)).toContain("request_buckets__prune");
});

it("deletes idle buckets of past days and spent login throttles, and keeps the rest", async () => {
  await db.ownerPool.query(
    `insert into app_private.request_buckets (key, tokens, refilled_at, day) values
       ('address:idle', 3, now() - interval '3 days', current_date - 3),
       ('address:yesterday', 3, now() - interval '1 day', current_date - 1),
       ('address:now', 3, now(), current_date)`,
  );
  await db.ownerPool.query(
    `insert into app_public.login_throttles (key, failures, last_failure_at, locked_until) values
       ('username:spent', 9, now() - interval '2 days', now() - interval '2 days'),
       ('username:never-held', 1, now() - interval '2 days', null),
       ('username:still-held', 9, now() - interval '2 days', now() + interval '1 hour'),
       ('address:recent', 2, now() - interval '1 hour', null)`,
  );
  await db.ownerPool.query(
    `insert into app_private.login_known_addresses (username, address, last_success_at) values
       ('ana', '10.0.0.1', now() - interval '31 days'),
       ('ana', '10.0.0.2', now() - interval '29 days')`,
  );
  await quickAddJob({ pgPool: db.ownerPool, logger: silent }, "request_buckets__prune", {});
  await runOnce({ pgPool: db.ownerPool, taskList, logger: silent });
  expect(await keys("app_private.request_buckets")).toEqual(["address:now", "address:yesterday"]);
  expect(await keys("app_public.login_throttles")).toEqual(["address:recent", "username:still-held"]);
  const addresses = await db.ownerPool.query("select address from app_private.login_known_addresses order by address");
  expect(addresses.rows).toEqual([{ address: "10.0.0.2" }]);
  const jobs = await db.ownerPool.query("select count(*)::int as n from graphile_worker.jobs");
  expect(jobs.rows[0].n).toBe(0);
  // Nothing left to prune: a second run deletes nothing.
  const again = await db.ownerPool.query("select * from app_hidden.prune_request_limits()");
  expect(again.rows).toEqual([{ buckets: 0, login_throttles: 0, known_addresses: 0 }]);
});

it("gives a caller whose bucket was pruned a full bucket again", async () => {
  const take = async () =>
    (
      await db.ownerPool.query(
        "select allowed, tokens_left, used_today::int from app_private.take_request_tokens('address:pruned', 1, 1, 5, 100, null, 0)",
      )
    ).rows[0];
  await db.ownerPool.query(
    "insert into app_private.request_buckets (key, tokens, refilled_at, day, used_today) values ('address:pruned', 0, now() - interval '3 days', current_date - 3, 100)",
  );
  await db.ownerPool.query("select app_hidden.prune_request_limits()");
  expect(await take()).toEqual({ allowed: true, tokens_left: 4, used_today: 1 });
});

it("prunes a login address only once it no longer spares its user a username hold", async () => {
  await db.ownerPool.query(
    `insert into app_public.login_throttles (key, failures, last_failure_at, locked_until)
       values ('username:bea', 9, now(), now() + interval '1 hour');
     insert into app_private.login_known_addresses (username, address, last_success_at) values
       ('bea', '10.0.1.1', now() - interval '31 days'),
       ('bea', '10.0.1.2', now() - interval '1 day')`,
  );
  const held = async (address: string) =>
    (await db.ownerPool.query("select app_private.login_hold_seconds('bea', $1) > 0 as held", [address])).rows[0].held;
  const before = [await held("10.0.1.1"), await held("10.0.1.2")];
  // The stale address spares nothing already; the recent one spares its user the hold on the username.
  expect(before).toEqual([true, false]);
  await db.ownerPool.query("select app_hidden.prune_request_limits()");
  expect([await held("10.0.1.1"), await held("10.0.1.2")]).toEqual(before);
  const left = await db.ownerPool.query("select address from app_private.login_known_addresses where username = 'bea'");
  expect(left.rows).toEqual([{ address: "10.0.1.2" }]);
});

it("is the worker's alone: no visitor role may run it, admins included", async () => {
  const users = await createUsers(db);
  for (const role of ["analyst", "steward", "admin"] as const) {
    await asRole(db, { role, userId: users[role].id }, (c) =>
      expectSqlError(c.query("select app_hidden.prune_request_limits()"), "42501"),
    );
  }
  await asRole(db, { role: "api_client" }, (c) =>
    expectSqlError(c.query("select app_hidden.prune_request_limits()"), "42501"),
  );
});
