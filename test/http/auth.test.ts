import jwt from "jsonwebtoken";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { TEST_JWT_SECRET } from "../helpers/test-env.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const whoAmI = "{ currentUser { username role } }";

async function issueApiToken(adminToken: string, role = "api_client", expiresAt?: string) {
  const result = await server.gql<{ issueApiToken: { result: { tokenId: string; secret: string } } }>(
    `mutation Issue($role: ApiTokenRole, $expiresAt: Datetime) {
       issueApiToken(input: { name: "partner feed", role: $role, expiresAt: $expiresAt }) { result { tokenId secret } }
     }`,
    { role, ...(expiresAt ? { expiresAt } : {}) },
    adminToken,
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.issueApiToken.result;
}

describe("login", () => {
  it("returns a signed token that identifies the user on later requests", async () => {
    const token = await server.login(users.steward.username, users.steward.password);
    const claims = jwt.decode(token) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: users.steward.id, role: "steward", aud: "postgraphile" });
    expect((claims.exp as number) - (claims.iat as number)).toBe(60 * 60);
    const me = await server.gql(whoAmI, {}, token);
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual({ currentUser: { username: "test_steward", role: "steward" } });
  });

  it("refuses a wrong password with INVALID_CREDENTIALS and no token", async () => {
    const result = await server.gql(
      'mutation { login(input: { username: "test_steward", password: "not-the-password" }) { result } }',
    );
    expect(result.body.data).toEqual({ login: null });
    expect(result.body.errors?.[0]).toMatchObject({
      message: "Wrong username or password",
      extensions: { code: "INVALID_CREDENTIALS" },
    });
  });

  it("refuses an unknown user with the same answer as a wrong password", async () => {
    const result = await server.gql(
      'mutation { login(input: { username: "nobody", password: "whatever-123" }) { result } }',
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
  });

  it("treats a request without a token as anonymous, who can only log in", async () => {
    const me = await server.gql(whoAmI);
    expect(me.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });
});

describe("refused tokens answer HTTP 401 with a JSON body", () => {
  const expect401 = async (authorization: string, code: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe(code);
  };

  it("for a malformed token", () => expect401("Bearer not.a.jwt", "INVALID_TOKEN"));
  it("for a header that is not Bearer", () => expect401("Basic dXNlcjpwYXNz", "INVALID_TOKEN"));
  it("for a token signed with another secret", () =>
    expect401(
      `Bearer ${jwt.sign({ sub: users.admin.id, pwd: 1 }, "another-secret-another-secret-another", { audience: "postgraphile", issuer: "employer-alias-registry" })}`,
      "INVALID_TOKEN",
    ));
  it("for a token claiming a role but not a user", () =>
    expect401(
      `Bearer ${jwt.sign({ role: "admin" }, TEST_JWT_SECRET, { audience: "postgraphile", issuer: "employer-alias-registry" })}`,
      "INVALID_TOKEN",
    ));
  it("for an expired login token", async () => {
    const token = await server.login(users.analyst.username, users.analyst.password);
    const claims = jwt.decode(token) as Record<string, unknown>;
    const expired = jwt.sign({ ...claims, iat: 1_000, exp: 2_000 }, TEST_JWT_SECRET);
    await expect401(`Bearer ${expired}`, "TOKEN_EXPIRED");
  });
  it("for an unknown API token", () => expect401(`Bearer ear_${"0".repeat(48)}`, "INVALID_TOKEN"));
});

describe("account changes end sessions at once", () => {
  it("refuses a disabled user's token, and lets them back when re-enabled", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const analyst = await server.login(users.analyst.username, users.analyst.password);
    const disable = await server.gql(
      `mutation($id: BigInt!, $off: Boolean!) { updateUser(input: { rowId: $id, patch: { isDisabled: $off } }) { user { isDisabled } } }`,
      { id: users.analyst.id, off: true },
      admin,
    );
    expect(disable.body.data).toEqual({ updateUser: { user: { isDisabled: true } } });
    expect((await server.gql(whoAmI, {}, analyst)).status).toBe(401);
    const relogin = await server.gql(
      'mutation { login(input: { username: "test_analyst", password: "test_analyst-password-123" }) { result } }',
    );
    expect(relogin.body.errors?.[0]?.extensions?.code).toBe("INVALID_CREDENTIALS");
    await server.gql(
      `mutation($id: BigInt!) { updateUser(input: { rowId: $id, patch: { isDisabled: false } }) { user { isDisabled } } }`,
      { id: users.analyst.id },
      admin,
    );
    expect((await server.gql(whoAmI, {}, analyst)).status).toBe(200);
  });

  it("applies a role change on the next request", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const steward = await server.login(users.steward.username, users.steward.password);
    await server.gql(
      `mutation($id: BigInt!) { updateUser(input: { rowId: $id, patch: { role: analyst } }) { user { role } } }`,
      { id: users.steward.id },
      admin,
    );
    expect((await server.gql(whoAmI, {}, steward)).body.data).toEqual({
      currentUser: { username: "test_steward", role: "analyst" },
    });
    await server.gql(
      `mutation($id: BigInt!) { updateUser(input: { rowId: $id, patch: { role: steward } }) { user { role } } }`,
      { id: users.steward.id },
      admin,
    );
  });

  it("ends old sessions when the password changes", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const before = await server.login(users.steward.username, users.steward.password);
    // Password epochs have one-second resolution.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const changed = await server.gql(
      `mutation($id: BigInt!) { setUserPassword(input: { userId: $id, password: "a-brand-new-password" }) { result } }`,
      { id: users.steward.id },
      admin,
    );
    expect(changed.body.data).toEqual({ setUserPassword: { result: true } });
    expect((await server.gql(whoAmI, {}, before)).status).toBe(401);
    const after = await server.login(users.steward.username, "a-brand-new-password");
    expect((await server.gql(whoAmI, {}, after)).status).toBe(200);
    await db.ownerPool.query("select app_public.set_user_password($1, $2)", [users.steward.id, users.steward.password]);
  });
});

describe("API tokens", () => {
  it("are shown once, stored hashed, work as api_client and record last use", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const { tokenId, secret } = await issueApiToken(admin);
    expect(secret).toMatch(/^ear_[0-9a-f]{48}$/);
    const stored = await db.rootPool.query(
      "select encode(token_hash, 'hex') as hash from app_private.api_token_secrets where token_id = $1",
      [tokenId],
    );
    expect(stored.rows[0].hash).toHaveLength(64);
    expect(stored.rows[0].hash).not.toContain(secret.slice(4));

    const result = await server.gql(
      "{ featureSwitches(first: 10) { totalCount } currentUser { username } }",
      {},
      secret,
    );
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ featureSwitches: { totalCount: 4 }, currentUser: null });
    const used = await db.ownerPool.query("select last_used_at from app_public.api_tokens where id = $1", [tokenId]);
    expect(used.rows[0].last_used_at).not.toBeNull();

    const listed = await server.gql<{ apiTokens: { nodes: Array<Record<string, unknown>> } }>(
      "{ apiTokens(first: 10) { nodes { rowId name role tokenPrefix } } }",
      {},
      admin,
    );
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.data!.apiTokens.nodes).toContainEqual({
      rowId: tokenId,
      name: "partner feed",
      role: "api_client",
      tokenPrefix: secret.slice(0, 12),
    });
  });

  it("cannot read what an api_client may not (users)", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const { secret } = await issueApiToken(admin);
    const result = await server.gql("{ users(first: 5) { nodes { username } } }", {}, secret);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });

  it("stop working when revoked (401)", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const { tokenId, secret } = await issueApiToken(admin);
    expect((await server.gql("{ __typename }", {}, secret)).status).toBe(200);
    const revoked = await server.gql(
      "mutation($id: BigInt!) { revokeApiToken(input: { tokenId: $id }) { result { revokedAt } } }",
      { id: tokenId },
      admin,
    );
    expect(revoked.body.errors).toBeUndefined();
    const after = await server.gql("{ __typename }", {}, secret);
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.message).toMatch(/expired or revoked/);
  });

  it("stop working when expired (401)", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const { tokenId, secret } = await issueApiToken(admin);
    await db.rootPool.query("update app_public.api_tokens set expires_at = now() - interval '1 second' where id = $1", [
      tokenId,
    ]);
    expect((await server.gql("{ __typename }", {}, secret)).status).toBe(401);
  });

  it("refuses an expiry in the past with INVALID_EXPIRY", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const result = await server.gql(
      'mutation { issueApiToken(input: { name: "x", expiresAt: "2000-01-01T00:00:00Z" }) { result { secret } } }',
      {},
      admin,
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe("INVALID_EXPIRY");
  });

  it("can be issued by admins only", async () => {
    const steward = await server.login(users.steward.username, users.steward.password);
    const result = await server.gql(
      'mutation { issueApiToken(input: { name: "x" }) { result { secret } } }',
      {},
      steward,
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });
});
