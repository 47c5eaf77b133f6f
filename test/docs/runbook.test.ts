// docs/RUNBOOK.md, executed. Every fenced block marked `runbook-test` runs, in
// the order it is written, against one fresh test database (and, for blocks
// that name $REGISTRY_URL or are GraphQL, the real HTTP server with the built
// client): `sh` blocks through bash with the operator's environment pointed at
// that database (so `npm run ops -- …` is the real command line), `sql` blocks
// as the role their `as=` attribute names, `graphql` blocks over HTTP with that
// role's login. A block fails the test when it errors or exits with a code its
// `exit=` attribute does not allow (default 0). Blocks an operator runs by hand
// (30-minute watches, deploy-specific commands) are marked `runbook-manual`;
// every other sql, graphql or sh block is refused, so nothing runnable escapes.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestDatabase, asRole, type TestDatabase } from "../helpers/db.ts";
import { opsEnv } from "../helpers/ops.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { buildClientIfStale } from "../client/build-client.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { dropSnapshot, listSnapshots } from "../../server/src/ops/snapshot.ts";
import { testRootUrl, testRoles } from "../helpers/test-env.ts";
import { pino } from "pino";
import { startWorker, type RunningWorker } from "../../server/src/worker/runner.ts";

type Role = "root" | "owner" | "anonymous" | "api_client" | "analyst" | "steward" | "admin";

interface Block {
  lang: string;
  marker: string;
  attrs: Record<string, string>;
  text: string;
  line: number;
  section: string;
}

const runbookPath = join(repoRoot, "docs", "RUNBOOK.md");

/** Every fenced block of the runbook, with its info string parsed and the heading above it. */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split("\n");
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,4} /.test(line)) section = line.replace(/^#+ /, "");
    const open = /^```(\S*)\s*(.*)$/.exec(line);
    if (!open) continue;
    const [lang, ...words] = [open[1]!, ...open[2]!.split(/\s+/).filter(Boolean)];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== "```") body.push(lines[j++]!);
    if (j >= lines.length) throw new Error(`RUNBOOK.md line ${i + 1}: unclosed code block`);
    const attrs: Record<string, string> = {};
    let marker = "";
    for (const word of words) {
      const kv = /^([a-z]+)=(.*)$/.exec(word);
      if (kv) attrs[kv[1]!] = kv[2]!;
      else marker = word;
    }
    blocks.push({ lang, marker, attrs, text: body.join("\n"), line: i + 1, section });
    i = j;
  }
  return blocks;
}

const markdown = readFileSync(runbookPath, "utf8");
const blocks = parseBlocks(markdown);
const runnable = blocks.filter((b) => b.marker === "runbook-test");

function runBash(script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn("bash", ["-e", "-o", "pipefail", "-c", script], {
    cwd: repoRoot,
    env: { ...process.env, ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

let db: TestDatabase;
let users: TestUsers;
let server: TestServer | null = null;
let worker: RunningWorker | null = null;
// The worker's log, kept in memory and printed only with a failed block: a batch that "stays queued" says little
// without the worker's side (which job it was on, what failed).
const workerLog: string[] = [];
const workerLogger = pino(
  { level: "info" },
  {
    write: (line: string) => {
      workerLog.push(line.trimEnd());
      if (workerLog.length > 200) workerLog.shift();
    },
  },
);
const tokens = new Map<string, string>();

async function liveServer(): Promise<TestServer> {
  if (!server) {
    await buildClientIfStale();
    server = await startTestServer(db, { serveClient: true });
    // A deployment runs the worker inside `npm start`: uploaded batches (ops verify-staging's) get processed.
    worker = await startWorker({
      connectionString: db.ownerUrl,
      logger: workerLogger,
      chunkRows: 100,
      pollInterval: 200,
      crontab: "",
    });
  }
  return server;
}

async function tokenFor(role: "analyst" | "steward" | "admin"): Promise<string> {
  if (!tokens.has(role)) {
    const s = await liveServer();
    tokens.set(role, await s.login(users[role].username, users[role].password));
  }
  return tokens.get(role)!;
}

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  // Database-level grants are not copied by CREATE DATABASE ... TEMPLATE, so the
  // copy lacks the one migration 000003 gave the template (stewards may create
  // the temporary table an upload COPYs into). A deployed database has it; once
  // the runbook's `migrate` re-runs afterReset.sql (revoke all ... from public),
  // the copy would not, so give it back the way the migration did.
  await db.rootPool.query(`grant temporary on database "${db.name}" to "${testRoles.visitors.steward}"`);
}, 60_000);

/** The runbook names roles with the default prefix (ear_); the test database uses the test roles'. */
const withTestRoles = (sql: string) =>
  sql.replace(/\bear_(?=[a-z])/g, testRoles.visitors.steward.replace(/steward$/, ""));
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  if (db) {
    for (const snapshot of await listSnapshots({ rootUrl: testRootUrl(), database: db.name }).catch(() => [])) {
      await dropSnapshot({ rootUrl: testRootUrl(), database: db.name, snapshot: snapshot.name }).catch(() => undefined);
    }
    await db.drop();
  }
});

describe("the runbook's blocks", () => {
  it("are all either executed (runbook-test) or explicitly manual (runbook-manual)", () => {
    const unmarked = blocks
      .filter((b) => ["sh", "sql", "graphql", "bash"].includes(b.lang))
      .filter((b) => b.marker !== "runbook-test" && b.marker !== "runbook-manual")
      .map((b) => `line ${b.line}: ${b.lang} ${b.marker}`);
    expect(unmarked).toEqual([]);
    const badLang = runnable.filter((b) => !["sh", "sql", "graphql"].includes(b.lang)).map((b) => b.line);
    expect(badLang).toEqual([]);
  });

  it("hold at least 20 ready-to-run queries in the appendix, every one executed", () => {
    const queries = blocks.filter((b) => /^Appendix D/.test(b.section) || /^D\d/.test(b.section));
    expect(queries.filter((b) => b.lang === "sql" || b.lang === "graphql").length).toBeGreaterThanOrEqual(20);
    expect(queries.filter((b) => b.marker !== "runbook-test")).toEqual([]);
  });
});

describe("docs/RUNBOOK.md, executed in order", () => {
  for (const block of runnable) {
    const title = `line ${block.line} (${block.section}): ${block.lang} ${block.text.split("\n").find((l) => l.trim() && !l.startsWith("#") && !l.startsWith("--")) ?? ""}`;
    it(
      title.slice(0, 160),
      async () => {
        const allowed = (block.attrs.exit ?? "0").split(",").map(Number);
        if (block.lang === "sh") {
          const needsServer = /\$(REGISTRY_URL|TOKEN|SMOKE_TOKEN|ADMIN_TOKEN)/.test(block.text);
          const env: Record<string, string> = { ...opsEnv(db), ROOT_DATABASE_URL: db.rootUrl };
          if (needsServer) {
            env.REGISTRY_URL = (await liveServer()).url;
            env.TOKEN = await tokenFor("analyst");
            env.SMOKE_TOKEN = await tokenFor("steward");
            env.ADMIN_TOKEN = await tokenFor("admin");
          }
          const { code, output } = await runBash(block.text, env);
          if (!allowed.includes(code ?? -1)) {
            const workerSide = worker ? `\nthe worker's last log lines:\n${workerLog.slice(-40).join("\n")}` : "";
            throw new Error(`exit ${code} (allowed ${allowed.join(",")}):\n${output}${workerSide}`);
          }
          // A usage error or a crash is never acceptable, whatever the exit code.
          expect(output).not.toMatch(/Usage: |TypeError|ReferenceError|unknown (command|option)/);
          return;
        }
        const role = (block.attrs.as ?? "owner") as Role;
        if (block.lang === "sql") {
          const sql = withTestRoles(block.text);
          if (role === "root") await db.rootPool.query(sql);
          else if (role === "owner") await db.ownerPool.query(sql);
          else {
            const userId = role === "analyst" || role === "steward" || role === "admin" ? users[role].id : null;
            await asRole(db, { role, userId }, (client) => client.query(sql));
          }
          return;
        }
        if (block.lang === "graphql") {
          const s = await liveServer();
          const token = role === "analyst" || role === "steward" || role === "admin" ? await tokenFor(role) : undefined;
          const response = await s.gql(block.text, {}, token);
          expect(response.body.errors ?? []).toEqual([]);
          expect(response.status).toBe(200);
          return;
        }
        throw new Error(`unknown block language ${block.lang}`);
      },
      180_000,
    );
  }
});
