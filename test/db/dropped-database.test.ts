// A database dropped under its connections (`drop database … with (force)`, as every test file's clean-up
// does, or PostgreSQL stopping) sends each of them 57P01 "terminating connection due to administrator
// command". A pool or client with no error listener then throws from the socket's handler and takes the whole
// test file down, in whichever test happens to run. So every pool and client the tests and the code under test
// create must carry one: the helper's pools (test/helpers/db.ts), a client checked out of them, and the
// worker's (server/src/worker/runner.ts), idle, busy or listening.
import { jest } from "@jest/globals";
import { pino } from "pino";
import pg from "pg";
import { quickAddJob, runOnce, Logger } from "graphile-worker";
import { createTestDatabase, asRole } from "../helpers/db.ts";
import { testRootUrl } from "../helpers/test-env.ts";
import { startWorker } from "../../server/src/worker/runner.ts";
import { makeTaskList } from "../../server/src/worker/worker.ts";

const silent = new Logger(() => () => undefined);

async function forceDrop(name: string): Promise<void> {
  const root = new pg.Client({ connectionString: testRootUrl() });
  await root.connect();
  try {
    await root.query(`drop database ${root.escapeIdentifier(name)} with (force)`);
  } finally {
    await root.end();
  }
}

it("the helper's pools, a checked-out client and a running worker all outlive a forced drop", async () => {
  // The listeners report lost connections other than 57P01 (ECONNRESET, "Connection terminated"), and the
  // running worker logs its failed polls: expected here, so kept out of the test's output.
  const quiet = () => undefined;
  const spies = [
    jest.spyOn(console, "error").mockImplementation(quiet),
    jest.spyOn(console, "trace").mockImplementation(quiet),
  ];
  try {
    await dropUnderEverything();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
});

async function dropUnderEverything(): Promise<void> {
  const db = await createTestDatabase();
  const worker = await startWorker({
    connectionString: db.ownerUrl,
    logger: pino({ level: "silent" }),
    chunkRows: 100,
    crontab: "",
    pollInterval: 100,
  });
  // Jobs run through the helper's pool, as the worker tests do (graphile-worker's own pools lose their error
  // listeners before they have closed). The job's task is one the running worker does not know, so only runOnce
  // takes it: were the running worker to win it and still be on it at the drop, graphile-worker 0.18 would not
  // await its failJob, and that rejection (the database is gone) would end the test file whatever the pools do.
  const taskList = {
    ...makeTaskList({ chunkRows: 100 }),
    dropped_database_probe: async (_payload: unknown, helpers: { query: (sql: string) => Promise<unknown> }) => {
      await helpers.query("select app_hidden.refresh_search_stats()");
    },
  };
  await quickAddJob({ pgPool: db.ownerPool, logger: silent }, "dropped_database_probe", {});
  await runOnce({ pgPool: db.ownerPool, taskList, logger: silent });
  const { rows: left } = await db.ownerPool.query("select count(*)::int as n from graphile_worker.jobs");
  expect(left[0].n).toBe(0);
  // Idle connections in both helper pools, one checked out and waiting, and the role helper's own pool.
  await Promise.all([db.ownerPool.query("select 1"), db.ownerPool.query("select 1"), db.rootPool.query("select 1")]);
  const held = await db.ownerPool.connect();
  // Its outcome is taken at once: on a loaded machine it may not have connected before the drop, and then it
  // fails during the wait below, which would be an unhandled rejection (failing the test) if nothing held it yet.
  const asAnalyst = asRole(db, { role: "analyst" }, async (client) => {
    await client.query("select pg_sleep(30)");
  }).then(
    () => null,
    (error: unknown) => error,
  );

  await forceDrop(db.name);
  // Every connection has had its 57P01 by now; the test still running is the point.
  await new Promise((resolve) => setTimeout(resolve, 500));
  // Ended mid-sleep, or refused if it had not connected yet (an error either way; not instanceof-checked, since
  // a socket's error comes from outside jest's sandbox).
  const outcome = await asAnalyst;
  expect(typeof (outcome as { message?: unknown } | null)?.message).toBe("string");
  await expect(held.query("select 1")).rejects.toThrow();
  held.release(true);
  await worker.stop().catch(() => undefined);
  await db.drop();
}
