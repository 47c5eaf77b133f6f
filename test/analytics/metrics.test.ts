// /metrics: who may read it, and what it counts (HTTP and GraphQL durations by
// operation name, errors, search latency, alias insert failures, business gauges).
import type { Request } from "express";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { metricsAccessAllowed, routeOf } from "../../server/src/metrics/metrics.ts";
import { loadAnalyticsFixture, type AnalyticsFixture } from "./fixture.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let fixture: AnalyticsFixture;
let steward: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  fixture = await loadAnalyticsFixture(db);
  await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
  server = await startTestServer(db);
  steward = await server.login(users.steward.username, users.steward.password);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

async function scrape(url = server.url, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/metrics`, { headers });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

/** The value of one sample line, by metric name and label subset. */
function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split("\n")) {
    if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) {
      return Number(line.slice(line.lastIndexOf(" ") + 1));
    }
  }
  return null;
}

const ADD_ALIAS = `mutation AddAlias($employerId: BigInt!, $name: String!) {
  addAlias(input: { employerId: $employerId, name: $name }) { result { rowId } }
}`;

describe("what /metrics counts", () => {
  it("times GraphQL operations by name and counts their errors, and records failed alias inserts", async () => {
    await server.gql(ADD_ALIAS, { employerId: fixture.a, name: "Acme Builders" }, steward); // DUPLICATE_ALIAS
    await server.gql(ADD_ALIAS, { employerId: fixture.a, name: "Acme Civil" }, steward); // fine
    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(
      sampleValue(text, "graphql_operation_duration_seconds_count", { operation_name: "AddAlias", outcome: "ok" }),
    ).toBe(1);
    expect(
      sampleValue(text, "graphql_operation_duration_seconds_count", {
        operation_name: "AddAlias",
        outcome: "client_error",
      }),
    ).toBe(1);
    expect(sampleValue(text, "graphql_operation_duration_seconds_count", { operation_name: "Login" })).toBe(1);
    expect(sampleValue(text, "graphql_errors_total", { operation_name: "AddAlias", code: "DUPLICATE_ALIAS" })).toBe(1);
    expect(sampleValue(text, "alias_insert_failures_total", { code: "DUPLICATE_ALIAS" })).toBe(1);
    expect(sampleValue(text, "http_request_duration_seconds_count", { route: "/graphql", status_code: "200" })).toBe(3);
    // Recorded in the database too, for the health check and every other server.
    let rows: Array<{ operation: string; code: string }> = [];
    for (let i = 0; i < 50 && rows.length === 0; i++) {
      rows = (await db.ownerPool.query("select operation, code from app_private.alias_insert_failures")).rows;
      if (rows.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(rows).toEqual([{ operation: "addAlias", code: "DUPLICATE_ALIAS" }]);
  });

  it("times searches separately", async () => {
    await server.gql(
      `query Find { searchEmployers(query: "Acme Builders", first: 3) { nodes { score } } }`,
      {},
      steward,
    );
    const { text } = await scrape();
    expect(sampleValue(text, "search_duration_seconds_count", { outcome: "ok" })).toBe(1);
    expect(sampleValue(text, "graphql_operation_duration_seconds_count", { operation_name: "Find" })).toBe(1);
  });

  it("counts unexpected errors as server errors", async () => {
    await db.ownerPool.query(`
      create function app_public.explode_metrics() returns int language sql stable as $$ select 1 / 0 $$;
      grant execute on function app_public.explode_metrics() to eartest_api_client;`);
    const fresh = await startTestServer(db);
    try {
      const token = await fresh.login(users.steward.username, users.steward.password);
      await fresh.gql("query Boom { explodeMetrics }", {}, token);
      const { text } = await scrape(fresh.url);
      expect(sampleValue(text, "graphql_errors_total", { operation_name: "Boom", code: "INTERNAL_SERVER_ERROR" })).toBe(
        1,
      );
      expect(
        sampleValue(text, "graphql_operation_duration_seconds_count", {
          operation_name: "Boom",
          outcome: "server_error",
        }),
      ).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it("reports coverage and alias insert failures as gauges", async () => {
    const { text } = await scrape();
    const latest = (
      await db.ownerPool.query(
        "select alias_coverage, identifier_coverage from app_public.analytics_coverage_daily order by day desc limit 1",
      )
    ).rows[0];
    expect(sampleValue(text, "registry_alias_coverage_percent")).toBe(latest.alias_coverage);
    expect(sampleValue(text, "registry_identifier_coverage_percent")).toBe(latest.identifier_coverage);
    expect(sampleValue(text, "registry_alias_insert_failures_last_hour")).toBe(1);
    expect(sampleValue(text, "registry_analytics_refreshed_timestamp_seconds")).toBeGreaterThan(0);
    expect(sampleValue(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("keeps the number of series bounded: routes come from a fixed list", () => {
    expect(routeOf("/exports/aliases.csv")).toBe("/exports");
    expect(routeOf("/some/random/path/123")).toBe("other");
    expect(routeOf("/graphql")).toBe("/graphql");
  });
});

describe("who may read /metrics", () => {
  it("answers callers on this machine when no token is configured", async () => {
    expect((await scrape()).status).toBe(200);
  });
  it("refuses requests that came through a proxy when no token is configured", async () => {
    const response = await scrape(server.url, { "x-forwarded-for": "203.0.113.9" });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe("PERMISSION_DENIED");
  });
  it.each([
    ["127.0.0.1", {}, true],
    ["::1", {}, true],
    ["::ffff:127.0.0.1", {}, true],
    ["10.1.2.3", {}, false],
    ["203.0.113.9", {}, false],
    ["127.0.0.1", { forwarded: "for=203.0.113.9" }, false],
  ])("without a token, a caller at %s (headers %j) is allowed: %s", (address, headers, expected) => {
    const req = { socket: { remoteAddress: address }, headers } as unknown as Request;
    expect(metricsAccessAllowed(req, null)).toBe(expected);
  });
  describe("with METRICS_TOKEN", () => {
    let guarded: TestServer;
    const token = "metrics-token-for-the-tests-0123456789";
    beforeAll(async () => {
      guarded = await startTestServer(db, { metricsToken: token });
    });
    afterAll(() => guarded.close());
    it.each([
      ["no token", {}, "UNAUTHENTICATED"],
      ["a wrong token", { authorization: "Bearer not-the-metrics-token-at-all!!" }, "INVALID_TOKEN"],
      ["a login token", { authorization: "Bearer x" }, "INVALID_TOKEN"],
    ])("refuses %s with 401", async (_what, headers, code) => {
      const response = await scrape(guarded.url, headers);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe(code);
    });
    it("serves the metrics for the right token, proxied or not", async () => {
      const response = await scrape(guarded.url, {
        authorization: `Bearer ${token}`,
        "x-forwarded-for": "203.0.113.9",
      });
      expect(response.status).toBe(200);
      expect(response.text).toContain("http_request_duration_seconds");
    });
  });
});
