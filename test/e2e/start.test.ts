// npm start end to end, in a scratch data folder: first boot, login with a
// demo account, clean shutdown on SIGTERM with no PostgreSQL left behind, and
// a second boot that keeps the data and the signing secret.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../server/src/paths.ts";

interface Started {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
  seconds: number;
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "ear-start-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function postgresProcessesFor(dir: string): string[] {
  try {
    return execFileSync("pgrep", ["-af", `postgres.*${dir}`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

function start(): Promise<Started> {
  const began = Date.now();
  const child = spawn(process.execPath, [join(repoRoot, "server/src/cli/start.ts")], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", SERVE_CLIENT: "false", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    // Generous: a first boot takes a few seconds on an idle machine (the figure is printed below), but CI
    // machines can be busy, and speed bars belong in benchmarks, not in pass/fail tests.
    const timer = setTimeout(() => {
      child.kill("SIGTERM"); // stops the embedded PostgreSQL too, so the failure leaves nothing running
      reject(new Error(`npm start printed no URLs in 120 s:\n${output}`));
    }, 120_000);
    child.stdout!.on("data", () => {
      const match = /GraphQL API\s+(http:\/\/\S+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, baseUrl: match[1]!, output: () => output, seconds: (Date.now() - began) / 1000 });
      }
    });
    child.on("exit", (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)));
  });
}

/** Stops with SIGTERM; resolves to the exit code, with the output when it is not 0. */
function stop(started: Started): Promise<number | string> {
  return new Promise((resolve) => {
    started.child.on("exit", (code) => resolve(code === 0 ? 0 : `exit ${code}:\n${started.output()}`));
    started.child.kill("SIGTERM");
  });
}

async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { result } }",
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as { data: { login: { result: string } } };
  return body.data.login.result;
}

async function whoAmI(baseUrl: string, token: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ currentUser { username role } users { totalCount } }" }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function calibrationRuns(baseUrl: string, token: string): Promise<number> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ matchCalibrationRuns { totalCount } }" }),
  });
  const body = (await response.json()) as { data?: { matchCalibrationRuns: { totalCount: number } } };
  return body.data?.matchCalibrationRuns.totalCount ?? 0;
}

it("boots, serves the demo logins, stops cleanly and boots again with the same data", async () => {
  const first = await start();
  let token: string;
  try {
    console.log(`npm start: first boot (initdb, migrations, demo data) ready in ${first.seconds.toFixed(1)} s`);
    expect(first.output()).toMatch(/Steward client\s+http:\/\/127\.0\.0\.1:\d+\//);
    expect(first.output()).toMatch(/GraphiQL\s+http:\/\/127\.0\.0\.1:\d+\/graphiql/);
    expect(first.output()).toMatch(/steward\s+steward \/ demo-steward-password/);
    expect(postgresProcessesFor(dataDir).length).toBeGreaterThan(0);

    token = await login(first.baseUrl, "steward", "demo-steward-password");
    expect(await whoAmI(first.baseUrl, token)).toEqual({
      status: 200,
      // The three demo logins, and the three other stewards the demo's year of history was decided by.
      body: { data: { currentUser: { username: "steward", role: "steward" }, users: { totalCount: 6 } } },
    });
    // The first calibration run, queued by the demo for the worker: the analytics chart of auto precision has a point.
    // It replays about 180 steward decisions through the matcher: seconds on a quiet machine, but it has taken
    // a minute beside two whole test suites, so the wait is long (the test is that the run comes, not how fast).
    const deadline = Date.now() + 180_000;
    let runs = 0;
    while (runs === 0 && Date.now() < deadline) {
      runs = await calibrationRuns(first.baseUrl, token);
      if (runs === 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(runs).toBe(1);
    const graphiql = await fetch(`${first.baseUrl}/graphiql`);
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain("ruru");
  } finally {
    expect(await stop(first)).toBe(0);
  }
  expect(postgresProcessesFor(dataDir)).toEqual([]);
  // Stopping the database under open pools is expected at shutdown: nothing should be printed about it.
  expect(first.output()).not.toMatch(/terminating connection|Client error|connection failed/);

  const second = await start();
  try {
    // Same secret (kept in the data folder), same users, demo data not loaded twice.
    expect(await whoAmI(second.baseUrl, token)).toEqual({
      status: 200,
      // The three demo logins, and the three other stewards the demo's year of history was decided by.
      body: { data: { currentUser: { username: "steward", role: "steward" }, users: { totalCount: 6 } } },
    });
  } finally {
    expect(await stop(second)).toBe(0);
  }
  expect(postgresProcessesFor(dataDir)).toEqual([]);
}, 480_000);
