// Query limits apply to everyone but admins, with a clear error and code.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let analyst: string;
let admin: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db, { limits: { maxDepth: 6, maxPageSize: 100, maxCost: 500, maxBodyBytes: 4_000 } });
  analyst = await server.login(users.analyst.username, users.analyst.password);
  admin = await server.login(users.admin.username, users.admin.password);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const deep = `{ users(first: 5) { nodes { apiTokensByCreatedBy(first: 5) { nodes { userByCreatedBy { apiTokensByCreatedBy(first: 1) { nodes { rowId } } } } } } } }`;

describe("query depth", () => {
  it("refuses a query deeper than the limit with QUERY_TOO_DEEP", async () => {
    const result = await server.gql(deep, {}, analyst);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_DEEP");
    expect(result.body.errors?.[0]?.message).toMatch(/limit is 6/);
  });
  it("lets admins through", async () => {
    const result = await server.gql(deep, {}, admin);
    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });
  it("does not count GraphiQL's introspection query against the limit", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const result = await server.gql(getIntrospectionQuery(), {}, analyst);
    expect(result.body.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });
});

describe("page size", () => {
  it("refuses first above 100 with PAGE_TOO_LARGE, in literals and variables", async () => {
    const literal = await server.gql("{ users(first: 101) { nodes { username } } }", {}, analyst);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe("PAGE_TOO_LARGE");
    const variable = await server.gql(
      "query($n: Int) { users(last: $n) { nodes { username } } }",
      { n: 5000 },
      analyst,
    );
    expect(variable.body.errors?.[0]?.extensions?.code).toBe("PAGE_TOO_LARGE");
  });
  it("requires first or last to read a connection's nodes (PAGINATION_REQUIRED), not for totals", async () => {
    const unpaged = await server.gql("{ users { nodes { username } } }", {}, analyst);
    expect(unpaged.body.errors?.[0]?.extensions?.code).toBe("PAGINATION_REQUIRED");
    const total = await server.gql("{ users { totalCount } }", {}, analyst);
    expect(total.body).toEqual({ data: { users: { totalCount: 3 } } });
  });
  it("allows 100", async () => {
    const result = await server.gql("{ users(first: 100) { nodes { username } } }", {}, analyst);
    expect(result.body.errors).toBeUndefined();
  });
});

describe("query cost", () => {
  it("refuses a query that could fetch more objects than the ceiling with QUERY_TOO_COSTLY", async () => {
    const result = await server.gql(
      "{ users(first: 100) { nodes { username displayName role apiTokensByCreatedBy(first: 100) { nodes { rowId } } } } }",
      {},
      analyst,
    );
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    expect(result.body.errors?.[0]?.message).toMatch(/limit is 500/);
  });
  it("refuses many aliased copies of a field", async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: users(first: 10) { nodes { username } }`).join(" ");
    const result = await server.gql(`{ ${aliases} }`, {}, analyst);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
  });
});

describe("request body size", () => {
  it("refuses a body over the limit with HTTP 413 and REQUEST_TOO_LARGE", async () => {
    const padding = " ".repeat(5_000);
    const result = await server.gql(`{ __typename ${padding}}`, {}, analyst);
    expect(result.status).toBe(413);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("REQUEST_TOO_LARGE");
  });
  it("allows admins a larger body", async () => {
    const result = await server.gql(`{ __typename ${" ".repeat(5_000)}}`, {}, admin);
    expect(result.status).toBe(200);
  });
  it("answers malformed JSON with HTTP 400 and a JSON error", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code,
    ).toBe("BAD_REQUEST");
  });
});
