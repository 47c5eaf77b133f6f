// ops release's refusals, before it changes anything: a plan it cannot follow, the embedded database, HAProxy
// out of reach, and production without --confirm. The release itself runs in test/deploy/rolling-release.test.ts.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";

let db: TestDatabase;
let scratch: string;
beforeAll(async () => {
  db = await createTestDatabase();
  scratch = await mkdtemp(join(tmpdir(), "ear-ops-release-"));
});
afterAll(async () => {
  await db?.drop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function planFile(plan: unknown): Promise<string> {
  const file = join(scratch, `plan-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(plan));
  return file;
}

const api = (name: string) => ({ server: name, url: "http://127.0.0.1:9", process: { systemd: `${name}.service` } });

async function appliedCount(): Promise<number> {
  const { rows } = await db.ownerPool.query<{ n: number }>(
    "select count(*)::int as n from graphile_migrate.migrations",
  );
  return rows[0]!.n;
}

it("refuses a plan with one API server: nothing would serve while it restarts", async () => {
  const plan = await planFile({ haproxy: { socket: "/nowhere", backend: "b" }, api: [api("api1")] });
  const run = await runOps(db, ["release", "--plan", plan]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/needs at least two API servers/);
});

it("refuses the embedded database, whose PostgreSQL would stop with the process that started it", async () => {
  const plan = await planFile({ haproxy: { socket: "/nowhere", backend: "b" }, api: [api("api1"), api("api2")] });
  const run = await runOps(db, ["release", "--plan", plan], {
    env: { DATABASE_URL: undefined, AUTH_DATABASE_URL: undefined },
  });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/needs DATABASE_URL and AUTH_DATABASE_URL/);
});

it("stops before migrating when HAProxy's admin socket does not answer", async () => {
  const before = await appliedCount();
  const plan = await planFile({
    haproxy: { socket: join(scratch, "no-haproxy.sock"), backend: "b" },
    api: [api("api1"), api("api2")],
  });
  const run = await runOps(db, ["release", "--plan", plan]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/HAProxy's runtime API at .*no-haproxy\.sock/);
  expect(await appliedCount()).toBe(before);
});

it("on production, goes no further without --confirm production", async () => {
  const plan = await planFile({ haproxy: { socket: "/nowhere", backend: "b" }, api: [api("api1"), api("api2")] });
  const run = await runOps(db, ["release", "--plan", plan], { env: { REGISTRY_ENV: "production" } });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/release on production must be confirmed/);
});
