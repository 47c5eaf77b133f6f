// The terminal's short log lines, and the JSON lines (with the request id) for
// machines: the same records, two formats.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { formatLogLine, formatLogRecord } from "../../server/src/logging/short-format.ts";
import { graphQLOperationName } from "../../server/src/http/app.ts";
import { ConfigError, loadConfig } from "../../server/src/config/env.ts";

describe("the short format", () => {
  it("writes a request as time, method, path, status, duration and operation name", () => {
    const line = formatLogRecord({
      level: 30,
      time: "2026-12-07T07:04:31.000Z",
      pid: 1,
      req: { id: "abc", method: "POST", url: "/graphql", headers: { "user-agent": "x".repeat(500) } },
      res: { statusCode: 200, headers: {} },
      responseTime: 14,
      operationName: "SearchEmployers",
      msg: "request completed",
    });
    expect(line).toMatch(/^\d\d:\d\d:\d\d POST \/graphql 200 14 ms SearchEmployers$/);
  });

  it("leaves out the operation name of requests that have none, and names the error of a failed one", () => {
    const ok = formatLogRecord({
      level: 30,
      req: { method: "GET", url: "/" },
      res: { statusCode: 304 },
      responseTime: 2,
    });
    expect(ok).toMatch(/ GET \/ 304 2 ms$/);
    const failed = formatLogRecord({
      level: 50,
      req: { method: "POST", url: "/imports" },
      res: { statusCode: 500 },
      responseTime: 9,
      err: { type: "Error", message: "disk full", stack: "Error: disk full\n    at …" },
    });
    expect(failed).toMatch(/ POST \/imports 500 9 ms \(disk full\)$/);
  });

  it("writes other events as level, message and their own fields, shortened", () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 40,
        time: 0,
        pid: 7,
        name: "registry",
        msg: "slow refresh",
        days: 3,
        note: "n".repeat(200),
      }),
    );
    expect(line).toMatch(/^\d\d:\d\d:\d\d WARN slow refresh \(days=3 note=n{77}\.\.\.\)$/);
    expect(formatLogLine("not json at all\n")).toBe("not json at all");
  });

  it("finds the operation name in the body or, failing that, in the query", () => {
    expect(graphQLOperationName({ operationName: "Login", query: "mutation Other { x }" })).toBe("Login");
    expect(graphQLOperationName({ query: "\n  query EmployerDetail($id: BigInt!) { x }" })).toBe("EmployerDetail");
    expect(graphQLOperationName({ query: "{ __typename }" })).toBeNull();
    expect(graphQLOperationName(undefined)).toBeNull();
  });
});

describe("LOG_FORMAT", () => {
  it("is json, pretty, or decided by the terminal when unset", () => {
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
    expect(loadConfig({ LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
    expect(loadConfig({}).logFormat).toBeNull();
    expect(() => loadConfig({ LOG_FORMAT: "yaml" })).toThrow(ConfigError);
  });
});

describe("JSON request logs through the real server", () => {
  let db: TestDatabase;
  let server: TestServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db, { logLines });
  });
  afterAll(async () => {
    await server.close();
    await db.drop();
  });

  it("carries the request id, the headers and the operation name; the short line keeps one line of it", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "trace-me-42" },
      body: JSON.stringify({ query: "query WhoAmI { __typename }", operationName: "WhoAmI" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("trace-me-42");
    // pino-http writes when the response finishes, which may follow the body by a tick.
    for (let i = 0; i < 50 && !logLines.some((l) => l.includes("trace-me-42")); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const line = logLines.find((l) => l.includes("trace-me-42"));
    expect(line).toBeDefined();
    const record = JSON.parse(line!) as { req: { id: string; headers: Record<string, string> }; operationName: string };
    expect(record.req.id).toBe("trace-me-42");
    expect(record.req.headers["content-type"]).toBe("application/json");
    expect(record.operationName).toBe("WhoAmI");
    const short = formatLogLine(line!);
    expect(short).toMatch(/^\d\d:\d\d:\d\d POST \/graphql 200 \d+ ms WhoAmI$/);
    expect(short.length).toBeLessThan(line!.length / 5);
  });
});
