// The rolling release, run here as on a server: HAProxy (Debian's, as a child
// process with a generated configuration on free ports) in front of two API
// processes and a worker, all started from release folder A on one database.
// While searches run continuously through HAProxy and CSV files are uploaded
// through it and matched by the worker, `npm run ops -- release` runs from
// release folder B (A plus a migration marked compatible): it migrates, then
// drains, restarts and puts back each API server, then restarts the worker.
// Every search must succeed, and every row of every uploaded file must have
// exactly one outcome, counted once in its batch's counters.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { haproxyConfig, serverStat, serverStats } from "../../server/src/ops/haproxy.ts";
import { findClientProgram } from "../../server/src/ops/pg-client-tools.ts";
import { describeWith, haproxy as haproxyTool, toolPath } from "../helpers/system-tools.ts";
import {
  isAlive,
  readPid,
  startPidFileProcess,
  stopPid,
  type PidFileProcess,
} from "../../server/src/ops/release-processes.ts";
import type { ReleasePlan } from "../../server/src/ops/rolling-release.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { freePort } from "../helpers/free-port.ts";
import { makeTestRelease } from "../helpers/release-folder.ts";
import { TEST_JWT_SECRET, TEST_ROLE_PREFIX } from "../helpers/test-env.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { csv, seedRegistry, ABN_ACME } from "../imports/import-helpers.ts";

/** What release B adds to release A's migrations: an expand step the running release A can serve. */
const compatibleMigration = {
  headers: [
    "--! Message: release notes table",
    "--! Compatible: adds a table and a column the previous release does not read",
  ],
  body: `create table app_public.release_notes (
           id bigint generated always as identity primary key,
           note text not null
         );
         alter table app_public.release_notes enable row level security;
         alter table app_public.import_batches add column if not exists release_note text;`,
};
const BACKEND = "registry_api";

let scratch: string;
let db: TestDatabase;
let users: TestUsers;
let releaseA: string;
let releaseB: string;
let haproxy: ChildProcess | null = null;
let front: string;
let planFile: string;
let plan: ReleasePlan;
let serverEnv: Record<string, string>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}

function processes(): PidFileProcess[] {
  return [...plan.api.map((a) => a.process), ...(plan.workers ?? []).map((w) => w.process)] as PidFileProcess[];
}

async function logTail(file: string, lines = 30): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}

describeWith([haproxyTool], "a rolling release behind HAProxy", () => {
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "ear-rolling-"));
    db = await createTestDatabase();
    users = await createUsers(db);
    await seedRegistry(db);
    releaseA = await makeTestRelease(join(scratch, "release-a"));
    releaseB = await makeTestRelease(join(scratch, "release-b"), { extraMigrations: [compatibleMigration] });

    serverEnv = {
      DATABASE_URL: db.ownerUrl,
      AUTH_DATABASE_URL: db.authUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      ROLE_PREFIX: TEST_ROLE_PREFIX,
      REGISTRY_ENV: "production",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      SERVE_CLIENT: "false",
      RATE_LIMITS: "false",
      LOG_FORMAT: "json",
      LOG_LEVEL: "warn",
      // Small chunks and short turns: many chunk commits while the worker is restarted.
      IMPORT_CHUNK_ROWS: "100",
      IMPORT_TURN_SECONDS: "2",
    };
    // A port found free can be taken by another test file's server before ours binds it: then start again on others.
    for (let attempt = 1; ; attempt++) {
      try {
        await startStack(attempt);
        break;
      } catch (error) {
        console.log(`starting HAProxy, the API servers and the worker, attempt ${attempt}: ${String(error)}`);
        await stopStack();
        if (attempt === 3) throw error;
      }
    }
  }, 900_000);

  /** HAProxy, two API servers and a worker from release A on free ports; throws as soon as one of them exits. */
  async function startStack(attempt: number): Promise<void> {
    const [frontPort, api1, api2] = [await freePort(), await freePort(), await freePort()];
    front = `http://127.0.0.1:${frontPort}`;
    const run = join(scratch, `stack-${attempt}`);
    const socket = join(run, "haproxy.sock");
    const api = (name: string, port: number) => ({
      server: name,
      url: `http://127.0.0.1:${port}`,
      process: {
        pidFile: join(run, `${name}.pid`),
        command: ["{node}", "--max-semi-space-size=8", "server/src/cli/start.ts"],
        env: { ...serverEnv, PORT: String(port), WORKER: "false" },
        log: join(run, `${name}.log`),
      },
    });
    plan = {
      haproxy: { socket, backend: BACKEND },
      api: [api("api1", api1), api("api2", api2)],
      workers: [
        {
          process: {
            pidFile: join(run, "worker.pid"),
            command: ["{node}", "server/src/cli/worker.ts"],
            env: serverEnv,
            log: join(run, "worker.log"),
          },
        },
      ],
      // Generous: a loaded two-core machine starts a release in seconds, sometimes tens of them.
      timeouts: { drainSeconds: 120, stopSeconds: 120, readySeconds: 240 },
    };
    await mkdir(run, { recursive: true });
    planFile = join(run, "release-plan.json");
    await writeFile(planFile, JSON.stringify(plan, null, 2));

    const config = join(run, "haproxy.cfg");
    await writeFile(
      config,
      haproxyConfig({
        bind: `127.0.0.1:${frontPort}`,
        statsSocket: socket,
        backend: BACKEND,
        servers: [
          { name: "api1", host: "127.0.0.1", port: api1 },
          { name: "api2", host: "127.0.0.1", port: api2 },
        ],
      }),
    );
    const haproxyLog = join(run, "haproxy.log");
    const logStream = createWriteStream(haproxyLog);
    haproxy = spawn(toolPath(haproxyTool), ["-db", "-f", config], { stdio: ["ignore", "pipe", "pipe"] });
    haproxy.stdout!.pipe(logStream);
    haproxy.stderr!.pipe(logStream);

    const deadline = Date.now() + 240_000;
    let started = false;
    for (;;) {
      if (haproxy.exitCode !== null)
        throw new Error(`HAProxy exited (${haproxy.exitCode}): ${await logTail(haproxyLog)}`);
      const stats = await serverStats(socket).catch(() => null);
      if (stats && !started) {
        for (const spec of processes()) await startPidFileProcess(spec, releaseA);
        started = true;
      }
      if (started) {
        for (const spec of processes()) {
          const pid = await readPid(spec.pidFile);
          if (pid === null || !(await isAlive(pid))) throw new Error(`${spec.log} ended: ${await logTail(spec.log)}`);
        }
        const ours = (stats ?? []).filter((s) => s.backend === BACKEND);
        if (ours.length === 2 && ours.every((s) => s.status.startsWith("UP"))) return;
      }
      if (Date.now() > deadline) {
        const logs = await Promise.all(processes().map(async (spec) => `${spec.log}:\n${await logTail(spec.log)}`));
        throw new Error(`HAProxy did not see both API servers up within 240 s\n${logs.join("\n")}`);
      }
      await sleep(250);
    }
  }

  async function stopStack(): Promise<void> {
    if (plan) {
      for (const spec of processes()) {
        const pid = await readPid(spec.pidFile);
        if (pid !== null) await stopPid(pid, 30_000).catch(() => undefined);
      }
    }
    if (haproxy && haproxy.exitCode === null && haproxy.signalCode === null) {
      const exited = new Promise((resolve) => haproxy!.once("exit", resolve));
      haproxy.kill("SIGTERM");
      await exited;
    }
  }

  afterAll(async () => {
    await stopStack();
    await db?.drop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }, 120_000);

  const SEARCH = `query Search($q: String!) { searchEmployers(query: $q, first: 5) { nodes { employerId score band } } }`;
  const QUERIES = [
    "Acme Builders",
    "Bluegum Civil",
    "Northside Scaffolding",
    "Harbourview Formwork",
    ABN_ACME,
    "Nobody",
  ];

  interface Failure {
    at: number;
    what: string;
  }

  /** Searches through HAProxy from a few clients at once, until stopped; every answer must be a 200 with data. */
  function searchLoad(token: string, clients: number) {
    let running = true;
    const counts = { ok: 0, failed: 0 };
    const failures: Failure[] = [];
    const loop = async (client: number) => {
      for (let i = client; running; i++) {
        try {
          const response = await fetch(`${front}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: SEARCH, variables: { q: QUERIES[i % QUERIES.length] } }),
            signal: AbortSignal.timeout(60_000),
          });
          const body = (await response.json()) as { data?: unknown; errors?: unknown };
          if (response.status === 200 && body.data && !body.errors) counts.ok++;
          else {
            counts.failed++;
            failures.push({ at: Date.now(), what: `HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}` });
          }
        } catch (error) {
          counts.failed++;
          failures.push({ at: Date.now(), what: String(error) });
        }
      }
    };
    const done = Promise.all(Array.from({ length: clients }, (_, i) => loop(i)));
    return {
      counts,
      failures,
      async stop() {
        running = false;
        await done;
      },
    };
  }

  /** A file of `rows` distinct rows: names of registered employers, an identifier, and new names for the queue. */
  function importFile(batch: number, rows: number): string {
    const lines: string[] = [];
    for (let i = 0; i < rows; i++) {
      const kind = i % 4;
      if (kind === 0) lines.push(`Acme Builders,,,,,R${batch}-${i},Tower,builder,NSW,2000`);
      else if (kind === 1) lines.push(`Feed Name ${batch},,${ABN_ACME},,,R${batch}-${i},Road,builder,VIC,3000`);
      else lines.push(`Rolling Contractor ${batch}-${i % 50} Pty Ltd,,,,,R${batch}-${i},Mall,subcontractor,WA,6000`);
    }
    return csv(...lines);
  }

  /** Uploads files through HAProxy one after another, keeping a few batches waiting for the worker. */
  function importLoad(token: string, rowsPerFile: number, backlog: number) {
    let running = true;
    const uploaded: Array<{ batchId: string; rows: number }> = [];
    const failures: Failure[] = [];
    const unfinished = async () =>
      (
        await db.ownerPool.query<{ n: number }>(
          "select count(*)::int as n from app_public.import_batches where state in ('queued', 'processing')",
        )
      ).rows[0]!.n;
    const done = (async () => {
      for (let batch = 1; running; batch++) {
        if ((await unfinished()) >= backlog) {
          await sleep(200);
          batch--;
          continue;
        }
        try {
          const response = await fetch(`${front}/imports?source=bci`, {
            method: "POST",
            headers: { "content-type": "text/csv", authorization: `Bearer ${token}` },
            body: importFile(batch, rowsPerFile),
            signal: AbortSignal.timeout(60_000),
          });
          const body = (await response.json()) as { batch?: { rowId: number; rowCount: number } };
          if (response.status === 202 && body.batch) {
            uploaded.push({ batchId: String(body.batch.rowId), rows: rowsPerFile });
          } else {
            failures.push({
              at: Date.now(),
              what: `upload: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`,
            });
          }
        } catch (error) {
          failures.push({ at: Date.now(), what: `upload: ${String(error)}` });
        }
      }
    })();
    return {
      uploaded,
      failures,
      unfinished,
      async stop() {
        running = false;
        await done;
      },
    };
  }

  async function login(username: string, password: string): Promise<string> {
    const response = await fetch(`${front}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { result } }",
        variables: { u: username, p: password },
      }),
    });
    const body = (await response.json()) as { data?: { login?: { result?: string } } };
    const token = body.data?.login?.result;
    if (!token) throw new Error(`login through HAProxy failed: ${JSON.stringify(body)}`);
    return token;
  }

  function runRelease(
    onLine: (line: string) => void,
    backupArgs: string[],
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    // As an operator runs it: from the new release folder, with the environment the services have.
    const child = spawn(
      process.execPath,
      [
        join(releaseB, "server/src/cli/ops.ts"),
        "release",
        "--plan",
        planFile,
        "--json",
        "--confirm",
        "production",
        ...backupArgs,
      ],
      { cwd: releaseB, env: { ...process.env, ...serverEnv }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    let pending = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) onLine(line);
    });
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("exit", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("releases two API servers and a worker one at a time under search and import load: 0 failed requests, 0 lost rows", async () => {
    const token = await login(users.steward.username, users.steward.password);
    const pidsBefore = await Promise.all(processes().map((p) => readPid(p.pidFile)));
    // The release backs the database up before it migrates, with a pg_dump at least as new as the server. Where
    // there is none (the embedded PostgreSQL 18 beside Debian's 15 client), it must stop before changing anything;
    // the release then goes ahead with --no-backup, as an operator who took a snapshot would.
    const serverMajor = Math.floor(
      Number((await db.ownerPool.query("select current_setting('server_version_num') as v")).rows[0].v) / 10_000,
    );
    const dumpFits = (await findClientProgram("pg_dump", serverMajor)).found !== null;
    const migrationsBefore = (await db.ownerPool.query("select count(*)::int as n from graphile_migrate.migrations"))
      .rows[0].n;
    if (!dumpFits) {
      const refused = await runRelease(() => undefined, []);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toMatch(
        /release stopped before migrating: no backup \(no pg_dump of version \d+ or newer/,
      );
      expect((await db.ownerPool.query("select count(*)::int as n from graphile_migrate.migrations")).rows[0].n).toBe(
        migrationsBefore,
      );
      expect(await Promise.all(processes().map((p) => readPid(p.pidFile)))).toEqual(pidsBefore);
    }
    const backupArgs = dumpFits ? ["--backup-dir", join(scratch, "backups")] : ["--no-backup"];
    const searches = searchLoad(token, 4);
    const imports = importLoad(token, 600, 3);
    await waitFor("the first upload", 60_000, async () => imports.uploaded.length > 0);
    await sleep(2_000);

    let unfinishedAtWorkerStop = -1;
    const lines: string[] = [];
    const started = Date.now();
    const release = await runRelease((line) => {
      lines.push(`${((Date.now() - started) / 1000).toFixed(1)} s  ${line}`);
      if (/^worker 1: stopping/.test(line)) {
        void imports.unfinished().then((n) => (unfinishedAtWorkerStop = n));
      }
    }, backupArgs);
    const releaseSeconds = (Date.now() - started) / 1000;
    await sleep(2_000);
    await searches.stop();
    await imports.stop();
    console.log(`ops release (exit ${release.code}, ${releaseSeconds.toFixed(1)} s):\n  ${lines.join("\n  ")}`);
    if (release.code !== 0) {
      for (const spec of processes()) console.log(`${spec.log}:\n${await logTail(spec.log)}`);
    }
    expect(release.code).toBe(0);
    // A backup before the migration, verified by pg_restore --list, in the folder asked for (or skipped, said so).
    const backupLine = lines.findIndex((l) =>
      dumpFits
        ? / {2}backup before migrating: .*\/backups\/.*\.dump \(\d+ KiB, \d+ tables with data\)/.test(l)
        : / {2}backup before migrating: skipped \(--no-backup\)$/.test(l),
    );
    expect(backupLine).toBeGreaterThanOrEqual(0);
    expect(backupLine).toBeLessThan(lines.findIndex((l) => /migrations: \d+ applied/.test(l)));

    // Every uploaded batch is finished by the new worker.
    const ids = imports.uploaded.map((u) => u.batchId);
    await waitFor("every uploaded batch to be processed", 480_000, async () => {
      const { rows } = await db.ownerPool.query<{ n: number }>(
        "select count(*)::int as n from app_public.import_batches where id = any($1::bigint[]) and state <> 'done'",
        [ids],
      );
      return rows[0]!.n === 0;
    });
    const { rows: batches } = await db.ownerPool.query<{
      id: string;
      row_count: number;
      rows_processed: number;
      rows_with_outcome: number;
      counted: number;
      by_outcome: Record<string, number>;
      counters: Record<string, number>;
    }>(
      `select b.id::text, b.row_count, b.rows_processed,
            (select count(*)::int from app_public.import_rows r where r.batch_id = b.id and r.outcome is not null) as rows_with_outcome,
            b.matched_identifier_count + b.matched_exact_count + b.matched_fuzzy_count + b.pending_count
              + b.conflict_count + b.error_count
              + (select count(*)::int from app_public.import_rows r where r.batch_id = b.id and r.outcome = 'rejected') as counted,
            (select jsonb_object_agg(o, n) from (select outcome::text as o, count(*)::int as n from app_public.import_rows r
               where r.batch_id = b.id and r.outcome is not null group by outcome) x) as by_outcome,
            jsonb_build_object('matched_identifier', b.matched_identifier_count, 'matched_exact', b.matched_exact_count,
              'matched_fuzzy', b.matched_fuzzy_count, 'pending', b.pending_count, 'conflict', b.conflict_count,
              'error', b.error_count) as counters
     from app_public.import_batches b where b.id = any($1::bigint[]) order by b.id`,
      [ids],
    );
    const sent = imports.uploaded.reduce((sum, u) => sum + u.rows, 0);
    const withOutcome = batches.reduce((sum, b) => sum + b.rows_with_outcome, 0);
    const processed = batches.reduce((sum, b) => sum + b.rows_processed, 0);
    const counted = batches.reduce((sum, b) => sum + b.counted, 0);
    const { rows: duplicateAliases } = await db.ownerPool.query<{ n: number }>(
      `select count(*)::int as n from (select 1 from app_public.aliases where import_batch_id = any($1::bigint[])
       group by employer_id, compare_form having count(*) > 1) d`,
      [ids],
    );
    const stats = (await serverStats(plan.haproxy.socket)).filter((s) => s.backend === BACKEND);
    const fiveHundreds = stats.reduce((sum, s) => sum + s.responses["5xx"], 0);
    const readyz = (await (await fetch(`${front}/readyz`)).json()) as { migrations: { current: boolean } };
    const pidsAfter = await Promise.all(processes().map((p) => readPid(p.pidFile)));

    console.log(
      [
        `rolling release under load (load average ${(await readFile("/proc/loadavg", "utf8")).split(" ").slice(0, 3).join(" ")}):`,
        `  searches: ${searches.counts.ok} ok, ${searches.counts.failed} failed`,
        `  uploads: ${imports.uploaded.length} files, ${imports.failures.length} failed`,
        `  import rows: ${sent} sent, ${withOutcome} with an outcome, ${processed} counted as processed, ${counted} in the outcome counters, ${sent - withOutcome} lost`,
        `  batches unfinished when the worker was stopped: ${unfinishedAtWorkerStop}`,
        `  HAProxy: ${stats.map((s) => `${s.server} ${s.status}, 2xx ${s.responses["2xx"]}, 5xx ${s.responses["5xx"]}, retries ${s.errors.retries}, redispatches ${s.errors.redispatches}`).join("; ")}`,
      ].join("\n"),
    );
    for (const f of [...searches.failures, ...imports.failures].slice(0, 10)) {
      console.log(`  failure at +${((f.at - started) / 1000).toFixed(1)} s: ${f.what}`);
    }

    // The release happened: every process is new, and it serves the new release's migrations as current.
    pidsAfter.forEach((pid, i) => expect(pid).not.toBe(pidsBefore[i]));
    expect(readyz.migrations.current).toBe(true);
    const report = JSON.parse(release.stdout) as { migrations: string[]; api: unknown[]; workers: unknown[] };
    expect(report.migrations).toHaveLength(1);
    expect(report.api).toHaveLength(2);
    expect(report.workers).toHaveLength(1);
    // Under load the whole time: searches ran, and the worker was stopped with work queued.
    expect(searches.counts.ok).toBeGreaterThan(50);
    expect(unfinishedAtWorkerStop).toBeGreaterThan(0);

    // 0 failed requests.
    expect(searches.failures).toEqual([]);
    expect(imports.failures).toEqual([]);
    expect(fiveHundreds).toBe(0);
    // 0 lost import rows, none counted twice.
    expect(withOutcome).toBe(sent);
    expect(processed).toBe(sent);
    expect(counted).toBe(sent);
    for (const b of batches) {
      expect({ id: b.id, rows: b.row_count }).toEqual({ id: b.id, rows: 600 });
      for (const [outcome, n] of Object.entries(b.counters))
        expect([b.id, outcome, n]).toEqual([b.id, outcome, b.by_outcome[outcome] ?? 0]);
    }
    expect(duplicateAliases[0]!.n).toBe(0);
  }, 900_000);

  it("refuses to roll a release whose migration is not marked compatible, changing nothing", async () => {
    const socket = plan.haproxy.socket;
    const before = await Promise.all(processes().map((p) => readPid(p.pidFile)));
    // Release C follows B: B's migration, then one that renames what B reads.
    const breaking = await makeTestRelease(join(scratch, "release-c"), {
      extraMigrations: [
        compatibleMigration,
        { headers: ["--! Message: rename"], body: "alter table app_public.release_notes rename column note to body;" },
      ],
    });
    const child = spawn(
      process.execPath,
      [join(breaking, "server/src/cli/ops.ts"), "release", "--plan", planFile, "--confirm", "production"],
      { cwd: breaking, env: { ...process.env, ...serverEnv }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/release stopped: migration\(s\) not marked compatible/);
    expect(await Promise.all(processes().map((p) => readPid(p.pidFile)))).toEqual(before);
    for (const api of plan.api) expect((await serverStat(socket, BACKEND, api.server)).status).toMatch(/^UP/);
  }, 300_000);

  it("rolls back by releasing the previous folder the same way: no migration, 0 failed requests, A serving a database ahead", async () => {
    const token = await login(users.steward.username, users.steward.password);
    const before = await Promise.all(processes().map((p) => readPid(p.pidFile)));
    const searches = searchLoad(token, 2);
    await sleep(1_000);
    const child = spawn(
      process.execPath,
      [join(releaseA, "server/src/cli/ops.ts"), "release", "--plan", planFile, "--json", "--confirm", "production"],
      { cwd: releaseA, env: { ...process.env, ...serverEnv }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    await sleep(1_000);
    await searches.stop();
    console.log(
      `rollback (exit ${code}): searches ${searches.counts.ok} ok, ${searches.counts.failed} failed\n${stderr}`,
    );
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { migrations: string[] }).migrations).toEqual([]);
    expect(stderr).toMatch(/migrations: none to apply/);
    const after = await Promise.all(processes().map((p) => readPid(p.pidFile)));
    after.forEach((pid, i) => expect(pid).not.toBe(before[i]));
    const readyz = (await (await fetch(`${front}/readyz`)).json()) as {
      migrations: { current: boolean; ahead: Array<{ filename: string; compatible: boolean }> };
    };
    expect(readyz.migrations.current).toBe(false);
    expect(readyz.migrations.ahead).toEqual([expect.objectContaining({ compatible: true })]);
    expect(searches.failures).toEqual([]);
    expect(searches.counts.ok).toBeGreaterThan(20);
  }, 600_000);
});
