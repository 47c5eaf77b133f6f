// Stopping `npm start` and `npm run worker` the way people and process managers do: SIGTERM or SIGINT to the
// npm process (what `kill <pid>` and systemd send), and Ctrl-C in a terminal (SIGINT to the whole process
// group). Each time nothing may be left: no process of the run, none working in the data folder, no port
// still listening. npm runs a script through `sh -c`; unless the script execs node, the signal stops the
// shell and npm, and node (with its PostgreSQL) runs on as an orphan.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../server/src/paths.ts";

let dataDir: string;
const started: ChildProcess[] = [];
/** Every process seen under an npm run, with its start time: what a failed test would otherwise leave running. */
const seen = new Map<number, string | null>();

/** A process's start time (field 22 of /proc/<pid>/stat), to tell it from a later process given the same pid. */
function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "ear-signals-"));
});
afterAll(async () => {
  // A failed test must not leave its processes behind either (node orphaned by npm, its PostgreSQL).
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const [pid, started] of seen) {
    if (started === null || startTime(pid) !== started) continue;
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
  await rm(dataDir, { recursive: true, force: true });
});

/** Live processes: pid → parent pid (zombies, which are only waiting to be reaped, left out). */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state !== "Z") table.set(Number(entry), Number(ppid));
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

function descendantsOf(pid: number): number[] {
  const table = processTable();
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [child, ppid] of table) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Processes working in the data folder (PostgreSQL runs in its pg/ folder). */
function processesInDataFolder(): string[] {
  const found: string[] = [];
  for (const pid of processTable().keys()) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if (cwd === dataDir || cwd.startsWith(dataDir + "/")) {
        found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")}`);
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

interface Running {
  npm: ChildProcess;
  output: () => string;
  /** Every process under npm once it was ready (node, PostgreSQL and its workers). */
  tree: number[];
  ports: number[];
}

/** `npm <args>` in the scratch data folder, until `ready` appears in its output. */
async function runNpm(args: string[], ready: RegExp, options: { ownGroup?: boolean } = {}): Promise<Running> {
  const npm = spawn("npm", args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: "0",
      SERVE_CLIENT: "false",
      DEMO_DATA: "false",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, as a terminal gives a foreground job, so Ctrl-C can be sent to the group.
    detached: Boolean(options.ownGroup),
  });
  started.push(npm);
  let output = "";
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm ${args.join(" ")} was not ready in 150 s:\n${output}`)),
      150_000,
    );
    npm.stdout!.on("data", () => {
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    npm.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm ${args.join(" ")} exited early (${code}):\n${output}`));
    });
  });
  const ports: number[] = [];
  const api = /GraphQL API\s+http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
  if (api) ports.push(Number(api[1]));
  // postmaster.pid: line 4 is the port.
  ports.push(Number(readFileSync(join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[3]));
  const tree = descendantsOf(npm.pid!);
  for (const pid of tree) seen.set(pid, startTime(pid));
  return { npm, output: () => output, tree, ports };
}

async function expectNothingLeft(running: Running, stop: () => void): Promise<void> {
  expect(running.tree.length).toBeGreaterThan(1); // node and at least the postmaster
  for (const port of running.ports) expect(await listening(port)).toBe(true);
  const exited = new Promise<number | null>((resolve) => running.npm.once("exit", (code) => resolve(code)));
  stop();
  const code = await exited;
  // npm may exit before its child has: give the processes it leaves time to finish stopping.
  const deadline = Date.now() + 30_000;
  let alive = running.tree;
  while (Date.now() < deadline) {
    const table = processTable();
    alive = running.tree.filter((pid) => table.has(pid));
    if (alive.length === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect({ alive, inDataFolder: processesInDataFolder() }).toEqual({ alive: [], inDataFolder: [] });
  for (const port of running.ports) expect(await listening(port)).toBe(false);
  // A clean stop: npm reports the script's own exit code (0), not death by a signal.
  expect({ code, output: code === 0 ? "" : running.output() }).toEqual({ code: 0, output: "" });
}

// The banner's first line (its last line differs on a terminal and off one).
const serverReady = /Employer Alias Registry is running \(ready in/;
const workerReady = /Worker \S+ is running/;

describe.each(["SIGTERM", "SIGINT"] as const)("%s to the npm process", (signal) => {
  it("stops npm start: the server, its worker and the embedded PostgreSQL", async () => {
    const running = await runNpm(["start"], serverReady);
    await expectNothingLeft(running, () => running.npm.kill(signal));
  });

  it("stops npm run worker and the embedded PostgreSQL it started", async () => {
    const running = await runNpm(["run", "worker"], workerReady);
    await expectNothingLeft(running, () => running.npm.kill(signal));
  });
});

it("stops npm start on Ctrl-C (SIGINT to the whole process group, PostgreSQL included)", async () => {
  const running = await runNpm(["start"], serverReady, { ownGroup: true });
  await expectNothingLeft(running, () => process.kill(-running.npm.pid!, "SIGINT"));
});
