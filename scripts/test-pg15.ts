// npm run test:db15: the test suite against Debian's PostgreSQL 15 instead of
// the embedded PostgreSQL 18. It creates a throw-away cluster in a fresh folder
// under /tmp, starts it on a free port on 127.0.0.1, runs `npm test` with
// TEST_ROOT_DATABASE_URL pointing at it, then always stops the cluster and
// removes the folder (on failure and on Ctrl-C too). Extra args go to jest.
// PG15_BIN overrides where the PostgreSQL 15 binaries are looked for.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort } from "../server/src/db/free-port.ts";
import { repoRoot } from "../server/src/paths.ts";

const binDir = process.env.PG15_BIN || "/usr/lib/postgresql/15/bin";
const superuser = "postgres";
const jestArgs = process.argv.slice(2);
const asRoot = process.getuid?.() === 0;

function fail(message: string): never {
  console.error(`test:db15: ${message}`);
  process.exit(1);
}

for (const tool of ["initdb", "pg_ctl", "postgres"]) {
  if (!existsSync(join(binDir, tool))) {
    fail(
      `PostgreSQL 15 is not installed (${join(binDir, tool)} is missing).\n` +
        "Install it with: apt-get install postgresql-15   (Debian; it includes the contrib extensions)",
    );
  }
}

/** The postgres OS user's uid and gid; PostgreSQL refuses to run as root. */
function postgresOsUser(): { uid: number; gid: number } {
  const uid = spawnSync("id", ["-u", superuser], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", superuser], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) {
    fail(
      `running as root, but there is no "${superuser}" OS user to run PostgreSQL as (apt-get install postgresql-15 creates it)`,
    );
  }
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}
const osUser = asRoot ? postgresOsUser() : null;

/** argv for a PostgreSQL tool, run as the postgres OS user when we are root. */
function pgCommand(tool: string, args: string[]): [string, string[]] {
  const path = join(binDir, tool);
  return asRoot ? ["runuser", ["-u", superuser, "--", path, ...args]] : [path, args];
}

const workDir = mkdtempSync(join(tmpdir(), "ear-pg15-"));
const dataDir = join(workDir, "data");
const logFile = join(workDir, "postgres.log");
const pwFile = join(workDir, "superuser-password");
let started = false;
let cleanedUp = false;
let interrupted: NodeJS.Signals | null = null;
let child: ChildProcess | null = null;

/** Stops the cluster (if it was started) and removes the folder; safe to call twice. */
function cleanUp(): void {
  if (cleanedUp) return;
  cleanedUp = true;
  if (started || existsSync(join(dataDir, "postmaster.pid"))) {
    const [cmd, args] = pgCommand("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"]);
    const stop = spawnSync(cmd, args, { cwd: workDir, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    if (stop.status !== 0 && existsSync(join(dataDir, "postmaster.pid"))) {
      console.error(`test:db15: pg_ctl stop -m fast failed (${stop.stderr.trim()}); trying -m immediate`);
      const [cmd2, args2] = pgCommand("pg_ctl", ["stop", "-D", dataDir, "-m", "immediate", "-w", "-t", "30"]);
      spawnSync(cmd2, args2, { cwd: workDir, stdio: "inherit" });
    }
  }
  rmSync(workDir, { recursive: true, force: true });
}
process.on("exit", cleanUp); // last resort; the normal path cleans up before exiting

function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) return;
  interrupted = signal;
  if (child && child.exitCode === null) child.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);

function run(cmd: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(cmd, args, { cwd: workDir, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    proc.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    proc.on("error", reject);
    proc.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (${signal ?? `exit code ${code}`}):\n${output.trim()}`));
    });
  });
}

function checkInterrupted(): void {
  if (interrupted) throw new Error(`interrupted by ${interrupted}`);
}

async function startCluster(password: string): Promise<number> {
  // PostgreSQL runs as the postgres OS user: it must own the folder (mkdtemp makes it 0700).
  chmodSync(workDir, 0o700);
  writeFileSync(pwFile, password + "\n", { mode: 0o600 });
  if (osUser) {
    chownSync(workDir, osUser.uid, osUser.gid);
    chownSync(pwFile, osUser.uid, osUser.gid);
  }
  const [initCmd, initArgs] = pgCommand("initdb", [
    "-D",
    dataDir,
    "-U",
    superuser,
    "--auth=scram-sha-256",
    `--pwfile=${pwFile}`,
    "--encoding=UTF8",
    "--locale=C.UTF-8",
    "--no-sync",
  ]);
  await run(initCmd, initArgs, "initdb");
  rmSync(pwFile, { force: true });
  checkInterrupted();

  const settings = [
    "listen_addresses=127.0.0.1",
    `unix_socket_directories=${workDir}`,
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "wal_level=minimal",
    "max_wal_senders=0",
    "max_connections=200",
  ];
  // A port found free can be taken before PostgreSQL binds it: try another.
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const options = ["-p", String(port), ...settings.flatMap((setting) => ["-c", setting])].join(" ");
    const [ctlCmd, ctlArgs] = pgCommand("pg_ctl", [
      "start",
      "-D",
      dataDir,
      "-l",
      logFile,
      "-w",
      "-t",
      "60",
      "-o",
      options,
    ]);
    started = true; // from here on, cleanUp stops whatever did start
    try {
      await run(ctlCmd, ctlArgs, "pg_ctl start");
      return port;
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").slice(-15).join("\n") : "";
      if (attempt >= 3 || interrupted) {
        throw new Error(`${(error as Error).message}\n--- postgres.log ---\n${log}`, { cause: error });
      }
      console.error(`test:db15: PostgreSQL did not start on port ${port}; trying another port`);
    }
  }
}

function runTests(rootUrl: string): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [join(repoRoot, "scripts", "test.ts"), ...jestArgs], {
      cwd: repoRoot,
      stdio: "inherit",
      env: { ...process.env, TEST_ROOT_DATABASE_URL: rootUrl },
    });
    child.on("error", (error) => {
      console.error("test:db15: could not run the tests:", error);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" ? 130 : 1)));
  });
}

let code = 1;
try {
  const began = Date.now();
  const password = randomBytes(18).toString("hex");
  const port = await startCluster(password);
  checkInterrupted();
  const version = spawnSync(join(binDir, "postgres"), ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(`test:db15: ${version} on 127.0.0.1:${port} in ${workDir} (ready in ${Date.now() - began} ms)`);
  code = await runTests(`postgres://${superuser}:${password}@127.0.0.1:${port}/postgres`);
} catch (error) {
  console.error("test:db15:", error instanceof Error ? error.message : error);
} finally {
  cleanUp();
}
// Interrupted runs exit like a shell would after the signal (130 for Ctrl-C).
if (interrupted) code = interrupted === "SIGINT" ? 130 : interrupted === "SIGTERM" ? 143 : 129;
process.exit(code);
