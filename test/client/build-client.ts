// Browser tests drive the built client: build client/dist when it is missing
// or older than client/'s sources. NODE_ENV is set to production because jest
// sets it to "test", and Vite would then bundle React's development build.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
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

export async function buildClientIfStale(): Promise<void> {
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
