// Verified identities are reused for TOKEN_CACHE_SECONDS, so a busy client costs
// one token look-up per few seconds; revocation must still bite within that time.
import jwt from "jsonwebtoken";
import { cacheIdentities } from "../../server/src/auth/identity-cache.ts";
import { makeTokenVerifier } from "../../server/src/auth/verify-token.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { TEST_JWT_SECRET } from "../helpers/test-env.ts";

const cacheMs = 1_500;
let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db, { tokenCacheMs: cacheMs });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const search = '{ searchEmployers(query: "acme", first: 1) { totalCount } }';

async function issueApiToken(admin: string) {
  const result = await server.gql<{ issueApiToken: { result: { tokenId: string; secret: string } } }>(
    'mutation { issueApiToken(input: { name: "cache test", role: api_client }) { result { tokenId secret } } }',
    {},
    admin,
  );
  return result.body.data!.issueApiToken.result;
}

it("looks an API token up once for many requests within the cache time", async () => {
  const admin = await server.login(users.admin.username, users.admin.password);
  const { secret } = await issueApiToken(admin);
  const real = makeTokenVerifier(db.ownerPool, TEST_JWT_SECRET);
  let lookups = 0;
  const cached = cacheIdentities(
    {
      identify(authorization) {
        lookups += 1;
        return real.identify(authorization);
      },
    },
    { ttlMs: 60_000 },
  );
  for (let i = 0; i < 20; i++) {
    expect(await cached.identify(`Bearer ${secret}`)).toMatchObject({ role: "api_client" });
  }
  expect(lookups).toBe(1);
  // Anonymous requests carry nothing to remember.
  await cached.identify(undefined);
  expect(lookups).toBe(2);
});

it("refuses a revoked API token within the cache time, and not before it is revoked", async () => {
  const admin = await server.login(users.admin.username, users.admin.password);
  const { tokenId, secret } = await issueApiToken(admin);
  expect((await server.gql(search, {}, secret)).status).toBe(200);
  const revoked = await server.gql(
    "mutation($id: BigInt!) { revokeApiToken(input: { tokenId: $id }) { clientMutationId } }",
    { id: tokenId },
    admin,
  );
  expect(revoked.body.errors).toBeUndefined();
  const revokedAt = Date.now();
  let refusedAfter: number | null = null;
  while (Date.now() - revokedAt < cacheMs + 2_000) {
    const response = await server.gql(search, {}, secret);
    if (response.status === 401) {
      refusedAfter = Date.now() - revokedAt;
      expect(response.body.errors?.[0]?.extensions?.code).toBe("INVALID_TOKEN");
      break;
    }
    await sleep(100);
  }
  expect(refusedAfter).not.toBeNull();
  expect(refusedAfter!).toBeLessThanOrEqual(cacheMs + 500);
});

it("never serves a login token past its own expiry, whatever the cache time", async () => {
  // The same claims a real login carries (the user's password epoch), with a two-second life.
  const claims = jwt.decode(await server.login(users.analyst.username, users.analyst.password)) as { pwd: unknown };
  const token = jwt.sign({ sub: users.analyst.id, pwd: claims.pwd }, TEST_JWT_SECRET, {
    audience: "postgraphile",
    issuer: "employer-alias-registry",
    expiresIn: 2,
  });
  expect((await server.gql("{ currentUser { username } }", {}, token)).status).toBe(200);
  await sleep(2_100);
  const late = await server.gql("{ currentUser { username } }", {}, token);
  expect(late.status).toBe(401);
  expect(late.body.errors?.[0]?.extensions?.code).toBe("TOKEN_EXPIRED");
});

it("does not remember refusals: a bad token is refused every time and costs the good one nothing", async () => {
  for (let i = 0; i < 3; i++) {
    expect((await server.gql(search, {}, "ear_" + "0".repeat(48))).status).toBe(401);
  }
  const admin = await server.login(users.admin.username, users.admin.password);
  const { secret } = await issueApiToken(admin);
  expect((await server.gql(search, {}, secret)).status).toBe(200);
});
