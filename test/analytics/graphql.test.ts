// The analytics through GraphQL: filters by date range and source system,
// aggregates, the admin's refresh mutation, and who may use them.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { D1, D2, D3, loadAnalyticsFixture } from "./fixture.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let analyst: string;
let admin: string;
let apiClient: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  await loadAnalyticsFixture(db);
  await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
  server = await startTestServer(db);
  analyst = await server.login(users.analyst.username, users.analyst.password);
  admin = await server.login(users.admin.username, users.admin.password);
  apiClient = (await db.ownerPool.query("select (app_public.issue_api_token('Partner')).secret")).rows[0].secret;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const REFRESH = `mutation Refresh($from: Date, $to: Date) {
  refreshAnalytics(input: { fromDay: $from, toDay: $to }) { result { triggeredBy fromDay toDay aliasRows } }
}`;

const ALIASES_BY_SOURCE = `query AliasesBySource($from: Date!, $to: Date!, $source: String) {
  analyticsAliasDailies(
    filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to }, sourceSystem: { equalTo: $source } }
    orderBy: PRIMARY_KEY_ASC
    first: 100
  ) {
    nodes { day sourceSystem kind aliasesAdded }
    aggregates { sum { aliasesAdded } }
    groupedAggregates(groupBy: [DAY]) { keys sum { aliasesAdded } }
  }
}`;

describe("refreshAnalytics", () => {
  it("lets an admin recompute the rollups", async () => {
    const result = await server.gql<{ refreshAnalytics: { result: Record<string, unknown> } }>(
      REFRESH,
      { from: D1, to: D3 },
      admin,
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.refreshAnalytics.result).toEqual({
      triggeredBy: "admin",
      fromDay: D1,
      toDay: D3,
      aliasRows: 5,
    });
  });
  it("refuses a backwards range with INVALID_DATE_RANGE", async () => {
    const result = await server.gql(REFRESH, { from: D3, to: D1 }, admin);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("INVALID_DATE_RANGE");
  });
  it.each([
    ["analysts", () => analyst],
    ["API clients", () => apiClient],
  ])("is refused to %s", async (_who, token) => {
    const result = await server.gql(REFRESH, {}, token());
    expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });
});

describe("analyticsAliasDailies", () => {
  it("filters by date range and source system, with aggregates", async () => {
    const result = await server.gql<{ analyticsAliasDailies: Record<string, unknown> }>(
      ALIASES_BY_SOURCE,
      { from: D1, to: D2, source: "manual" },
      analyst,
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.analyticsAliasDailies).toEqual({
      nodes: [
        { day: D1, sourceSystem: "manual", kind: "trading", aliasesAdded: 1 },
        { day: D1, sourceSystem: "manual", kind: "abbreviation", aliasesAdded: 1 },
      ],
      aggregates: { sum: { aliasesAdded: "2" } },
      groupedAggregates: [{ keys: [D1], sum: { aliasesAdded: "2" } }],
    });
  });
  it("is refused to API clients", async () => {
    const result = await server.gql(ALIASES_BY_SOURCE, { from: D1, to: D3, source: "bci" }, apiClient);
    // The request guard refuses an API token's grouped aggregates before the database would (permission denied).
    expect(result.body.errors?.[0]?.extensions?.code).toBe("AGGREGATE_NOT_ALLOWED");
  });
});

describe("coverage and conflicts", () => {
  it("give the daily trend to analysts", async () => {
    const result = await server.gql<{
      analyticsCoverageDailies: { nodes: unknown[] };
      analyticsConflictDailies: { nodes: unknown[] };
    }>(
      `query Trend($from: Date!, $to: Date!) {
        analyticsCoverageDailies(filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }, orderBy: DAY_ASC, first: 31) {
          nodes { day aliasCoverage identifierCoverage }
        }
        analyticsConflictDailies(filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }, orderBy: DAY_ASC, first: 31) {
          nodes { day distinctionsRecorded merges }
        }
      }`,
      { from: D1, to: D3 },
      analyst,
    );
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.analyticsCoverageDailies.nodes).toEqual([
      { day: D1, aliasCoverage: 50, identifierCoverage: 50 },
      { day: D2, aliasCoverage: 66.67, identifierCoverage: 33.33 },
      { day: D3, aliasCoverage: 100, identifierCoverage: 66.67 },
    ]);
    expect(result.body.data!.analyticsConflictDailies.nodes).toEqual([
      { day: D1, distinctionsRecorded: 0, merges: 0 },
      { day: D2, distinctionsRecorded: 1, merges: 0 },
      { day: D3, distinctionsRecorded: 0, merges: 1 },
    ]);
  });
});
