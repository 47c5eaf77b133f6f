// The GraphQL-over-HTTP audits from graphql-http, against the real server,
// as a logged-in analyst: some audits read the schema (__type), which
// anonymous callers may not.
import { auditServer } from "graphql-http";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers } from "../helpers/users.ts";

let db: TestDatabase;
let server: TestServer;
let token: string;
beforeAll(async () => {
  db = await createTestDatabase();
  const users = await createUsers(db);
  server = await startTestServer(db);
  token = await server.login(users.analyst.username, users.analyst.password);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

it("passes the graphql-http server audits with no errors", async () => {
  const results = await auditServer({
    url: `${server.url}/graphql`,
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set("authorization", `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  });
  const errors = results.filter((result) => result.status === "error");
  const summary = (status: string) => results.filter((result) => result.status === status).length;
  console.log(
    `graphql-http audit: ${summary("ok")} ok, ${summary("warn")} warn, ${summary("notice")} notice, ${errors.length} error`,
  );
  expect(errors.map((result) => `${result.id} ${result.name}: ${"reason" in result ? result.reason : ""}`)).toEqual([]);
  expect(summary("ok")).toBeGreaterThan(40);
});
