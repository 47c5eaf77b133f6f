// npm run bench:start -- [--runs 3]: how long `npm start` takes to be ready
// (it prints its URLs), in a scratch data folder per run:
//   first boot  initdb, roles, migrations, demo data, client build check;
//   warm boot   the same folder again: PostgreSQL starts on existing data,
//               nothing to migrate or load.
// Also the API process's resident memory once ready. Bars (benchmarks.md):
// first ≤ 20 s, warm ≤ 5 s. Prints a table and a JSON line. The client is
// built once before the runs (a fresh clone builds it on its first start; that
// is a one-off cost of `npm install`-then-start, not of every first boot).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../../server/src/paths.ts";

const { values } = parseArgs({ options: { runs: { type: "string" } } });
const runs = Number(values.runs ?? "3");
if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error("--runs: 1 to 20");

interface Boot {
  seconds: number;
  rssMiB: number;
}

async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kib ? Number(kib) / 1024 : Number.NaN;
}

/** Starts `npm start`'s entry point on dataDir; resolves when it prints its URLs, then stops it with SIGTERM. */
async function boot(dataDir: string): Promise<Boot> {
  const began = performance.now();
  const child: ChildProcess = spawn(process.execPath, [join(repoRoot, "server/src/cli/start.ts")], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/GraphQL API\s+http:\/\/\S+\/graphql/.test(output)) resolve(performance.now() - began);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
  const milliseconds = await ready;
  const rssMiB = await residentMiB(child.pid!);
  child.kill("SIGTERM");
  const code = await exited;
  if (code !== 0) throw new Error(`npm start exited ${code} on SIGTERM:\n${output}`);
  return { seconds: milliseconds / 1000, rssMiB };
}

const first: Boot[] = [];
const warm: Boot[] = [];
const loadBefore = loadavg()[0]!;
for (let run = 0; run < runs; run++) {
  const dataDir = await mkdtemp(join(tmpdir(), "ear-bench-start-"));
  try {
    first.push(await boot(dataDir));
    warm.push(await boot(dataDir));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const rows = [
  ["first boot", first, 20],
  ["warm boot", warm, 5],
] as const;
console.log(
  `npm start to ready, ${runs} run(s), load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`,
);
console.log("boot         median s   max s   bar s   RSS MiB");
for (const [name, boots, bar] of rows) {
  const seconds = boots.map((b) => b.seconds);
  console.log(
    `${name.padEnd(12)} ${median(seconds).toFixed(1).padStart(8)} ${Math.max(...seconds)
      .toFixed(1)
      .padStart(7)} ${String(bar).padStart(7)} ${median(boots.map((b) => b.rssMiB))
      .toFixed(0)
      .padStart(9)}`,
  );
}
console.log(
  JSON.stringify({
    bench: "start",
    runs,
    firstBootSeconds: first.map((b) => Number(b.seconds.toFixed(2))),
    warmBootSeconds: warm.map((b) => Number(b.seconds.toFixed(2))),
    rssMiB: [...first, ...warm].map((b) => Math.round(b.rssMiB)),
    loadAverage: [Number(loadBefore.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
  }),
);
