// How a rolling release stops and starts one process of the service: through
// systemd (the units in deploy/systemd/), or, where there is no systemd (one
// machine, a test), as a detached process with a pid file. Both stop with
// SIGTERM, which the API and the worker answer by finishing what they are
// doing (server/src/cli/start.ts, worker.ts).
import { spawn, execFile } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A process run by systemd: `systemctl stop` waits for it to end (TimeoutStopSec), `start` starts it. */
export interface SystemdProcess {
  systemd: string;
}

/** A process this machine runs without systemd: started detached, found again by its pid file. */
export interface PidFileProcess {
  pidFile: string;
  /** The command, {node} for this Node and {release} for the release folder being started. */
  command: string[];
  /** Working folder ({release} allowed; default: the release folder). */
  cwd?: string;
  /** Added to the release command's own environment. */
  env?: Record<string, string>;
  /** stdout and stderr are appended here. */
  log: string;
}

export type ProcessSpec = SystemdProcess | PidFileProcess;

export interface ProcessControl {
  describe(): string;
  /** SIGTERM and wait; "killed" when it had to be killed at the deadline. */
  stop(timeoutMs: number): Promise<"stopped" | "killed" | "not running">;
  start(release: string): Promise<void>;
}

/** Whether a pid is a live process (a zombie waiting for its parent counts as gone). */
export async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (stat === null) return false;
  // The state follows the command name in parentheses, which may itself hold spaces and parentheses.
  return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

export async function readPid(pidFile: string): Promise<number | null> {
  const text = await readFile(pidFile, "utf8").catch(() => null);
  const pid = text === null ? NaN : Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, then wait; SIGKILL only when it has not ended by the deadline (then it says so). */
export async function stopPid(pid: number, timeoutMs: number): Promise<"stopped" | "killed" | "not running"> {
  if (!(await isAlive(pid))) return "not running";
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) return "stopped";
    await sleep(100);
  }
  process.kill(pid, "SIGKILL");
  while (await isAlive(pid)) await sleep(100);
  return "killed";
}

function fill(text: string, release: string): string {
  return text.replaceAll("{node}", process.execPath).replaceAll("{release}", release);
}

/** Starts a pid-file process detached (it outlives the command that started it) and records its pid. */
export async function startPidFileProcess(spec: PidFileProcess, release: string): Promise<number> {
  const [command, ...args] = spec.command.map((part) => fill(part, release));
  if (!command) throw new Error(`no command to start for ${spec.pidFile}`);
  await mkdir(dirname(spec.log), { recursive: true });
  await mkdir(dirname(spec.pidFile), { recursive: true });
  const log = openSync(spec.log, "a");
  try {
    const child = spawn(command, args, {
      cwd: fill(spec.cwd ?? "{release}", release),
      env: { ...process.env, ...spec.env },
      detached: true,
      stdio: ["ignore", log, log],
    });
    await new Promise<void>((resolve, reject) => {
      child.once("spawn", resolve);
      child.once("error", reject);
    });
    child.unref();
    await writeFile(spec.pidFile, `${child.pid}\n`);
    return child.pid!;
  } finally {
    closeSync(log);
  }
}

export function processControl(spec: ProcessSpec): ProcessControl {
  if ("systemd" in spec) {
    return {
      describe: () => `systemd unit ${spec.systemd}`,
      async stop(timeoutMs) {
        // systemd sends SIGTERM and kills at the unit's TimeoutStopSec.
        await run("systemctl", ["stop", spec.systemd], { timeout: timeoutMs + 30_000 });
        return "stopped";
      },
      async start() {
        await run("systemctl", ["start", spec.systemd], { timeout: 60_000 });
      },
    };
  }
  return {
    describe: () => `process in ${spec.pidFile}`,
    async stop(timeoutMs) {
      const pid = await readPid(spec.pidFile);
      return pid === null ? "not running" : stopPid(pid, timeoutMs);
    },
    async start(release) {
      await startPidFileProcess(spec, release);
    },
  };
}
