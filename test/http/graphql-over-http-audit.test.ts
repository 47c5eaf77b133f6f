// The GraphQL-over-HTTP audits from graphql-http, against the real server.
import { auditServer } from "graphql-http";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

it("passes the graphql-http server audits with no errors", async () => {
  const results = await auditServer({ url: `${server.url}/graphql` });
  const errors = results.filter((result) => result.status === "error");
  const summary = (status: string) => results.filter((result) => result.status === status).length;
  console.log(
    `graphql-http audit: ${summary("ok")} ok, ${summary("warn")} warn, ${summary("notice")} notice, ${errors.length} error`,
  );
  expect(errors.map((result) => `${result.id} ${result.name}: ${"reason" in result ? result.reason : ""}`)).toEqual([]);
  expect(summary("ok")).toBeGreaterThan(40);
});
