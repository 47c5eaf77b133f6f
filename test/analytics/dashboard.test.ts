// analyticsDashboard: everything the dashboard shows for a range of days, in
// one JSON value, through the real HTTP server, with the rollups' access rules.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { D1, D2, D3, loadAnalyticsFixture } from "./fixture.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let analyst: string;
let apiClient: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  await loadAnalyticsFixture(db);
  await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
  server = await startTestServer(db);
  analyst = await server.login(users.analyst.username, users.analyst.password);
  apiClient = (await db.ownerPool.query("select (app_public.issue_api_token('Partner')).secret")).rows[0].secret;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const DASHBOARD = `query Dashboard($from: Date!, $to: Date!, $source: String) {
  analyticsDashboard(fromDay: $from, toDay: $to, sourceSystem: $source)
}`;

interface Dashboard {
  aliasesPerDay: { columns: string[]; rows: unknown[][] };
  aliasTotals: unknown[];
  coverage: Array<Record<string, unknown>>;
  conflicts: Array<Record<string, unknown>>;
  decisionTotals: unknown[];
  importTotals: unknown[];
  lastRefresh: { mode: string; triggeredBy: string };
}

it("gives analysts the figures of the rollups for the range, in one value", async () => {
  const result = await server.gql<{ analyticsDashboard: Dashboard }>(DASHBOARD, { from: D1, to: D3 }, analyst);
  expect(result.body.errors).toBeUndefined();
  const dashboard = result.body.data!.analyticsDashboard;
  expect(dashboard.aliasesPerDay).toEqual({
    columns: ["day", "sourceSystem", "kind", "aliasesAdded", "publicAdded"],
    rows: [
      // kinds in the order of the alias_kind type
      [D1, "manual", "trading", 1, 1],
      [D1, "manual", "abbreviation", 1, 1],
      [D2, "bci", "trading", 1, 1],
      [D2, "bci", "feed_spelling", 1, 0],
      [D3, "manual", "former", 2, 2],
    ],
  });
  expect(dashboard.aliasTotals).toEqual([
    { sourceSystem: "bci", aliasesAdded: 2, publicAdded: 1 },
    { sourceSystem: "manual", aliasesAdded: 4, publicAdded: 4 },
  ]);
  expect(dashboard.coverage.map((c) => [c.day, c.aliasCoverage, c.identifierCoverage])).toEqual([
    [D1, 50, 50],
    [D2, 66.67, 33.33],
    [D3, 100, 66.67],
  ]);
  expect(dashboard.conflicts.map((c) => [c.day, c.distinctionsRecorded, c.merges])).toEqual([
    [D1, 0, 0],
    [D2, 1, 0],
    [D3, 0, 1],
  ]);
  // Past days have no name-sharing snapshot (taken by each day's refreshes), but every key is there.
  expect(dashboard.conflicts[0]).toEqual({
    day: D1,
    sharedNames: null,
    commonNames: null,
    employersSharingNames: null,
    unexplainedPairs: null,
    distinctionsRecorded: 0,
    merges: 0,
    unmerges: 0,
  });
  expect(dashboard.decisionTotals).toEqual([]);
  expect(dashboard.importTotals).toEqual([]);
  expect(dashboard.lastRefresh).toMatchObject({ mode: "full", triggeredBy: "operator" });
});

it("narrows the alias figures to one source system", async () => {
  const result = await server.gql<{ analyticsDashboard: Dashboard }>(
    DASHBOARD,
    { from: D1, to: D3, source: "bci" },
    analyst,
  );
  expect(result.body.data!.analyticsDashboard.aliasesPerDay.rows).toEqual([
    [D2, "bci", "trading", 1, 1],
    [D2, "bci", "feed_spelling", 1, 0],
  ]);
});

it("refuses a range that ends before it starts", async () => {
  const result = await server.gql(DASHBOARD, { from: D3, to: D1 }, analyst);
  expect(result.body.errors?.[0]?.extensions?.code).toBe("INVALID_DATE_RANGE");
});

it("is not for API clients", async () => {
  const result = await server.gql(DASHBOARD, { from: D1, to: D3 }, apiClient);
  expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
});
