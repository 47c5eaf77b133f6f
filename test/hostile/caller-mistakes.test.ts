// Every mistake a caller can make is a 4xx with a stable extensions.code, and
// none of them counts as a server error in /metrics (the error-rate alert).
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers } from "../helpers/users.ts";
import { codeOf, metricSum, rawPost } from "./hostile-helpers.ts";

let db: TestDatabase;
let server: TestServer;
let analyst: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const users = await createUsers(db);
  server = await startTestServer(db);
  analyst = await server.login(users.analyst.username, users.analyst.password);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const json = (value: unknown) => JSON.stringify(value);
let nested = "{ rowId: { equalTo: 1 } }";
for (let i = 0; i < 2_000; i++) nested = `{ not: ${nested} }`;
let nestedVariable: unknown = { rowId: { equalTo: 1 } };
for (let i = 0; i < 2_000; i++) nestedVariable = { not: nestedVariable };

const cases: Array<[string, string, { contentType?: string; status: number; code: string }]> = [
  [
    "a negative page size",
    json({ query: "{ employers(first: -1) { nodes { rowId } } }" }),
    { status: 400, code: "INVALID_PAGE_SIZE" },
  ],
  [
    "a negative page size in a variable",
    json({ query: "query($n: Int) { employers(last: $n) { nodes { rowId } } }", variables: { n: -5 } }),
    { status: 400, code: "INVALID_PAGE_SIZE" },
  ],
  [
    "a subscription",
    json({ query: "subscription { __typename }" }),
    { status: 400, code: "SUBSCRIPTIONS_NOT_SUPPORTED" },
  ],
  [
    "a filter nested 2,000 deep",
    json({ query: `{ employers(first: 1, filter: ${nested}) { nodes { rowId } } }` }),
    { status: 400, code: "INPUT_TOO_DEEP" },
  ],
  [
    "a filter variable nested 2,000 deep",
    json({
      query: "query($f: EmployerFilter) { employers(first: 1, filter: $f) { nodes { rowId } } }",
      variables: { f: nestedVariable },
    }),
    { status: 400, code: "INPUT_TOO_DEEP" },
  ],
  [
    "a body that is not JSON",
    "{ __typename }",
    { contentType: "text/plain", status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
  ],
  [
    "a batch",
    json([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    { status: 400, code: "BATCH_NOT_SUPPORTED" },
  ],
  ["a null query", json({ query: null }), { status: 400, code: "QUERY_REQUIRED" }],
  ["no query", json({}), { status: 400, code: "QUERY_REQUIRED" }],
  [
    "a cursor the API never gave out",
    json({ query: '{ employers(first: 1, after: "bogus") { nodes { rowId } } }' }),
    { status: 400, code: "INVALID_CURSOR" },
  ],
  [
    "a well-formed cursor that is not a cursor",
    json({ query: `{ employers(first: 1, after: "${Buffer.from("hello").toString("base64")}") { nodes { rowId } } }` }),
    { status: 400, code: "INVALID_CURSOR" },
  ],
  [
    "an unknown operationName",
    json({ query: "query A { __typename }", operationName: "B" }),
    { status: 400, code: "UNKNOWN_OPERATION" },
  ],
  [
    "two operations and no operationName",
    json({ query: "query A { __typename } query B { __typename }" }),
    { status: 400, code: "OPERATION_NAME_REQUIRED" },
  ],
  ["a syntax error", json({ query: "{ __typename " }), { status: 400, code: "GRAPHQL_PARSE_FAILED" }],
  [
    "an unknown field",
    json({ query: "{ employerz { totalCount } }" }),
    { status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  ],
  [
    "a variable of the wrong type",
    json({ query: "query($n: Int) { employers(first: $n) { totalCount } }", variables: { n: "x" } }),
    { status: 400, code: "INVALID_VARIABLES" },
  ],
  [
    "variables that are not an object",
    json({ query: "{ __typename }", variables: "x" }),
    { status: 400, code: "INVALID_VARIABLES" },
  ],
  [
    "operationName that is not a string",
    json({ query: "{ __typename }", operationName: 5 }),
    { status: 400, code: "BAD_REQUEST" },
  ],
  ["malformed JSON", "{bad", { status: 400, code: "BAD_REQUEST" }],
];

describe("caller mistakes", () => {
  it.each(cases)("answers %s with a 4xx and a stable code", async (_name, body, expected) => {
    const response = await rawPost(server, body, {
      token: analyst,
      ...(expected.contentType ? { contentType: expected.contentType } : {}),
    });
    expect({ status: response.status, code: codeOf(response) }).toEqual({
      status: expected.status,
      code: expected.code,
    });
  });

  it("answers GET with 405 and a code", async () => {
    const response = await fetch(`${server.url}/graphql?query=%7B__typename%7D`);
    expect(response.status).toBe(405);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe("METHOD_NOT_ALLOWED");
  });

  it("never counts them as server errors", async () => {
    const before = await metricSum(server, "graphql_operation_duration_seconds_count", { outcome: "server_error" });
    for (const [, body, expected] of cases) {
      await rawPost(server, body, {
        token: analyst,
        ...(expected.contentType ? { contentType: expected.contentType } : {}),
      });
    }
    expect(await metricSum(server, "graphql_operation_duration_seconds_count", { outcome: "server_error" })).toBe(
      before,
    );
    expect(
      await metricSum(server, "http_request_duration_seconds_count", { route: "/graphql", status_code: "500" }),
    ).toBe(0);
    expect(await metricSum(server, "graphql_errors_total", { code: "INTERNAL_SERVER_ERROR" })).toBe(0);
  });
});
