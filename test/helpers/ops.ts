// Runs the real `npm run ops` command line (server/src/cli/ops.ts, in a child
// process) against a test database: DATABASE_URL/AUTH_DATABASE_URL point at
// the file's own database, ROLE_PREFIX at the test roles.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../server/src/paths.ts";
import type { TestDatabase } from "./db.ts";
import { TEST_JWT_SECRET, TEST_ROLE_PREFIX } from "./test-env.ts";

export interface OpsRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface OpsRunOptions {
  stdin?: string | Buffer;
  /** Extra or replaced environment variables (undefined removes one). */
  env?: Record<string, string | undefined>;
}

// External mode never touches DATA_DIR; give it a scratch folder anyway, so a
// mistake cannot reach the worktree's .data/.
const scratchDataDir = mkdtempSync(join(tmpdir(), "ear-ops-test-"));

export function opsEnv(db: Pick<TestDatabase, "ownerUrl" | "authUrl">): Record<string, string> {
  return {
    DATABASE_URL: db.ownerUrl,
    AUTH_DATABASE_URL: db.authUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    ROLE_PREFIX: TEST_ROLE_PREFIX,
    DATA_DIR: scratchDataDir,
  };
}

/**
 * The environment for one of the project's command lines in a child process: the file's database, without the
 * test runner's own superuser URL, with `extra` on top (undefined removes a variable).
 */
export function cliEnv(
  db: Pick<TestDatabase, "ownerUrl" | "authUrl">,
  extra: Record<string, string | undefined> = {},
): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, ...opsEnv(db) };
  // The test runner's own settings must not leak into the command.
  delete env.ROOT_DATABASE_URL;
  Object.assign(env, extra);
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as NodeJS.ProcessEnv;
}

/** Runs server/src/cli/<entry> with args to its end: exit code and everything it printed. */
export function runCli(
  db: Pick<TestDatabase, "ownerUrl" | "authUrl">,
  entry: string,
  args: string[],
  options: OpsRunOptions = {},
): Promise<OpsRun> {
  const child = spawn(process.execPath, [join(repoRoot, "server", "src", "cli", entry), ...args], {
    cwd: repoRoot,
    env: cliEnv(db, options.env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.on("error", () => undefined); // the command may exit before reading it all
  child.stdin.end(options.stdin ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export function runOps(
  db: Pick<TestDatabase, "ownerUrl" | "authUrl">,
  args: string[],
  options: OpsRunOptions = {},
): Promise<OpsRun> {
  return runCli(db, "ops.ts", args, options);
}

/** The stdout lines, without the final empty one. */
export function lines(text: string): string[] {
  return text.split("\n").filter((line, i, all) => !(line === "" && i === all.length - 1));
}
