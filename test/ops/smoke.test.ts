// The production smoke tests against the real HTTP server with the built
// client: all three pass with a steward's token and leave no live alias
// behind; without a token the critical path fails with a clear reason; a
// server that is down fails every check instead of hanging.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { buildClientIfStale } from "../client/build-client.ts";
import { runSmokeTests, TEST_EMPLOYER_NAME } from "../../server/src/ops/smoke.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
beforeAll(async () => {
  await buildClientIfStale();
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db, { serveClient: true });
}, 180_000);
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

it("passes health, UI access and the critical path, twice, with one test employer and no live alias left", async () => {
  const token = await server.login(users.steward.username, users.steward.password);
  for (let run = 0; run < 2; run++) {
    const results = await runSmokeTests({ url: server.url, token });
    expect(results.map((r) => [r.check, r.ok || r.detail])).toEqual([
      ["health", true],
      ["ui access", true],
      ["critical path: add, find, retire an alias", true],
    ]);
  }
  const employers = await db.ownerPool.query("select id from app_public.employers where name = $1", [
    TEST_EMPLOYER_NAME,
  ]);
  expect(employers.rowCount).toBe(1);
  const aliases = await db.ownerPool.query<{ name: string; retired: boolean }>(
    `select name, valid_to is not null and valid_to <= current_date as retired
       from app_public.aliases where employer_id = $1 order by id`,
    [employers.rows[0]!.id],
  );
  expect(aliases.rows).toHaveLength(2);
  expect(aliases.rows.every((a) => a.retired && a.name.startsWith("Smoke Check "))).toBe(true);
});

it("fails the critical path without a token, and with an analyst's token, saying why", async () => {
  const anonymous = await runSmokeTests({ url: server.url, token: null });
  expect(anonymous.map((r) => r.ok)).toEqual([true, true, false]);
  expect(anonymous[2]!.detail).toBe("needs --token (a steward's login or API token)");

  const analyst = await runSmokeTests({
    url: server.url,
    token: await server.login(users.analyst.username, users.analyst.password),
  });
  expect(analyst[2]!.ok).toBe(false);
  expect(analyst[2]!.detail).toMatch(/^GraphQL error/);
});

it("fails every check against a server that is not there", async () => {
  const results = await runSmokeTests({ url: "http://127.0.0.1:9", token: "x" });
  expect(results.map((r) => r.ok)).toEqual([false, false, false]);
  expect(results[0]!.detail).toMatch(/fetch failed|ECONNREFUSED/);
});
