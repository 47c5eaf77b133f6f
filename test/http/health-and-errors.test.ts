// /healthz, /readyz, request ids, security headers, and how errors reach clients.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
const logLines: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  // A function that fails in an unexpected way, and one gated by a feature switch.
  await db.ownerPool.query(`
    create function app_public.explode() returns int language sql stable as $$ select 1 / 0 $$;
    grant execute on function app_public.explode() to eartest_api_client;
    create function app_public.gated_lookup() returns text language plpgsql stable as $$
    begin
      perform app_hidden.assert_feature_enabled('alias_search');
      return 'found';
    end $$;
    grant execute on function app_public.gated_lookup() to eartest_api_client;`);
  server = await startTestServer(db, { logLines });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe("health endpoints", () => {
  it("/healthz answers ok", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("/readyz is ready when every committed migration is applied, and 503 when one is missing", async () => {
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { ready: boolean; migrations: { current: boolean; applied: number } };
    expect(body.ready).toBe(true);
    expect(body.migrations.current).toBe(true);

    const { rows } = await db.rootPool.query("select * from graphile_migrate.migrations order by date desc limit 1");
    await db.rootPool.query("delete from graphile_migrate.migrations where hash = $1", [rows[0].hash]);
    try {
      const behind = await fetch(`${server.url}/readyz`);
      expect(behind.status).toBe(503);
      expect(await behind.json()).toMatchObject({
        ready: false,
        database: "ok",
        error: expect.stringMatching(/not applied/),
      });
    } finally {
      await db.rootPool.query(
        "insert into graphile_migrate.migrations (hash, previous_hash, filename, date) values ($1, $2, $3, $4)",
        [rows[0].hash, rows[0].previous_hash, rows[0].filename, rows[0].date],
      );
    }
  });
});

describe("HTTP hygiene", () => {
  it("echoes a caller's request id, or makes one, and logs JSON lines with it", async () => {
    const given = await fetch(`${server.url}/healthz`, { headers: { "x-request-id": "abc-123" } });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    await fetch(`${server.url}/readyz`, { headers: { "x-request-id": "trace-me-42" } });
    const made = await fetch(`${server.url}/readyz`, { headers: { "x-request-id": "bad id with spaces" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const line = logLines
      .map((l) => JSON.parse(l) as { req?: { id?: string } })
      .find((l) => l.req?.id === "trace-me-42");
    expect(line).toBeDefined();
  });

  it("sends security headers and never leaks the Authorization header into logs", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(response.headers.get("x-powered-by")).toBeNull();
    const token = await server.login(users.analyst.username, users.analyst.password);
    await server.gql("{ __typename }", {}, token);
    expect(logLines.join("\n")).not.toContain(token);
  });

  it("answers unknown paths with a JSON 404", async () => {
    const response = await fetch(`${server.url}/nope`, { headers: { accept: "application/json" } });
    expect(response.status).toBe(404);
  });
});

describe("errors", () => {
  it("masks unexpected database errors, with a reference that is in the log", async () => {
    const token = await server.login(users.analyst.username, users.analyst.password);
    const result = await server.gql("{ explode }", {}, token);
    const error = result.body.errors?.[0];
    expect(error?.message).toMatch(/^An unexpected error occurred \(reference [0-9A-F]{12}\)$/);
    expect(error?.message).not.toMatch(/division/);
    expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    const reference = error?.extensions?.reference as string;
    const logged = logLines.find((l) => l.includes(reference));
    expect(logged).toMatch(/division by zero/);
  });

  it("shows domain errors with their message and stable code", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const result = await server.gql(
      'mutation { addUser(input: { username: "shorty", displayName: "S", role: analyst, password: "short" }) { result { rowId } } }',
      {},
      admin,
    );
    expect(result.body.errors?.[0]).toMatchObject({
      message: "Passwords must have at least 10 characters",
      extensions: { code: "WEAK_PASSWORD" },
    });
  });

  it("turns check-constraint failures into INVALID_INPUT without internals", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const result = await server.gql(
      'mutation { addUser(input: { username: "1 bad name", displayName: "S", role: analyst, password: "long-enough-pass" }) { result { rowId } } }',
      {},
      admin,
    );
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: "INVALID_INPUT", constraint: "username_format" });
  });

  it("explains filters with null or empty parts as INVALID_FILTER instead of masking them", async () => {
    const token = await server.login(users.analyst.username, users.analyst.password);
    for (const filter of ["null", "{ username: null }", "{}", "{ username: {} }"]) {
      const result = await server.gql(`{ users(filter: ${filter}) { totalCount } }`, {}, token);
      expect(result.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^(Null literals|Empty objects) are forbidden in filter argument input\.$/),
        extensions: { code: "INVALID_FILTER" },
      });
    }
    // Leaving the filter out, or a real condition, still works.
    const plain = await server.gql(
      `{ users(filter: { username: { startsWith: "test_" } }) { totalCount } }`,
      {},
      token,
    );
    expect(plain.body.errors).toBeUndefined();
  });
});

describe("feature switches through GraphQL", () => {
  it("take effect on the next request, with FEATURE_DISABLED, and back again, without a restart", async () => {
    const admin = await server.login(users.admin.username, users.admin.password);
    const analyst = await server.login(users.analyst.username, users.analyst.password);
    expect((await server.gql("{ gatedLookup }", {}, analyst)).body.data).toEqual({ gatedLookup: "found" });

    const off = await server.gql(
      'mutation { setFeatureSwitch(input: { key: "alias_search", isEnabled: false, reason: "index rebuild" }) { result { isEnabled } } }',
      {},
      admin,
    );
    expect(off.body.data).toEqual({ setFeatureSwitch: { result: { isEnabled: false } } });
    const refused = await server.gql("{ gatedLookup }", {}, analyst);
    expect(refused.body.errors?.[0]).toMatchObject({
      message: "The alias search feature is switched off by an administrator",
      extensions: { code: "FEATURE_DISABLED", feature: "alias_search" },
    });

    await server.gql(
      'mutation { setFeatureSwitch(input: { key: "alias_search", isEnabled: true, reason: "done" }) { result { isEnabled } } }',
      {},
      admin,
    );
    expect((await server.gql("{ gatedLookup }", {}, analyst)).body.data).toEqual({ gatedLookup: "found" });
  });

  it("can be switched by admins only", async () => {
    const steward = await server.login(users.steward.username, users.steward.password);
    const result = await server.gql(
      'mutation { setFeatureSwitch(input: { key: "imports", isEnabled: false, reason: "x" }) { result { isEnabled } } }',
      {},
      steward,
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe("PERMISSION_DENIED");
  });
});
