// A rolling release: the API processes behind HAProxy and the workers move to
// a new release one at a time while the others serve, so no request fails and
// no import row is lost.
//   1. Refuse unless every API server is up in HAProxy, and unless every
//      migration the new release brings is marked `--! Compatible` (the old
//      release keeps serving the migrated database: expand/contract).
//   2. Migrate (the expand step).
//   3. Point the `current` link at the new release, when the plan has one.
//   4. For each API server: drain it in HAProxy (no new requests), wait for its
//      requests to end, stop it (SIGTERM), start the new release, wait for its
//      /readyz, put it back, wait for HAProxy to see it up.
//   5. For each worker: stop it (SIGTERM: the chunk in hand is finished or rolled
//      back, and the job stays queued for the next worker), start the new one,
//      wait for it to hold its liveness lock.
import { readFile, rename, rm, symlink } from "node:fs/promises";
import type pg from "pg";
import { serverStat, serverStats, setServerState, type ServerStat } from "./haproxy.ts";
import { processControl, type ProcessSpec } from "./release-processes.ts";

export interface ReleasePlan {
  haproxy: { socket: string; backend: string };
  /** The API processes, each a server in the HAProxy backend; released in this order. */
  api: Array<{ server: string; url: string; process: ProcessSpec }>;
  /** The `npm run worker` processes (none when the API runs the worker in-process). */
  workers?: Array<{ process: ProcessSpec }>;
  /** A symlink the service units start from (/opt/registry/current): switched to the new release first. */
  currentLink?: string;
  timeouts?: {
    /** Longest wait for a drained server's requests to end. */
    drainSeconds?: number;
    /** Longest wait for a process to stop after SIGTERM before it is killed. */
    stopSeconds?: number;
    /** Longest wait for a started process to be ready. */
    readySeconds?: number;
  };
}

export class ReleaseError extends Error {}

function fail(message: string): never {
  throw new ReleaseError(message);
}

/** Reads and checks a plan file (JSON; see deploy/release-plan.example.json). */
export async function loadReleasePlan(file: string): Promise<ReleasePlan> {
  let plan: ReleasePlan;
  try {
    plan = JSON.parse(await readFile(file, "utf8")) as ReleasePlan;
  } catch (error) {
    fail(`cannot read the release plan ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!plan.haproxy?.socket || !plan.haproxy.backend) fail(`${file}: haproxy.socket and haproxy.backend are required`);
  if (!Array.isArray(plan.api) || plan.api.length < 2) {
    fail(`${file}: a rolling release needs at least two API servers (api[]), so one serves while the other restarts`);
  }
  const checkProcess = (where: string, spec: ProcessSpec | undefined) => {
    if (!spec || typeof spec !== "object") fail(`${file}: ${where}.process is required`);
    if ("systemd" in spec) return;
    if (!spec.pidFile || !Array.isArray(spec.command) || spec.command.length === 0 || !spec.log) {
      fail(`${file}: ${where}.process needs either systemd (a unit) or pidFile, command[] and log`);
    }
  };
  plan.api.forEach((api, i) => {
    if (!api.server || !api.url) fail(`${file}: api[${i}] needs server (its HAProxy name) and url`);
    checkProcess(`api[${i}]`, api.process);
  });
  (plan.workers ?? []).forEach((worker, i) => checkProcess(`workers[${i}]`, worker.process));
  return plan;
}

export interface ReleaseSteps {
  /** Migrations of the new release the database lacks, with their Compatible reason (null: breaking). */
  pendingMigrations(): Promise<Array<{ filename: string; compatible: string | null }>>;
  /** Applies them; resolves to a line for the log. */
  migrate(): Promise<string>;
  /** The owner pool, to see the new worker's session. */
  ownerPool: pg.Pool;
  log(line: string): void;
}

export interface ReleaseReport {
  migrations: string[];
  api: Array<{ server: string; drainMs: number; stop: string; downMs: number }>;
  workers: Array<{ stop: string; downMs: number }>;
  haproxy: ServerStat[];
  totalMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== null) return value;
    } catch (error) {
      last = error;
    }
    await sleep(200);
  }
  fail(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${last ? ` (${String(last)})` : ""}`);
}

async function readyz(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL("/readyz", url), { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: await response.text() };
}

async function switchLink(link: string, target: string): Promise<void> {
  // A new link beside the old one renamed over it: the link is never missing.
  const next = `${link}.next-${process.pid}`;
  await rm(next, { force: true });
  await symlink(target, next);
  await rename(next, link);
}

export async function rollingRelease(plan: ReleasePlan, release: string, steps: ReleaseSteps): Promise<ReleaseReport> {
  const started = Date.now();
  const { socket, backend } = plan.haproxy;
  const drainMs = (plan.timeouts?.drainSeconds ?? 120) * 1000;
  const stopMs = (plan.timeouts?.stopSeconds ?? 60) * 1000;
  const readyMs = (plan.timeouts?.readySeconds ?? 180) * 1000;
  const log = steps.log;

  // 1. Refusals first, before anything changes.
  for (const api of plan.api) {
    const stat = await serverStat(socket, backend, api.server);
    if (!stat.status.startsWith("UP")) {
      fail(
        `HAProxy has ${backend}/${api.server} ${stat.status}, not UP: every API server must serve before a rolling release`,
      );
    }
  }
  const pending = await steps.pendingMigrations();
  const breaking = pending.filter((m) => m.compatible === null);
  if (breaking.length > 0) {
    fail(
      `migration(s) not marked compatible: ${breaking.map((m) => m.filename).join(", ")}. The running release would stop being ready on the migrated database; release them with a stop (docs/RUNBOOK.md).`,
    );
  }

  // 2. Expand.
  log(
    pending.length === 0
      ? "migrations: none to apply"
      : `migrations: applying ${pending.map((m) => `${m.filename} (compatible: ${m.compatible})`).join(", ")}`,
  );
  log(await steps.migrate());

  // 3. What the units start from.
  if (plan.currentLink) {
    await switchLink(plan.currentLink, release);
    log(`${plan.currentLink} -> ${release}`);
  }

  // 4. The API servers, one at a time.
  const report: ReleaseReport = {
    migrations: pending.map((m) => m.filename),
    api: [],
    workers: [],
    haproxy: [],
    totalMs: 0,
  };
  for (const api of plan.api) {
    const control = processControl(api.process);
    const others = plan.api.filter((a) => a !== api);
    for (const other of others) {
      const stat = await serverStat(socket, backend, other.server);
      if (!stat.status.startsWith("UP"))
        fail(`${backend}/${other.server} is ${stat.status}: not draining ${api.server}`);
    }
    const drainStarted = Date.now();
    await setServerState(socket, backend, api.server, "drain");
    log(`${api.server}: draining`);
    await waitUntil(`${api.server}'s requests to end`, drainMs, async () => {
      const stat = await serverStat(socket, backend, api.server);
      return stat.sessions === 0 && stat.queued === 0 ? stat : null;
    });
    const drained = Date.now() - drainStarted;
    const downStarted = Date.now();
    const stop = await control.stop(stopMs);
    log(`${api.server}: drained in ${drained} ms, ${stop} (${control.describe()})`);
    await control.start(release);
    await waitUntil(`${api.server} at ${api.url}/readyz`, readyMs, async () =>
      (await readyz(api.url)).status === 200 ? true : null,
    );
    await setServerState(socket, backend, api.server, "ready");
    await waitUntil(`HAProxy to see ${api.server} up`, readyMs, async () => {
      const stat = await serverStat(socket, backend, api.server);
      return stat.status.startsWith("UP") ? stat : null;
    });
    const down = Date.now() - downStarted;
    log(`${api.server}: the new release is ready and back in HAProxy (${down} ms out of service)`);
    report.api.push({ server: api.server, drainMs: drained, stop, downMs: down });
  }

  // 5. The workers, one at a time.
  for (const [i, worker] of (plan.workers ?? []).entries()) {
    const control = processControl(worker.process);
    const downStarted = Date.now();
    log(`worker ${i + 1}: stopping (${control.describe()})`);
    const stop = await control.stop(stopMs);
    log(`worker ${i + 1}: ${stop} after ${Date.now() - downStarted} ms`);
    // The database's clock, which the sessions' start times are read on.
    const { rows: now } = await steps.ownerPool.query<{ t: Date }>("select clock_timestamp() as t");
    const since = now[0]!.t;
    await control.start(release);
    await waitUntil(`worker ${i + 1} to start`, readyMs, async () => {
      // The runner holds its liveness lock on a session of its own from start to stop (worker/runner.ts).
      const { rows } = await steps.ownerPool.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where application_name = 'registry-worker-alive' and backend_start >= $1",
        [since],
      );
      return rows[0]!.n > 0 ? true : null;
    });
    const down = Date.now() - downStarted;
    log(`worker ${i + 1}: the new release is running (${down} ms without this worker)`);
    report.workers.push({ stop, downMs: down });
  }

  report.haproxy = (await serverStats(socket)).filter((s) => s.backend === backend);
  report.totalMs = Date.now() - started;
  return report;
}
