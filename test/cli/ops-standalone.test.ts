// `npm run ops` on a fresh checkout, before any `npm start`: no DATABASE_URL and no data folder yet. A command
// that works on the registry (and health, which reads it) starts the embedded PostgreSQL, creates the roles and the database and applies
// the migrations as npm start does; one that inspects the database (status) gets something to connect to and
// says what to run. Through `npm run -s`, stdout carries only the command's answer (a file of JSON lines for
// match), and each command stops the PostgreSQL it started.
import { spawn } from "node:child_process";
import { readdirSync, readlinkSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jest } from "@jest/globals";
import { repoRoot } from "../../server/src/paths.ts";

// Each command is npm plus a Node process; the first one creates a cluster and migrates it.
jest.setTimeout(180_000);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ear-ops-standalone-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run -s ops -- <args>` as a newcomer types it: the embedded database in dataDir, nothing else configured. */
function npmOps(dataDir: string, args: string[]): Promise<Run> {
  return npmOpsWith(dataDir, args, {});
}

function npmOpsWith(dataDir: string, args: string[], extra: NodeJS.ProcessEnv): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, DATA_DIR: dataDir };
  for (const key of ["DATABASE_URL", "AUTH_DATABASE_URL", "ROOT_DATABASE_URL", "JWT_SECRET", "ROLE_PREFIX"]) {
    delete env[key];
  }
  const child = spawn("npm", ["run", "-s", "ops", "--", ...args], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Processes working in the folder (a PostgreSQL runs in its data folder). */
function processesIn(folder: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      if (cwd === folder || cwd.startsWith(folder + "/")) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

it("load-registry on a fresh checkout sets the database up itself; match then writes clean JSON lines", async () => {
  const dataDir = join(dir, "load");
  const registry = join(dir, "registry.csv");
  await writeFile(
    registry,
    [
      "ref,name,kind",
      "R1,Acme Constructions Pty Ltd,canonical",
      "R1,Acme Constructions Pty Ltd,legal",
      "R1,Acme Construction P/L,trading",
      "R2,Zenith Plumbing Services,canonical",
    ].join("\n") + "\n",
  );

  const load = await npmOps(dataDir, ["load-registry", registry]);
  expect({ code: load.code, stderr: load.stderr }).toEqual({
    code: 0,
    stderr: `database: created the embedded PostgreSQL in ${dataDir} (as npm start does)\n`,
  });
  // The legal row repeats the canonical name: already recorded, not "unchanged" by a load that created it.
  expect(load.stdout).toMatch(
    new RegExp(
      `^loaded ${registry}: 4 row\\(s\\): 2 employer\\(s\\) created, 1 alias\\(es\\) added, ` +
        `1 already recorded \\(the employer's name or one of its aliases\\), 0 bad, in \\d+\\.\\d s\\n$`,
    ),
  );
  expect(processesIn(dataDir)).toEqual([]);

  const status = await npmOps(dataDir, ["status"]);
  expect(status.code).toBe(0);
  expect(status.stdout).toMatch(/^status: ok$/m);
  expect(status.stdout).toMatch(/^migrations: \d+ applied \(last: .+\), 0 pending$/m);

  const names = join(dir, "names.txt");
  await writeFile(names, "ACME CONSTRUCTION PTY LTD\nZenith Plumbing\n");
  const match = await npmOps(dataDir, ["match", names]);
  expect(match.code).toBe(0);
  // What `npm run -s ops -- match names.txt > out.jsonl` puts in the file: one JSON value per line, no banner.
  const results = match.stdout
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { query: string; matches: Array<{ ref: string; name: string }> });
  expect(results.map((r) => [r.query, r.matches[0]?.ref, r.matches[0]?.name])).toEqual([
    ["ACME CONSTRUCTION PTY LTD", "R1", "Acme Constructions Pty Ltd"],
    ["Zenith Plumbing", "R2", "Zenith Plumbing Services"],
  ]);
  expect(processesIn(dataDir)).toEqual([]);
});

it("status on a fresh checkout connects, lists the pending migrations and says what to run", async () => {
  const dataDir = join(dir, "status");
  const status = await npmOps(dataDir, ["status"]);
  expect(status.code).toBe(1);
  expect(status.stderr).not.toMatch(/password authentication failed/);
  expect(status.stdout).toMatch(/^status: NOT OK$/m);
  expect(status.stdout).toMatch(/^migrations: 0 applied, \d+ pending$/m);
  expect(status.stdout).toMatch(/^ {2}pending: \S+ \(run: npm run ops -- migrate\)$/m);
  expect(processesIn(dataDir)).toEqual([]);
});

it("health on a fresh checkout sets the database up itself and reports each check, the server's ones as unknown", async () => {
  const dataDir = join(dir, "health");
  // A port nothing listens on, so the /metrics checks are unknown whatever else runs on this machine.
  const health = await npmOpsWith(dataDir, ["health"], { PORT: "9" });
  expect(health.stderr).not.toMatch(/password authentication failed/);
  expect(health.stderr).toMatch(/^database: created the embedded PostgreSQL in .+ \(as npm start does\)$/m);
  expect(health.code).toBe(0);
  expect(health.stdout).toMatch(/^canonical review backlog +0 items +50 items +ok/m);
  expect(health.stdout).toMatch(/^alias insert failures +0 \/hour +5 \/hour +ok/m);
  expect(health.stdout).toMatch(/^error rate +n\/a % +1 % +unknown +http:\/\/127\.0\.0\.1:9\/metrics unreachable/m);
  expect(processesIn(dataDir)).toEqual([]);
});
