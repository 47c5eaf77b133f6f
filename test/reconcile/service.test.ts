// /reconcile through the real server: the manifest, queries (GET, form POST,
// JSON body), identifier and evidence properties, previews, suggestions, data
// extension, every bad input, the role rules from both sides, the key in the
// path for OpenRefine (and out of the logs), CORS.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import {
  errorSchema,
  extendResponseSchema,
  manifestSchema,
  proposeResponseSchema,
  queryBatchResponseSchema,
  schemaErrors,
  suggestResponseSchema,
} from "./schemas.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let analyst: string;
let apiToken: string;
let apiTokenId: string;
const logLines: string[] = [];
const ids: Record<string, string> = {};

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function call(path: string, token: string | null, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    redirect: "manual",
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) },
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, text, body };
}

const queriesGet = (queries: unknown, token: string | null = apiToken) =>
  call(
    `/reconcile?queries=${encodeURIComponent(typeof queries === "string" ? queries : JSON.stringify(queries))}`,
    token,
  );
const queriesForm = (queries: unknown, token: string | null = apiToken, path = "/reconcile") =>
  call(path, token, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ queries: typeof queries === "string" ? queries : JSON.stringify(queries) }).toString(),
  });
const queriesJson = (queries: unknown, token: string | null = apiToken) =>
  call("/reconcile", token, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ queries }),
  });
const extend = (request: unknown, token: string | null = apiToken) =>
  call("/reconcile", token, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ extend: JSON.stringify(request) }).toString(),
  });

function expectValid(schema: { $id: string }, answer: Answer): void {
  expect(schemaErrors(schema, answer.body)).toEqual([]);
}
function expectRefused(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  expectValid(errorSchema, answer);
}

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  const register = async (key: string, sql: string) => {
    ids[key] = (await db.ownerPool.query(`select (${sql}).id::text as id`)).rows[0].id;
  };
  await register(
    "acme",
    `app_public.register_employer('Acme Constructions Pty Ltd',
      array[row('abn', '51 824 753 556'), row('bci_company', 'BCI-778')]::app_public.new_identifier[],
      array[row('Acme Builders', 'trading', 'public'), row('Wombat Tunnelling Consortium', 'other', 'internal')]::app_public.new_alias[])`,
  );
  await register("acmeCivil", `app_public.register_employer('Acme Civil Pty Ltd')`);
  await register("orbit", `app_public.register_employer('Orbit Electrical <script>alert(1)</script> & Sons')`);
  await register("zenith", `app_public.register_employer('Zenith Plumbing Pty Ltd')`);
  await register("zenithOld", `app_public.register_employer('Zenith Plumbing & Gas Services')`);
  await register("ghost", `app_public.register_employer('Ghost Scaffolding Pty Ltd')`);
  for (let i = 0; i < 20; i++) {
    await db.ownerPool.query("select app_public.register_employer($1)", [`Filler ${i} Construction Services Pty Ltd`]);
  }
  await db.ownerPool.query("select app_public.set_employer_archived($1, true)", [ids.ghost]);
  await db.ownerPool.query("select app_public.merge_employers($1, $2, 'same firm')", [ids.zenith, ids.zenithOld]);
  // A feed row that landed on Acme, in Victoria: evidence for staff.
  const batch = await db.ownerPool.query<{ id: string }>(
    "insert into app_public.import_batches (source_system, state) values ('bci', 'done') returning id::text",
  );
  await db.ownerPool.query(
    "insert into app_public.import_rows (batch_id, line, company_name, state, postcode, employer_id) values ($1, 2, 'Acme Constructions', 'VIC', '3000', $2)",
    [batch.rows[0]!.id, ids.acme],
  );
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  server = await startTestServer(db, { logLines, reconcile: { maxBatch: 20 } });
  analyst = await server.login(users.analyst.username, users.analyst.password);
  const issued = await db.ownerPool.query<{ secret: string; token_id: string }>(
    "select (t).secret, (t).token_id::text from (select app_public.issue_api_token('partner') as t) x",
  );
  apiToken = issued.rows[0]!.secret;
  apiTokenId = issued.rows[0]!.token_id;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe("the manifest", () => {
  it("describes the service with absolute URLs, one type and the preview, suggest and extend sections", async () => {
    const answer = await call("/reconcile", apiToken);
    expect(answer.status).toBe(200);
    expectValid(manifestSchema, answer);
    expect(answer.body).toMatchObject({
      versions: ["0.2"],
      name: "Employer Alias Registry",
      identifierSpace: `${server.url}/employers/`,
      defaultTypes: [{ id: "Employer", name: "Employer" }],
      view: { url: `${server.url}/employers/{{id}}` },
      preview: { url: `${server.url}/reconcile/preview?id={{id}}` },
      suggest: { entity: { service_url: `${server.url}/reconcile`, service_path: "/suggest/entity" } },
      extend: { propose_properties: { service_url: `${server.url}/reconcile`, service_path: "/properties" } },
    });
  });
  it("answers a CORS preflight without a token, and every answer allows any origin", async () => {
    const preflight = await call("/reconcile", null, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:3333", "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
    const manifest = await call("/reconcile", apiToken, { headers: { origin: "http://127.0.0.1:3333" } });
    expect(manifest.headers.get("access-control-allow-origin")).toBe("*");
  });
  it("refuses JSONP", async () => {
    expectRefused(await call("/reconcile?callback=cb", apiToken), 400, "JSONP_NOT_SUPPORTED");
  });
});

describe("queries", () => {
  const batch = {
    q0: { query: "Acme Constructions P/L" },
    q1: { query: "acme builders", type: "Employer", limit: 2 },
    q2: { query: "Nothing Like It Whatsoever Pty Ltd", type_strict: "should" },
  };
  it("answer the same through GET, a form POST and a JSON body", async () => {
    const answers = [await queriesGet(batch), await queriesForm(batch), await queriesJson(batch)];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expectValid(queryBatchResponseSchema, answer);
      expect(answer.headers.get("x-reconcile-searches")).toBe("3");
    }
    expect(answers[1]!.body).toEqual(answers[0]!.body);
    expect(answers[2]!.body).toEqual(answers[0]!.body);
    const body = answers[0]!.body;
    expect(Object.keys(body)).toEqual(["q0", "q1", "q2"]);
    expect(body.q0.result[0]).toMatchObject({
      id: ids.acme,
      name: "Acme Constructions Pty Ltd",
      score: 100,
      match: true,
      type: [{ id: "Employer", name: "Employer" }],
    });
    expect(body.q0.result[0].description).toMatch(/^auto \(exact\): /);
    expect(body.q0.result[0].features).toEqual(
      expect.arrayContaining([
        { id: "name_score", value: 100 },
        { id: "auto", value: true },
      ]),
    );
    expect(body.q1.result.length).toBeLessThanOrEqual(2);
    expect(body.q1.result[0].id).toBe(ids.acme);
    expect(body.q2.result.every((c: { match: boolean }) => !c.match)).toBe(true);
  });
  it("give the same employers, scores and bands as app_public.search_employers", async () => {
    const answer = await queriesGet({ a: { query: "Acme Civil", limit: 5 } });
    const { rows } = await db.ownerPool.query(
      "select employer_id::text, score, band::text from app_public.search_employers('Acme Civil') order by rank limit 5",
    );
    expect(
      answer.body.a.result.map((c: { id: string; score: number; match: boolean }) => [c.id, c.score, c.match]),
    ).toEqual(rows.map((r) => [r.employer_id, Math.round(r.score * 10000) / 100, r.band === "auto"]));
  });
  it("are settled by an identifier property, whatever the name says", async () => {
    const answer = await queriesForm({
      q0: { query: "Some Other Name", properties: [{ pid: "abn", v: "51 824 753 556" }] },
      q1: { query: "Acme Civil Pty Ltd", properties: [{ pid: "abn", v: "51824753556" }] },
      q2: { query: "Zenith Plumbing", properties: [{ pid: "abn", v: "n/a" }] },
    });
    expectValid(queryBatchResponseSchema, answer);
    expect(answer.body.q0.result).toHaveLength(1);
    expect(answer.body.q0.result[0]).toMatchObject({ id: ids.acme, score: 100, match: true });
    expect(answer.body.q0.result[0].features).toContainEqual({ id: "identifier", value: true });
    // The name is another employer's exactly: a contradiction is for a person.
    expect(answer.body.q1.result[0]).toMatchObject({ id: ids.acme, match: false });
    expect(answer.body.q1.result[0].features).toContainEqual({ id: "name_contradicts", value: true });
    expect(answer.body.q1.result[0].description).toMatch(/Acme Civil/);
    // A value that cannot be an ABN is not looked up: the name decides.
    expect(answer.body.q2.result[0]).toMatchObject({ id: ids.zenith });
  });
  it("report evidence properties as features, without changing the score", async () => {
    const plain = await queriesGet({ q: { query: "Acme Constructions" } }, analyst);
    const withEvidence = await queriesGet(
      {
        q: {
          query: "Acme Constructions",
          properties: [
            { pid: "trading_name", v: "ACME BUILDERS" },
            { pid: "state", v: "vic" },
            { pid: "postcode", v: ["2000", "3000"] },
          ],
        },
      },
      analyst,
    );
    expectValid(queryBatchResponseSchema, withEvidence);
    const top = withEvidence.body.q.result[0];
    expect(top.score).toBe(plain.body.q.result[0].score);
    expect(top.features).toEqual(
      expect.arrayContaining([
        { id: "trading_name", value: true },
        { id: "state", value: true },
        { id: "postcode", value: true },
      ]),
    );
    expect(top.description).toMatch(/trading name is one of its names/);
  });

  it.each([
    ["queries that are not JSON", "{q0: nope", 400, "INVALID_QUERIES"],
    ["queries that are a list", [{ query: "Acme" }], 400, "INVALID_QUERIES"],
    ["a query that is a string", { q0: "Acme" }, 400, "INVALID_QUERIES"],
    ["an empty query", { q0: { query: "   " } }, 400, "INVALID_QUERY"],
    ["a query without text", { q0: { type: "Employer" } }, 400, "INVALID_QUERY"],
    ["a 501-character query", { q0: { query: "a".repeat(501) } }, 400, "INVALID_QUERY"],
    ["an unknown type", { q0: { query: "Acme", type: "Q43229" } }, 400, "UNKNOWN_TYPE"],
    ["an unknown property", { q0: { query: "Acme", properties: [{ pid: "P31", v: "x" }] } }, 400, "UNKNOWN_PROPERTY"],
    [
      "a property value that is an object",
      { q0: { query: "Acme", properties: [{ pid: "state", v: { a: 1 } }] } },
      400,
      "INVALID_PROPERTY_VALUE",
    ],
    ["a limit of 0", { q0: { query: "Acme", limit: 0 } }, 400, "INVALID_LIMIT"],
    ["a limit of 21", { q0: { query: "Acme", limit: 21 } }, 400, "INVALID_LIMIT"],
    ["a limit that is text", { q0: { query: "Acme", limit: "3" } }, 400, "INVALID_LIMIT"],
    ["an unknown type_strict", { q0: { query: "Acme", type_strict: "maybe" } }, 400, "INVALID_TYPE_STRICT"],
    [
      "a batch over the maximum",
      Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i}`, { query: `Acme ${i}` }])),
      400,
      "BATCH_TOO_LARGE",
    ],
  ])("refuse %s whole, with a 400 and a stable code", async (_what, queries, status, code) => {
    const answer = await queriesForm(queries);
    expectRefused(answer, status, code);
    expect(answer.body.errors[0].message).toMatch(/\w{3,}/);
  });
  it("name the batch maximum when refusing a batch", async () => {
    const queries = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q${i}`, { query: `Acme ${i}` }]));
    const answer = await queriesForm(queries);
    expect(answer.body.errors[0].message).toMatch(/at most 20 per request/);
  });
  it("refuse a JSON body that is not JSON", async () => {
    const answer = await call("/reconcile", apiToken, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expectRefused(answer, 400, "INVALID_QUERIES");
  });
  it("are answered 503 FEATURE_DISABLED while search is switched off", async () => {
    await db.ownerPool.query("select app_public.set_feature_switch('alias_search', false, 'test')");
    try {
      expectRefused(await queriesGet({ q0: { query: "Acme" } }), 503, "FEATURE_DISABLED");
    } finally {
      await db.ownerPool.query("select app_public.set_feature_switch('alias_search', true, 'test')");
    }
  });
});

describe("who may reconcile, and what they see", () => {
  it("refuses anonymous callers with 401 UNAUTHENTICATED, and bad tokens with 401 INVALID_TOKEN", async () => {
    for (const answer of [await call("/reconcile", null), await queriesGet({ q: { query: "Acme" } }, null)]) {
      expectRefused(answer, 401, "UNAUTHENTICATED");
      expect(answer.headers.get("www-authenticate")).toBe("Bearer");
    }
    expectRefused(await call("/reconcile", `ear_${"0".repeat(48)}`), 401, "INVALID_TOKEN");
  });
  it("gives API tokens public names of active employers only; staff see internal names", async () => {
    const secret = { q: { query: "Wombat Tunnelling Consortium" } };
    const forToken = await queriesGet(secret, apiToken);
    const forAnalyst = await queriesGet(secret, analyst);
    expect(forToken.body.q.result.map((c: { id: string }) => c.id)).not.toContain(ids.acme);
    expect(forAnalyst.body.q.result[0]).toMatchObject({ id: ids.acme, match: true });
  });
  it("lets only staff settle a query by a BCI company id (API tokens do not see those ids)", async () => {
    const query = { q: { query: "Unrelated Words", properties: [{ pid: "bci_company", v: "BCI-778" }] } };
    expect((await queriesGet(query, analyst)).body.q.result[0]).toMatchObject({ id: ids.acme, score: 100 });
    expect((await queriesGet(query, apiToken)).body.q.result.map((c: { id: string }) => c.id)).not.toContain(ids.acme);
  });
  it("gives API tokens no feed-row evidence (the database refuses them import rows), staff get it", async () => {
    const query = { q: { query: "Acme Constructions", properties: [{ pid: "state", v: "VIC" }] } };
    const token = await queriesGet(query, apiToken);
    expect(token.status).toBe(200);
    expect(token.body.q.result[0].features.map((f: { id: string }) => f.id)).not.toContain("state");
    expect((await queriesGet(query, analyst)).body.q.result[0].features).toContainEqual({ id: "state", value: true });
  });
});

describe("previews", () => {
  it("are small HTML cards with every value escaped and nothing to run, embeddable anywhere", async () => {
    const answer = await call(`/reconcile/preview?id=${ids.orbit}`, apiToken);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
    expect(answer.text).toContain("Orbit Electrical &lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons");
    expect(answer.text).not.toMatch(/<script/i);
    expect(answer.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    expect(answer.headers.get("content-security-policy")).toMatch(/frame-ancestors \*/);
    expect(answer.headers.get("x-frame-options")).toBeNull();
  });
  it("show an employer's public identifiers and names to an API token, not its internal ones", async () => {
    const answer = await call(`/reconcile/preview?id=${ids.acme}`, apiToken);
    expect(answer.text).toContain("51824753556");
    expect(answer.text).toContain("Acme Builders");
    expect(answer.text).not.toContain("Wombat Tunnelling Consortium");
    expect(answer.text).not.toContain("BCI-778");
    const staff = await call(`/reconcile/preview?id=${ids.acme}`, analyst);
    expect(staff.text).toContain("Wombat Tunnelling Consortium");
  });
  it("of a merged employer redirect to the survivor, for API tokens and staff", async () => {
    for (const token of [apiToken, analyst]) {
      const answer = await call(`/reconcile/preview?id=${ids.zenithOld}`, token);
      expect(answer.status).toBe(302);
      expect(answer.headers.get("location")).toBe(`/reconcile/preview?id=${ids.zenith}`);
    }
  });
  it("of an archived, unknown or malformed id are the same 404, for API tokens and staff", async () => {
    const bodies = new Set<string>();
    for (const token of [apiToken, analyst]) {
      for (const id of [ids.ghost, "999999", "abc"]) {
        const answer = await call(`/reconcile/preview?id=${id}`, token);
        expectRefused(answer, 404, "NOT_FOUND");
        bodies.add(answer.text);
      }
    }
    expect(bodies.size).toBe(1);
  });
});

describe("suggestions", () => {
  it("complete employer names and aliases from a prefix, public names only for API tokens", async () => {
    const answer = await call("/reconcile/suggest/entity?prefix=acme", apiToken);
    expect(answer.status).toBe(200);
    expectValid(suggestResponseSchema, answer);
    expect(answer.body.result.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([ids.acme, ids.acmeCivil]),
    );
    const byAlias = await call("/reconcile/suggest/entity?prefix=Acme%20Buil", apiToken);
    expect(byAlias.body.result[0]).toMatchObject({ id: ids.acme, description: expect.stringMatching(/Acme Builders/) });
    expect((await call("/reconcile/suggest/entity?prefix=wombat%20tun", apiToken)).body.result).toEqual([]);
    expect((await call("/reconcile/suggest/entity?prefix=wombat%20tun", analyst)).body.result[0].id).toBe(ids.acme);
    expect((await call("/reconcile/suggest/entity?prefix=ghost", analyst)).body.result).toEqual([]);
  });
  it("complete types and properties", async () => {
    const types = await call("/reconcile/suggest/type?prefix=emp", apiToken);
    expectValid(suggestResponseSchema, types);
    expect(types.body.result).toEqual([{ id: "Employer", name: "Employer" }]);
    const properties = await call("/reconcile/suggest/property?prefix=ab", apiToken);
    expectValid(suggestResponseSchema, properties);
    expect(properties.body.result.map((p: { id: string }) => p.id)).toEqual(["abn"]);
  });
  it("refuse a missing prefix and a bad limit", async () => {
    expectRefused(await call("/reconcile/suggest/entity", apiToken), 400, "INVALID_PREFIX");
    expectRefused(await call("/reconcile/suggest/entity?prefix=ac&limit=0", apiToken), 400, "INVALID_LIMIT");
  });
});

describe("data extension", () => {
  it("proposes its properties", async () => {
    const answer = await call("/reconcile/properties?type=Employer", apiToken);
    expectValid(proposeResponseSchema, answer);
    expect(answer.body.properties.map((p: { id: string }) => p.id)).toEqual([
      "name",
      "status",
      "abn",
      "acn",
      "bci_company",
      "aliases",
      "merged_into",
    ]);
    expectRefused(await call("/reconcile/properties?type=Q5", apiToken), 400, "UNKNOWN_TYPE");
  });
  it("fills the properties asked for, follows merges, and leaves unknown ids empty", async () => {
    const request = {
      ids: [ids.acme, ids.zenithOld, "999999", "nonsense"],
      properties: [{ id: "name" }, { id: "abn" }, { id: "aliases" }, { id: "merged_into" }, { id: "bci_company" }],
    };
    const answer = await extend(request, apiToken);
    expect(answer.status).toBe(200);
    expectValid(extendResponseSchema, answer);
    expect(answer.body.meta).toContainEqual({
      id: "merged_into",
      name: "Merged into",
      type: { id: "Employer", name: "Employer" },
    });
    expect(answer.body.rows[ids.acme!]).toEqual({
      name: [{ str: "Acme Constructions Pty Ltd" }],
      abn: [{ str: "51824753556" }],
      aliases: [{ str: "Acme Builders" }],
      merged_into: [],
      bci_company: [],
    });
    expect(answer.body.rows[ids.zenithOld!].merged_into).toEqual([{ id: ids.zenith, name: "Zenith Plumbing Pty Ltd" }]);
    expect(answer.body.rows["999999"]).toEqual({ name: [], abn: [], aliases: [], merged_into: [], bci_company: [] });
    expect(answer.body.rows.nonsense).toEqual({ name: [], abn: [], aliases: [], merged_into: [], bci_company: [] });
    const staff = await extend(
      { ids: [ids.acme, ids.zenithOld], properties: [{ id: "bci_company" }, { id: "status" }] },
      analyst,
    );
    expect(staff.body.rows[ids.acme!]).toEqual({ bci_company: [{ str: "BCI-778" }], status: [{ str: "active" }] });
    expect(staff.body.rows[ids.zenithOld!].status).toEqual([{ str: "merged" }]);
  });
  it("refuses unknown properties and malformed requests", async () => {
    expectRefused(await extend({ ids: [ids.acme], properties: [{ id: "P31" }] }), 400, "UNKNOWN_PROPERTY");
    expectRefused(await extend({ ids: ids.acme, properties: [] }), 400, "INVALID_EXTEND");
  });
});

describe("the reconciliation key, for clients that cannot send headers", () => {
  it("is issued to an API token, works in the path for every endpoint, and stays out of the logs", async () => {
    const issued = await call("/reconcile/keys", apiToken, { method: "POST" });
    expect(issued.status).toBe(201);
    const { key, serviceUrl } = issued.body;
    expect(key).toMatch(/^rk_[0-9a-f]{48}$/);
    expect(serviceUrl).toBe(`${server.url}/reconcile/k/${key}`);
    const manifest = await call(`/reconcile/k/${key}`, null);
    expectValid(manifestSchema, manifest);
    expect(manifest.body.preview.url).toBe(`${serviceUrl}/preview?id={{id}}`);
    const answer = await queriesForm({ q: { query: "Acme Builders" } }, null, `/reconcile/k/${key}`);
    expect(answer.body.q.result[0].id).toBe(ids.acme);
    expect((await call(`/reconcile/k/${key}/preview?id=${ids.acme}`, null)).status).toBe(200);
    expect((await call(`/reconcile/k/${key}/suggest/entity?prefix=zen`, null)).body.result[0].id).toBe(ids.zenith);
    // The key stands for the API token: its role rules apply.
    const secret = await queriesForm({ q: { query: "Wombat Tunnelling Consortium" } }, null, `/reconcile/k/${key}`);
    expect(secret.body.q.result.map((c: { id: string }) => c.id)).not.toContain(ids.acme);
    const logged = logLines.join("\n");
    expect(logged).toContain("/reconcile/k/[redacted]");
    expect(logged).not.toContain(key);
    expect(logged).not.toContain(apiToken);
  });
  it("is replaced when asked for again, ended by DELETE, and ends with its API token", async () => {
    const first = (await call("/reconcile/keys", apiToken, { method: "POST" })).body.key;
    const second = (await call("/reconcile/keys", apiToken, { method: "POST" })).body.key;
    expectRefused(await call(`/reconcile/k/${first}`, null), 401, "INVALID_TOKEN");
    expect((await call(`/reconcile/k/${second}`, null)).status).toBe(200);
    expect((await call("/reconcile/keys", apiToken, { method: "DELETE" })).status).toBe(204);
    expectRefused(await call(`/reconcile/k/${second}`, null), 401, "INVALID_TOKEN");
    const third = (await call("/reconcile/keys", apiToken, { method: "POST" })).body.key;
    await db.ownerPool.query("select app_public.revoke_api_token($1)", [apiTokenId]);
    try {
      expectRefused(await call(`/reconcile/k/${third}`, null), 401, "INVALID_TOKEN");
    } finally {
      await db.ownerPool.query("update app_public.api_tokens set revoked_at = null where id = $1", [apiTokenId]);
    }
  });
  it("is refused to logins (keys belong to API tokens), and a malformed key is a 401", async () => {
    expectRefused(await call("/reconcile/keys", analyst, { method: "POST" }), 403, "PERMISSION_DENIED");
    expectRefused(await call("/reconcile/k/not-a-key", null), 401, "INVALID_TOKEN");
  });
});
