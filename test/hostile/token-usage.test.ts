// Each API token's use of the API per day, as the rate limiter counts it:
// requests let through, the searches they ran, 429 refusals (those answered
// from memory too) and the daily quota used. Admins read it in GraphQL; no
// other role does.
import type pg from "pg";
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { issueApiToken, rawPost, testRateLimits } from "./hostile-helpers.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let admin: string;

const USAGE = `query($id: BigInt!) {
  apiTokenUsageDailies(first: 10, condition: { tokenId: $id }) {
    nodes { day requests searches refused quotaUsed quota token { name } }
  }
}`;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db, {
    rateLimits: testRateLimits({ apiToken: { perSecond: 1, burst: 5, perDay: 1_000 } }),
  });
  admin = await server.login(users.admin.username, users.admin.password);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const searches = (n: number) =>
  JSON.stringify({
    query: `{ ${Array.from({ length: n }, (_, i) => `s${i}: searchEmployers(query: "Acme ${i}", first: 1) { totalCount }`).join(" ")} }`,
  });

it("counts a token's requests, searches, refusals and quota used per day, for admins", async () => {
  const { tokenId, secret } = await issueApiToken(server, admin, "usage partner");
  const plain = await rawPost(server, JSON.stringify({ query: "{ employers(first: 1) { totalCount } }" }), {
    token: secret,
  });
  expect(plain.status).toBe(200);
  expect((await rawPost(server, searches(3), { token: secret })).status).toBe(200);
  // One left in the burst, one more a second: of twelve one-search requests at once most are refused,
  // the later ones from this process's memory without asking the database.
  const statuses = await Promise.all(
    Array.from({ length: 12 }, async () => (await rawPost(server, searches(1), { token: secret })).status),
  );
  const accepted = statuses.filter((s) => s === 200).length;
  const refused = statuses.filter((s) => s === 429).length;
  expect(accepted + refused).toBe(12);
  expect(refused).toBeGreaterThan(0);

  const today = new Date().toISOString().slice(0, 10);
  const expected = {
    day: today,
    requests: String(2 + accepted),
    searches: String(3 + accepted),
    refused: String(refused),
    quotaUsed: String(1 + 3 + accepted),
    quota: "1000",
    token: { name: "usage partner" },
  };
  // Refusals answered from memory reach the table within a few seconds.
  let nodes: unknown[] = [];
  for (let i = 0; i < 60; i++) {
    const result = await server.gql<{ apiTokenUsageDailies: { nodes: unknown[] } }>(USAGE, { id: tokenId }, admin);
    expect(result.body.errors).toBeUndefined();
    nodes = result.body.data!.apiTokenUsageDailies.nodes;
    if (JSON.stringify(nodes) === JSON.stringify([expected])) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(nodes).toEqual([expected]);
});

it("is refused to analysts, stewards and API tokens in GraphQL", async () => {
  const { tokenId, secret } = await issueApiToken(server, admin, "nosy partner");
  for (const role of ["analyst", "steward"] as const) {
    const token = await server.login(users[role].username, users[role].password);
    const result = await server.gql(USAGE, { id: tokenId }, token);
    expect(result.body.data?.apiTokenUsageDailies ?? null).toBeNull();
    expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  }
  const asToken = await rawPost(server, JSON.stringify({ query: USAGE, variables: { id: tokenId } }), {
    token: secret,
  });
  expect(
    (asToken.json?.data as { apiTokenUsageDailies?: unknown } | undefined)?.apiTokenUsageDailies ?? null,
  ).toBeNull();
  expect(asToken.json?.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
});

it("lets admins read the table and refuses every other role in the database", async () => {
  const select = (c: pg.PoolClient) => c.query("select token_id, requests from app_public.api_token_usage_daily");
  const rows = await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => (await select(c)).rows);
  expect(rows.length).toBeGreaterThan(0);
  for (const role of ["analyst", "steward"] as const) {
    await asRole(db, { role, userId: users[role].id }, (c) => expectSqlError(select(c), "42501"));
  }
  await asRole(db, { role: "api_client" }, (c) => expectSqlError(select(c), "42501"));
  // Nobody writes it but the rate limiter (as the owner): not even an admin.
  await asRole(db, { role: "admin", userId: users.admin.id }, (c) =>
    expectSqlError(c.query("update app_public.api_token_usage_daily set refused = 0"), "42501"),
  );
});
