// The registry's steward mutations through GraphQL: shapes, errors and roles.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let steward: string;
let analyst: string;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db);
  steward = await server.login(users.steward.username, users.steward.password);
  analyst = await server.login(users.analyst.username, users.analyst.password);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const REGISTER = `mutation Register($name: String!, $identifiers: [NewIdentifierInput], $aliases: [NewAliasInput]) {
  registerEmployer(input: { name: $name, identifiers: $identifiers, aliases: $aliases }) {
    result { rowId name status employerIdentifiers(first: 5) { nodes { scheme value } } aliases(first: 5) { nodes { name kind visibility addedBy } } }
  }
}`;

it("registers an employer with identifiers and aliases, as the steward", async () => {
  const result = await server.gql<{ registerEmployer: { result: Record<string, unknown> } }>(
    REGISTER,
    {
      name: "Hutchinson Builders Pty Ltd",
      identifiers: [{ scheme: "abn", value: "51 824 753 556" }],
      aliases: [
        { name: "Hutchies", kind: "trading" },
        { name: "HUTCHINSON BLDRS", kind: "feed_spelling" },
      ],
    },
    steward,
  );
  expect(result.body.errors).toBeUndefined();
  expect(result.body.data!.registerEmployer.result).toMatchObject({
    name: "Hutchinson Builders Pty Ltd",
    status: "active",
    employerIdentifiers: { nodes: [{ scheme: "abn", value: "51824753556" }] },
    aliases: {
      nodes: expect.arrayContaining([
        { name: "Hutchies", kind: "trading", visibility: "public", addedBy: users.steward.id },
        { name: "HUTCHINSON BLDRS", kind: "feed_spelling", visibility: "internal", addedBy: users.steward.id },
      ]),
    },
  });
});

it("answers a bad ABN with INVALID_IDENTIFIER and a message a steward can act on", async () => {
  const result = await server.gql(
    REGISTER,
    { name: "Bad Abn", identifiers: [{ scheme: "abn", value: "12 345 678 901" }] },
    steward,
  );
  expect(result.body.errors?.[0]).toMatchObject({
    message: '"12345678901" is not a valid ABN (11 digits with a correct checksum)',
    extensions: { code: "INVALID_IDENTIFIER" },
  });
});

it("merges and unmerges through GraphQL", async () => {
  const a = await server.gql<{ registerEmployer: { result: { rowId: string } } }>(
    REGISTER,
    { name: "Multiplex Constructions Pty Ltd" },
    steward,
  );
  const b = await server.gql<{ registerEmployer: { result: { rowId: string } } }>(
    REGISTER,
    { name: "Brookfield Multiplex" },
    steward,
  );
  const merged = await server.gql<{ mergeEmployers: { result: { rowId: string; survivorId: string } } }>(
    'mutation($s: BigInt!, $m: BigInt!) { mergeEmployers(input: { survivorId: $s, mergedId: $m, reason: "renamed" }) { result { rowId survivorId } } }',
    { s: a.body.data!.registerEmployer.result.rowId, m: b.body.data!.registerEmployer.result.rowId },
    steward,
  );
  expect(merged.body.errors).toBeUndefined();
  const undone = await server.gql<{ unmergeEmployers: { result: { unmergedAt: string | null } } }>(
    "mutation($id: BigInt!) { unmergeEmployers(input: { mergeId: $id }) { result { unmergedAt } } }",
    { id: merged.body.data!.mergeEmployers.result.rowId },
    steward,
  );
  expect(undone.body.data!.unmergeEmployers.result.unmergedAt).not.toBeNull();
});

it("refuses analysts", async () => {
  const result = await server.gql(REGISTER, { name: "Nope Pty Ltd" }, analyst);
  expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
});
