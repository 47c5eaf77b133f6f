// The real API (server/src/cli/start.ts) as a child process on 127.0.0.1, so
// that its memory can be measured on its own, a GraphQL client for it with
// keep-alive connections, and a sampler of the child's resident memory.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { join } from "node:path";
import type pg from "pg";
import { findFreePort } from "../../server/src/db/free-port.ts";
import { repoRoot } from "../../server/src/paths.ts";

/** As package.json's start script: V8's young generation capped (see bench:api-path for why). */
export const apiNodeFlags = ["--max-semi-space-size=8"];

export interface ApiProcess {
  pid: number;
  baseUrl: string;
  /** Last lines the child wrote, for error reports. */
  output(): string;
  stop(): Promise<void>;
}

export interface ApiOptions {
  ownerUrl: string;
  authUrl: string;
  jwtSecret: string;
  rolePrefix: string;
  /** More environment for the child (for example TOKEN_CACHE_SECONDS). */
  env?: Record<string, string>;
  /** Node's flags for the child; by default the ones `npm start` runs the API with. */
  nodeFlags?: string[];
}

async function waitUntilReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} while starting`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the API was not ready within ${timeoutMs / 1000} s`);
}

export async function startApi(options: ApiOptions): Promise<ApiProcess> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: options.ownerUrl,
    AUTH_DATABASE_URL: options.authUrl,
    JWT_SECRET: options.jwtSecret,
    HOST: "127.0.0.1",
    PORT: String(port),
    SERVE_CLIENT: "false",
    DEMO_DATA: "false",
    LOG_LEVEL: "warn",
    ROLE_PREFIX: options.rolePrefix,
    // No background jobs in the measured process.
    WORKER: "false",
    // No ROOT_DATABASE_URL: the API only checks the migrations, it does not bootstrap.
    ...options.env,
  };
  const nodeFlags = options.nodeFlags ?? apiNodeFlags;
  const child = spawn(process.execPath, [...nodeFlags, join(repoRoot, "server", "src", "cli", "start.ts")], {
    cwd: repoRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 15_000).unref()),
    ]);
    if (timedOut) {
      child.kill("SIGKILL");
      await exited;
    }
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(baseUrl, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`, { cause: error });
  }
  return { pid: child.pid!, baseUrl, output: () => output, stop };
}

/** A keep-alive GraphQL client with at most `connections` sockets. */
export function makeGraphQLClient(baseUrl: string, token: string, connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const url = new URL("/graphql", baseUrl);
  function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const body = JSON.stringify({ query, variables });
    return new Promise<T>((resolve, reject) => {
      const request = http.request(
        url,
        {
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            accept: "application/graphql-response+json, application/json",
            "content-length": Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: { data?: T; errors?: Array<{ message: string }> };
            try {
              parsed = JSON.parse(text);
            } catch {
              reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`));
              return;
            }
            if (response.statusCode !== 200 || parsed.errors?.length) {
              reject(new Error(`HTTP ${response.statusCode}: ${parsed.errors?.[0]?.message ?? text.slice(0, 200)}`));
              return;
            }
            resolve(parsed.data as T);
          });
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  }
  return { post, close: () => agent.destroy() };
}

/** An analyst's login token: the user is added (as the owner) if missing, then logs in over HTTP. */
export async function analystToken(ownerPool: pg.Pool, baseUrl: string): Promise<string> {
  const username = "bench_analyst";
  const password = "bench-password-123";
  const { rowCount } = await ownerPool.query("select 1 from app_public.users where username = $1", [username]);
  if (!rowCount) {
    await ownerPool.query("select app_public.add_user($1, 'Search benchmark', 'analyst', $2)", [username, password]);
  }
  const client = makeGraphQLClient(baseUrl, "", 1);
  try {
    const data = await client.post<{ login: { result: string | null } }>(
      "mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { result } }",
      { u: username, p: password },
    );
    if (!data.login.result) throw new Error("login returned no token");
    return data.login.result;
  } finally {
    client.close();
  }
}

async function residentKb(pid: number): Promise<{ rss: number; hwm: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return rss ? { rss: Number(rss[1]), hwm: hwm ? Number(hwm[1]) : 0 } : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; reports the peak in MB. */
export function sampleMemory(pid: number, everyMs = 100) {
  let peakKb = 0;
  let samples = 0;
  let stopped = false;
  let done: Promise<void> = Promise.resolve();
  const tick = async () => {
    const now = await residentKb(pid);
    if (now) {
      peakKb = Math.max(peakKb, now.rss);
      samples++;
    }
  };
  const loop = async () => {
    while (!stopped) {
      await tick();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  };
  done = loop();
  return {
    async stop() {
      stopped = true;
      await done;
      const last = await residentKb(pid);
      return {
        peakMb: peakKb / 1024,
        samples,
        hwmMb: last ? last.hwm / 1024 : NaN,
        lastMb: last ? last.rss / 1024 : NaN,
      };
    },
  };
}

export async function currentRssMb(pid: number): Promise<number> {
  const now = await residentKb(pid);
  return now ? now.rss / 1024 : NaN;
}

/** CPU seconds a process has used so far (user + system), from /proc/<pid>/stat. */
export async function processCpuSeconds(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticksPerSecond = 100; // USER_HZ on Linux
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return NaN;
  }
}
