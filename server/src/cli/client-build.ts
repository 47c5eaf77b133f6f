// npm start serves the built client; build it when it is missing or older than its sources.
import { spawn } from "node:child_process";
import { existsSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { clientDistDir, repoRoot } from "../paths.ts";

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureClientBuilt(logger: Logger): Promise<void> {
  const index = join(clientDistDir, "index.html");
  const sources = join(repoRoot, "client");
  if (!existsSync(join(sources, "vite.config.ts"))) return;
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources)) return;
  logger.info("building the steward client (vite build)");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(repoRoot, "node_modules", "vite", "bin", "vite.js"),
        "build",
        "--config",
        join(sources, "vite.config.ts"),
        "--logLevel",
        "warn",
      ],
      {
        cwd: repoRoot,
        // Whatever NODE_ENV the caller has (jest sets "test"), the served client is the production build.
        env: { ...process.env, NODE_ENV: "production" },
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
    child.on("error", reject);
  });
}
