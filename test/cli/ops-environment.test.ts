// The environment guard: ops status and every changing command name the
// environment (REGISTRY_ENV); on production, migrate, disable and snapshot
// restore go on only with the environment's name typed at a terminal or given
// as --confirm, and change nothing otherwise. Elsewhere they do not ask.
import { PassThrough } from "node:stream";
import { runOps as runOpsInProcess } from "../../server/src/cli/ops/context.ts";
import { registerFeatureCommands } from "../../server/src/cli/ops/features.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { opsEnv, runOps } from "../helpers/ops.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

async function importsEnabled(): Promise<boolean> {
  const { rows } = await db.ownerPool.query("select is_enabled from app_public.feature_switches where key = 'imports'");
  return rows[0].is_enabled;
}

async function setImports(enabled: boolean): Promise<void> {
  await db.ownerPool.query("update app_public.feature_switches set is_enabled = $1 where key = 'imports'", [enabled]);
}

/** `ops disable imports` in this process, as at a terminal where `typed` is entered. */
async function disableAtTerminal(typed: string, environment: string) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = "";
  stderr.on("data", (chunk: Buffer) => void (err += chunk.toString()));
  stdout.resume();
  stdin.end(`${typed}\n`);
  const code = await runOpsInProcess(
    ["disable", "imports", "--reason", "environment guard test"],
    { stdin, stdout, stderr, env: { ...opsEnv(db), REGISTRY_ENV: environment } },
    [registerFeatureCommands],
  );
  return { code, stderr: err };
}

it("ops status shows the environment, in text and JSON", async () => {
  const text = await runOps(db, ["status"], { env: { REGISTRY_ENV: "staging" } });
  expect(text.stdout).toMatch(/^environment: staging$/m);
  const json = await runOps(db, ["status", "--json"], { env: { REGISTRY_ENV: "production" } });
  expect(JSON.parse(json.stdout).environment).toBe("production");
  const bad = await runOps(db, ["status"], { env: { REGISTRY_ENV: "Prod uction" } });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/REGISTRY_ENV must be/);
});

it("names the environment before a changing command, and does not ask outside production", async () => {
  await setImports(true);
  const run = await runOps(db, ["disable", "imports", "--reason", "staging test"], {
    env: { REGISTRY_ENV: "staging" },
  });
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(
    new RegExp(`^environment: staging \\(database ${db.name} on 127\\.0\\.0\\.1:\\d+\\)$`, "m"),
  );
  expect(await importsEnabled()).toBe(false);
  // Reading commands say nothing about it.
  const list = await runOps(db, ["features", "list"], { env: { REGISTRY_ENV: "staging" } });
  expect(list.stderr).not.toMatch(/environment:/);
});

describe("on production", () => {
  beforeEach(() => setImports(true));

  it("refuses disable in a script without --confirm, and with the wrong name, changing nothing", async () => {
    const missing = await runOps(db, ["disable", "imports", "--reason", "x"], { env: { REGISTRY_ENV: "production" } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/disable on production must be confirmed: .*--confirm production/);
    const wrong = await runOps(db, ["disable", "imports", "--reason", "x", "--confirm", "staging"], {
      env: { REGISTRY_ENV: "production" },
    });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--confirm staging does not match the environment \(production\)/);
    expect(await importsEnabled()).toBe(true);
  });

  it("goes on with --confirm production", async () => {
    const run = await runOps(db, ["disable", "imports", "--reason", "x", "--confirm", "production"], {
      env: { REGISTRY_ENV: "production" },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^environment: production /m);
    expect(await importsEnabled()).toBe(false);
  });

  it("asks at a terminal: the right name goes on, another changes nothing", async () => {
    const refused = await disableAtTerminal("prod", "production");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Type the environment's name to go on:");
    expect(refused.stderr).toMatch(/not confirmed \(typed "prod"\): nothing done/);
    expect(await importsEnabled()).toBe(true);
    const confirmed = await disableAtTerminal("production", "production");
    expect(confirmed.code).toBe(0);
    expect(await importsEnabled()).toBe(false);
  });

  it("guards migrate and snapshot restore too, before they touch anything", async () => {
    for (const args of [["migrate"], ["snapshot", "restore", "nothing__snap_x"]]) {
      const run = await runOps(db, args, { env: { REGISTRY_ENV: "production" } });
      expect([args.join(" "), run.code]).toEqual([args.join(" "), 2]);
      expect(run.stderr).toMatch(/must be confirmed/);
    }
  });
});
