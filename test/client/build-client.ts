// Browser tests drive the built client: build client/dist when it is missing
// or older than client/'s sources. NODE_ENV is set to production because jest
// sets it to "test", and Vite would then bundle React's development build.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { clientDistDir, repoRoot } from "../../server/src/paths.ts";

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const lockDir = join(repoRoot, ".test-data", "client-build.lock");

/** Test files run in parallel: one builds while the others wait for it (a lock folder, mkdir being atomic). */
export async function buildClientIfStale(): Promise<void> {
  mkdirSync(join(repoRoot, ".test-data"), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // A lock older than five minutes belongs to a run that died: take it over.
      const age = Date.now() - (statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (waited > 300_000 || age > 300_000) {
        rmSync(lockDir, { recursive: true, force: true });
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    await buildUnlocked();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

async function buildUnlocked(): Promise<void> {
  const index = join(clientDistDir, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestSourceMtime(join(repoRoot, "client"))) return;
  const vite = join(repoRoot, "node_modules", "vite", "bin", "vite.js");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, "build", "--config", "client/vite.config.ts", "--logLevel", "warn"], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`vite build exited with ${code}:\n${output.join("")}`);
}
