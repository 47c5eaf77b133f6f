// POST /imports through the real HTTP server: who may upload, CSV body and
// multipart, header variants, encodings, limits, idempotent re-upload and
// hostile files (each refused with a clear error and nothing stored).
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { csv, seedRegistry } from "./import-helpers.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
const logLines: string[] = [];
let tokens: Record<"analyst" | "steward" | "admin", string>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedRegistry(db);
  users = await createUsers(db);
  server = await startTestServer(db, {
    logLines,
    importLimits: { maxBytes: 200 * 1024, maxRows: 50, maxFieldChars: 2000 },
  });
  tokens = {
    analyst: await server.login(users.analyst.username, users.analyst.password),
    steward: await server.login(users.steward.username, users.steward.password),
    admin: await server.login(users.admin.username, users.admin.password),
  };
}, 180_000);
afterAll(async () => {
  for (const l of logLines) if (l.includes("unhandled")) console.log(l.slice(0, 1500));
  await server.close();
  await db.drop();
});

interface UploadAnswer {
  status: number;
  body: {
    batch?: { rowId: number; duplicate: boolean; rowCount: number; warnings: string[] };
    errors?: Array<{ message: string; extensions: { code: string; line?: number } }>;
  };
}

async function upload(
  body: string | Buffer | FormData,
  token: string | null,
  options: { contentType?: string; query?: string } = {},
): Promise<UploadAnswer> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (!(body instanceof FormData)) headers["content-type"] = options.contentType ?? "text/csv";
  const response = await fetch(`${server.url}/imports${options.query ?? "?source=bci"}`, {
    method: "POST",
    headers,
    body: body instanceof FormData ? body : new Uint8Array(typeof body === "string" ? Buffer.from(body) : body),
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer["body"] };
}

async function batchCount(): Promise<number> {
  const { rows } = await db.ownerPool.query<{ n: number }>("select count(*)::int as n from app_public.import_batches");
  return rows[0]!.n;
}
async function stagingCount(): Promise<number> {
  const { rows } = await db.ownerPool.query<{ n: number }>("select count(*)::int as n from app_hidden.import_staging");
  return rows[0]!.n;
}

describe("who may upload", () => {
  it("refuses anonymous callers with 401", async () => {
    const answer = await upload(csv("Acme,,,,,,,,,"), null);
    expect(answer.status).toBe(401);
  });
  it("refuses analysts with 403", async () => {
    const answer = await upload(csv("Acme,,,,,,,,,"), tokens.analyst);
    expect(answer.status).toBe(403);
    expect(answer.body.errors?.[0]?.extensions.code).toBe("PERMISSION_DENIED");
  });
  it("refuses API tokens with 403", async () => {
    const { rows } = await db.ownerPool.query<{ secret: string }>(
      "select (app_public.issue_api_token('partner')).secret",
    );
    const answer = await upload(csv("Acme,,,,,,,,,"), rows[0]!.secret);
    expect(answer.status).toBe(403);
  });
  it("accepts stewards and admins, recording who uploaded", async () => {
    const steward = await upload(csv("Steward Upload Co,,,,,,,,,"), tokens.steward);
    expect(steward.status).toBe(202);
    const admin = await upload(csv("Admin Upload Co,,,,,,,,,"), tokens.admin);
    expect(admin.status).toBe(202);
    const { rows } = await db.ownerPool.query(
      "select uploaded_by::text, state::text from app_public.import_batches where id = $1",
      [steward.body.batch!.rowId],
    );
    expect(rows[0]).toEqual({ uploaded_by: users.steward.id, state: "queued" });
    // The payload is only in graphile-worker's private table: its public jobs view leaves payloads out.
    const { rows: jobs } = await db.ownerPool.query(
      "select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'import_batches__process'",
    );
    expect(jobs.map((j) => j.payload.batchId)).toEqual(
      expect.arrayContaining([steward.body.batch!.rowId, admin.body.batch!.rowId]),
    );
  });
  it("answers 503 FEATURE_DISABLED while imports are switched off", async () => {
    await db.ownerPool.query("update app_public.feature_switches set is_enabled = false where key = 'imports'");
    try {
      const answer = await upload(csv("Switched Off Co,,,,,,,,,"), tokens.steward);
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.[0]?.extensions.code).toBe("FEATURE_DISABLED");
    } finally {
      await db.ownerPool.query("update app_public.feature_switches set is_enabled = true where key = 'imports'");
    }
  });
});

describe("what is accepted", () => {
  it("takes a multipart form with the file, keeping its name", async () => {
    const form = new FormData();
    form.append("file", new Blob([csv("Multipart Co,,,,,,,,,")], { type: "text/csv" }), "export-2026.csv");
    const answer = await upload(form, tokens.steward);
    expect(answer.status).toBe(202);
    const { rows } = await db.ownerPool.query(
      "select file_name, row_count from app_public.import_batches where id = $1",
      [answer.body.batch!.rowId],
    );
    expect(rows[0]).toEqual({ file_name: "export-2026.csv", row_count: 1 });
  });

  it("matches header names case- and space-insensitively, with variants, and reports ignored columns", async () => {
    const text = "companyname, ABN ,Trading As,Colour\nVariant Header Co,,Variant Trading,blue\n";
    const answer = await upload(text, tokens.steward);
    expect(answer.status).toBe(202);
    expect(answer.body.batch!.warnings).toEqual(['Columns ignored: "Colour"']);
    const { rows } = await db.ownerPool.query(
      "select company_name, trading_name from app_public.import_rows where batch_id = $1",
      [answer.body.batch!.rowId],
    );
    expect(rows).toEqual([{ company_name: "Variant Header Co", trading_name: "Variant Trading" }]);
  });

  it("reads UTF-8 with a byte-order mark", async () => {
    const answer = await upload(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv("Café Bom Pty Ltd,,,,,,,,,"))]),
      tokens.steward,
    );
    expect(answer.status).toBe(202);
    const { rows } = await db.ownerPool.query("select company_name from app_public.import_rows where batch_id = $1", [
      answer.body.batch!.rowId,
    ]);
    expect(rows[0].company_name).toBe("Café Bom Pty Ltd");
  });

  it("converts Windows-1252 with a warning", async () => {
    const answer = await upload(Buffer.from(csv("Crème Brûlée Builders,,,,,,,,,"), "latin1"), tokens.steward);
    expect(answer.status).toBe(202);
    expect(answer.body.batch!.warnings[0]).toContain("Windows-1252");
    const { rows } = await db.ownerPool.query("select company_name from app_public.import_rows where batch_id = $1", [
      answer.body.batch!.rowId,
    ]);
    expect(rows[0].company_name).toBe("Crème Brûlée Builders");
  });

  it("keeps formula-looking cells as text (the worker marks them as errors)", async () => {
    const answer = await upload(csv('"=1+2",,,,,,,,,', "@SUM(A1),,,,,,,,,"), tokens.steward);
    expect(answer.status).toBe(202);
    expect(answer.body.batch!.rowCount).toBe(2);
  });

  it("returns the existing batch when the same file comes again, storing nothing new", async () => {
    const text = csv("Idempotent Co,,,,,,,,,");
    const first = await upload(text, tokens.steward);
    expect(first.status).toBe(202);
    const before = await batchCount();
    const again = await upload(text, tokens.admin);
    expect(again.status).toBe(200);
    expect(again.body.batch).toMatchObject({ rowId: first.body.batch!.rowId, duplicate: true });
    expect(await batchCount()).toBe(before);
  });
});

describe("hostile and broken files", () => {
  const cases: Array<[string, string | Buffer, number, string]> = [
    ["an empty file", "", 422, "IMPORT_EMPTY"],
    ["a header only", "company_name,abn\n", 422, "IMPORT_EMPTY"],
    ["no company_name column", "abn,acn\n123,456\n", 422, "IMPORT_MISSING_COLUMN"],
    ["duplicate headers", "Company Name,company_name\nA,B\n", 422, "IMPORT_DUPLICATE_COLUMN"],
    ["an unterminated quote", 'company_name,abn\n"Acme,123\nOther,456\n', 422, "IMPORT_BAD_CSV"],
    ["ragged rows", "company_name,abn\nAcme,123\nOther,456,extra\n", 422, "IMPORT_BAD_CSV"],
    ["a 1 MB field", `company_name,abn\n"${"x".repeat(1024 * 1024)}",1\n`, 413, "IMPORT_TOO_LARGE"],
    ["a field over the field limit", `company_name,abn\n"${"y".repeat(5000)}",1\n`, 422, "IMPORT_FIELD_TOO_LARGE"],
    ["binary junk", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0xff, 0xfe, 0x00]), 422, "IMPORT_BAD_ENCODING"],
    [
      "UTF-16",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("company_name\r\nAcme\r\n", "utf16le")]),
      422,
      "IMPORT_BAD_ENCODING",
    ],
    [
      "bytes that are neither UTF-8 nor Windows-1252",
      Buffer.from([0x63, 0x6f, 0x0a, 0x81, 0x8d, 0xc3, 0x0a]),
      422,
      "IMPORT_BAD_ENCODING",
    ],
    ["too many rows", "company_name\n" + "Row Co\n".repeat(51), 413, "IMPORT_TOO_MANY_ROWS"],
  ];
  it.each(cases)("refuses %s with a clear error and stores nothing", async (_name, body, status, code) => {
    const before = await batchCount();
    const answer = await upload(body, tokens.steward);
    expect(answer.status).toBe(status);
    expect(answer.body.errors?.[0]?.extensions.code).toBe(code);
    expect(answer.body.errors?.[0]?.message.length).toBeGreaterThan(10);
    expect(await batchCount()).toBe(before);
    expect(await stagingCount()).toBe(0);
  });

  it("says on which line a CSV problem is", async () => {
    const answer = await upload("company_name,abn\nAcme,1\nOther,2,3\n", tokens.steward);
    expect(answer.body.errors?.[0]?.extensions.line).toBe(3);
  });

  it("refuses other media types with 415", async () => {
    const answer = await upload("{}", tokens.steward, { contentType: "application/json" });
    expect(answer.status).toBe(415);
  });

  it("refuses an unknown source system", async () => {
    const answer = await upload(csv("Acme,,,,,,,,,"), tokens.steward, { query: "?source=nowhere" });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions.code).toBe("UNKNOWN_SOURCE_SYSTEM");
  });
});
