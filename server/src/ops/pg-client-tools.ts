// Finds PostgreSQL's client programs (pg_dump, pg_restore) that can work with
// a given server. pg_dump refuses a server newer than itself, and the embedded
// PostgreSQL ships none, so "which pg_dump" is a real question here.
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type PgClientProgram = "pg_dump" | "pg_restore";

export interface FoundProgram {
  path: string;
  /** Major version of the program, e.g. 15. */
  major: number;
}

/** Major version from `pg_dump --version` output such as "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)". */
export function parseClientMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.\d+)?/.exec(versionOutput);
  return match ? Number(match[1]) : null;
}

async function versionOf(path: string): Promise<number | null> {
  try {
    const { stdout } = await run(path, ["--version"], { timeout: 10_000 });
    return parseClientMajor(stdout);
  } catch {
    return null;
  }
}

/** Candidate paths, most specific first: $PG_BIN_DIR, Debian's versioned folders (newest first), then PATH. */
async function candidates(program: PgClientProgram): Promise<string[]> {
  const paths: string[] = [];
  if (process.env.PG_BIN_DIR) paths.push(join(process.env.PG_BIN_DIR, program));
  const debianRoot = "/usr/lib/postgresql";
  const versions = await readdir(debianRoot).catch(() => [] as string[]);
  for (const version of versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a))) {
    paths.push(join(debianRoot, version, "bin", program));
  }
  for (const dir of (process.env.PATH ?? "").split(":").filter(Boolean)) paths.push(join(dir, program));
  return [...new Set(paths)];
}

/**
 * The newest installed program whose major version is at least the server's,
 * or null with the versions that were found (for the error message).
 */
export async function findClientProgram(
  program: PgClientProgram,
  serverMajor: number,
): Promise<{ found: FoundProgram | null; seen: FoundProgram[] }> {
  const seen: FoundProgram[] = [];
  for (const path of await candidates(program)) {
    const major = await versionOf(path);
    if (major !== null && !seen.some((s) => s.path === path)) seen.push({ path, major });
  }
  const usable = seen.filter((s) => s.major >= serverMajor).sort((a, b) => b.major - a.major);
  return { found: usable[0] ?? null, seen };
}
