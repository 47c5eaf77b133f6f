// Aggregates inside the limits: groupedAggregates returns at most
// GRAPHQL_MAX_GROUPS groups and counts them in the cost; API tokens and
// anonymous callers get no aggregate that lists values.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers } from "../helpers/users.ts";
import { codeOf, issueApiToken, rawPost } from "./hostile-helpers.ts";

let db: TestDatabase;
let server: TestServer;
let analyst: string;
let apiToken: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const users = await createUsers(db);
  // 30 employers, each with a trading name: 30 compare forms to group by.
  for (let i = 0; i < 30; i++) {
    await db.ownerPool.query(
      "select app_public.register_employer($1, array[]::app_public.new_identifier[], array[row($2, 'trading', null)]::app_public.new_alias[])",
      [`Grouping Test Builders ${i} Pty Ltd`, `Grouping Trades ${i}`],
    );
  }
  server = await startTestServer(db, { limits: { maxGroups: 10, maxCost: 500 } });
  analyst = await server.login(users.analyst.username, users.analyst.password);
  const admin = await server.login(users.admin.username, users.admin.password);
  apiToken = (await issueApiToken(server, admin)).secret;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const grouped = "{ aliases { groupedAggregates(groupBy: [COMPARE_FORM]) { keys } } }";

it("returns at most the group limit to analysts", async () => {
  const { rows } = await db.ownerPool.query<{ n: number }>(
    "select count(distinct compare_form)::int as n from app_public.aliases",
  );
  expect(rows[0]!.n).toBeGreaterThanOrEqual(30);
  const response = await rawPost(server, JSON.stringify({ query: grouped }), { token: analyst });
  expect(response.status).toBe(200);
  const groups = (response.json?.data as { aliases: { groupedAggregates: unknown[] } }).aliases.groupedAggregates;
  expect(groups).toHaveLength(10);
});

it("counts every group it may return in the cost", async () => {
  // 10 groups x 51 fields each: over the cost limit of 500, though the document is small.
  const fields = Array.from({ length: 50 }, (_, i) => `k${i}: keys`).join(" ");
  const response = await rawPost(
    server,
    JSON.stringify({ query: `{ aliases { groupedAggregates(groupBy: [COMPARE_FORM]) { keys ${fields} } } }` }),
    { token: analyst },
  );
  expect(response.status).toBe(400);
  expect(codeOf(response)).toBe("QUERY_TOO_COSTLY");
});

it("is refused to API tokens and anonymous callers", async () => {
  for (const token of [apiToken, undefined]) {
    const response = await rawPost(server, JSON.stringify({ query: grouped }), token ? { token } : {});
    expect(response.status).toBe(403);
    expect(codeOf(response)).toBe("AGGREGATE_NOT_ALLOWED");
  }
});

it("still lets API tokens count (totals list no values)", async () => {
  const response = await rawPost(server, JSON.stringify({ query: "{ employers { totalCount } }" }), {
    token: apiToken,
  });
  expect(response.status).toBe(200);
  expect((response.json?.data as { employers: { totalCount: number } }).employers.totalCount).toBeGreaterThanOrEqual(
    30,
  );
});

it("still requires first to read an API token's connection rows", async () => {
  const response = await rawPost(server, JSON.stringify({ query: "{ aliases { nodes { compareForm } } }" }), {
    token: apiToken,
  });
  expect(codeOf(response)).toBe("PAGINATION_REQUIRED");
});
