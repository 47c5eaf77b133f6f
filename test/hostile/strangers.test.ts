// Closed to strangers: anonymous callers get no schema (no introspection, no
// "Did you mean" suggestions) while logged-in users keep GraphiQL's
// introspection; a login token without an expiry is refused; a multipart
// upload with a second file is refused with a code and stores nothing.
import jwt from "jsonwebtoken";
import { getIntrospectionQuery } from "graphql";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { TEST_JWT_SECRET } from "../helpers/test-env.ts";
import { codeOf, rawPost } from "./hostile-helpers.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let analyst: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db);
  analyst = await server.login(users.analyst.username, users.analyst.password);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe("anonymous callers", () => {
  it.each([
    ["__schema", "{ __schema { types { name } } }"],
    ["__type", '{ __type(name: "User") { fields { name } } }'],
    ["__type in a fragment", 'query { ...F } fragment F on Query { __type(name: "User") { name } }'],
    ["the introspection query", getIntrospectionQuery()],
  ])("may not introspect (%s)", async (_name, query) => {
    const response = await rawPost(server, JSON.stringify({ query }));
    expect(response.status).toBe(403);
    expect(codeOf(response)).toBe("INTROSPECTION_DISABLED");
    expect(response.text).not.toMatch(/"User"|ApiToken/);
  });

  it("get no field suggestions", async () => {
    const response = await rawPost(server, JSON.stringify({ query: "{ employerz { totalCount } users { nodez } }" }));
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.text).not.toMatch(/Did you mean/);
  });

  it("may still log in and ask for __typename", async () => {
    const response = await rawPost(server, JSON.stringify({ query: "{ __typename }" }));
    expect(response.json).toEqual({ data: { __typename: "Query" } });
  });
});

describe("logged-in users", () => {
  it("keep introspection (GraphiQL) and suggestions", async () => {
    const introspection = await server.gql<{ __schema: { types: unknown[] } }>(getIntrospectionQuery(), {}, analyst);
    expect(introspection.body.errors).toBeUndefined();
    expect(introspection.body.data!.__schema.types.length).toBeGreaterThan(50);
    const suggestion = await rawPost(server, JSON.stringify({ query: "{ employerz { totalCount } }" }), {
      token: analyst,
    });
    expect(suggestion.text).toMatch(/Did you mean/);
  });
});

describe("login tokens", () => {
  it("are refused without an expiry", async () => {
    const claims = jwt.decode(analyst) as Record<string, unknown>;
    const { exp: _exp, iat: _iat, ...rest } = claims;
    const forever = jwt.sign(rest, TEST_JWT_SECRET, { algorithm: "HS256" });
    const refused = await rawPost(server, JSON.stringify({ query: "{ currentUser { username } }" }), {
      token: forever,
    });
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe("INVALID_TOKEN");
    // The same claims with an expiry pass: only the missing exp is refused.
    const expiring = jwt.sign({ ...rest, exp: Math.floor(Date.now() / 1000) + 600 }, TEST_JWT_SECRET, {
      algorithm: "HS256",
    });
    const accepted = await rawPost(server, JSON.stringify({ query: "{ currentUser { username } }" }), {
      token: expiring,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toEqual({ data: { currentUser: { username: users.analyst.username } } });
  });
});

describe("multipart uploads", () => {
  it("refuse a second file with a code and store nothing", async () => {
    const steward = await server.login(users.steward.username, users.steward.password);
    const form = new FormData();
    form.append("file", new Blob(["company_name\nAcme Pty Ltd\n"], { type: "text/csv" }), "one.csv");
    form.append("file2", new Blob(["company_name\nOther Pty Ltd\n"], { type: "text/csv" }), "two.csv");
    const response = await fetch(`${server.url}/imports?source=bci`, {
      method: "POST",
      headers: { authorization: `Bearer ${steward}` },
      body: form,
    });
    const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe("IMPORT_TOO_MANY_FILES");
    const { rows } = await db.ownerPool.query<{ n: number }>(
      "select count(*)::int as n from app_public.import_batches",
    );
    expect(rows[0]!.n).toBe(0);
  });
});
