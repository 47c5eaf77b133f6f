import { readFile } from "node:fs/promises";
import { printSortedSchema } from "../../server/src/graphql/print-schema.ts";
import { schemaFile } from "../../server/src/paths.ts";
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

it("matches the committed data/schema.graphql (run npm run schema:export after API changes)", async () => {
  const committed = await readFile(schemaFile, "utf8");
  const current = printSortedSchema(await server.getSchema());
  expect(current).toBe(committed);
});
