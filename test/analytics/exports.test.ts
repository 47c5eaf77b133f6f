// GET /exports/<name>.csv through the real HTTP server: contents, filters,
// who may export (the database decides), formula neutralising, and streaming.
import { request as httpRequest, type IncomingMessage } from "node:http";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { csvCell, csvLine } from "../../server/src/exports/csv.ts";
import { exportDefinitions, exportQuery } from "../../server/src/exports/export-definitions.ts";
import { D1, D2, D3, loadAnalyticsFixture, type AnalyticsFixture } from "./fixture.ts";
import { asRole } from "../helpers/db.ts";
import { csv, importText, processBatch } from "../imports/import-helpers.ts";
import { runStewardCalibration } from "../../server/src/registry/steward-calibration.ts";

let db: TestDatabase;
let server: TestServer;
let users: TestUsers;
let fixture: AnalyticsFixture;
let analyst: string;
let steward: string;
let apiClient: string;

const BATCH = 200;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  fixture = await loadAnalyticsFixture(db);
  // A canonical decision and an import (one pending name, no alias added), so
  // the decision, import and pending exports have rows too.
  await asRole(
    db,
    { role: "steward", userId: users.steward.id },
    (c) =>
      c.query(
        `select app_public.reject_promotion_candidate($1, a.id, 'a trading name only')
         from app_public.aliases a where a.employer_id = $1 and a.name = 'Acme Builders'`,
        [fixture.a],
      ),
    { commit: true },
  );
  await processBatch(db, (await importText(db, csv("Zulu Widgets,,,,,P1,Tower,builder,NSW,2000"))).batchId);
  await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
  // A calibration run, as the nightly job stores one.
  await runStewardCalibration(db.ownerPool, "cron");
  server = await startTestServer(db, { exportBatchSize: BATCH });
  analyst = await server.login(users.analyst.username, users.analyst.password);
  steward = await server.login(users.steward.username, users.steward.password);
  apiClient = (await db.ownerPool.query("select (app_public.issue_api_token('Partner')).secret")).rows[0].secret;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

async function download(path: string, token?: string) {
  const response = await fetch(`${server.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

/** Parses what csvLine writes (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("an export", () => {
  it("is UTF-8 CSV with a header row, one line per alias", async () => {
    const { status, headers, text } = await download("/exports/aliases.csv", analyst);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toBe('attachment; filename="aliases-start-to-today.csv"');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(exportDefinitions.find((d) => d.name === "aliases")!.columns.map((c) => c.header));
    expect(
      rows
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(
      ["ACME CONSTRN", "Acme Builders", "Acme Builders", "Charlie Cranes Pty Ltd", "Mike Masonry", "Xray Demo"].sort(),
    );
    const acme = rows.find((r) => r[4] === "ACME CONSTRN")!;
    expect(acme.slice(1, 7)).toEqual([
      fixture.a,
      "Acme Constructions Pty Ltd",
      "active",
      "ACME CONSTRN",
      "feed_spelling",
      "internal",
    ]);
    expect(acme[14]).toBe(`${D2}T10:00:00.000Z`);
  });

  it("of a rollup has the figures of the rollup", async () => {
    const { status, text } = await download("/exports/coverage-per-day.csv?from=2026-03-01&to=2026-03-03", analyst);
    expect(status).toBe(200);
    expect(parseCsv(text).map((r) => r.slice(0, 6))).toEqual([
      ["day", "active_employers", "with_alias", "with_identifier", "alias_coverage", "identifier_coverage"],
      [D1, "2", "1", "1", "50", "50"],
      [D2, "3", "2", "1", "66.67", "33.33"],
      [D3, "3", "3", "2", "100", "66.67"],
    ]);
  });

  it("keeps non-ASCII names as they are (UTF-8)", async () => {
    await db.ownerPool.query("select app_public.add_alias($1, 'Société Générale Bâtiment', 'other')", [fixture.c]);
    const { text } = await download("/exports/aliases.csv", analyst);
    expect(text).toContain("Société Générale Bâtiment");
  });
});

describe("filters", () => {
  it("limit the days (inclusive) and the source system", async () => {
    const byDay = parseCsv((await download(`/exports/aliases-per-day.csv?from=${D2}&to=${D2}`, analyst)).text);
    expect(byDay.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [D2, "bci", "trading", "1"],
      [D2, "bci", "feed_spelling", "1"],
    ]);
    const bySource = parseCsv((await download(`/exports/aliases.csv?source_system=bci&to=${D3}`, analyst)).text);
    expect(
      bySource
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(["ACME CONSTRN", "Acme Builders"]);
    const fromD3 = parseCsv((await download(`/exports/aliases.csv?from=${D3}&to=${D3}`, analyst)).text);
    expect(
      fromD3
        .slice(1)
        .map((r) => r[4])
        .sort(),
    ).toEqual(["Charlie Cranes Pty Ltd", "Mike Masonry"]);
  });

  it.each([
    ["a date that is not one", "/exports/aliases.csv?from=2026-02-30", 400, "INVALID_FILTER"],
    ["a date in another format", "/exports/aliases.csv?to=03/01/2026", 400, "INVALID_FILTER"],
    ["from after to", `/exports/aliases.csv?from=${D3}&to=${D1}`, 400, "INVALID_FILTER"],
    ["an unknown filter", "/exports/aliases.csv?source=bci", 400, "INVALID_FILTER"],
    ["a filter given twice", `/exports/aliases.csv?from=${D1}&from=${D2}`, 400, "INVALID_FILTER"],
    [
      "a source system on an export without one",
      "/exports/coverage-per-day.csv?source_system=bci",
      400,
      "INVALID_FILTER",
    ],
    ["a malformed source system", "/exports/aliases.csv?source_system=BCI;drop", 400, "INVALID_FILTER"],
    ["an unknown source system", "/exports/aliases.csv?source_system=nosuch", 400, "UNKNOWN_SOURCE_SYSTEM"],
    ["an unknown export", "/exports/everything.csv", 404, "UNKNOWN_EXPORT"],
    ["an export without .csv", "/exports/aliases", 404, "UNKNOWN_EXPORT"],
  ])("refuse %s with a clear 4xx", async (_what, path, status, code) => {
    const response = await download(path, analyst);
    expect(response.status).toBe(status);
    const body = JSON.parse(response.text);
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).toMatch(/\w/);
  });

  it("are listed with the exports at /exports/", async () => {
    const body = JSON.parse((await download("/exports/", analyst)).text);
    expect(body.exports.map((e: { name: string }) => e.name)).toEqual(exportDefinitions.map((d) => d.name));
  });
});

describe("who may export", () => {
  const names = exportDefinitions.map((d) => d.name);
  it.each(names)("analysts and stewards may export %s", async (name) => {
    for (const token of [analyst, steward]) {
      const response = await download(`/exports/${name}.csv`, token);
      expect(response.status).toBe(200);
      expect(parseCsv(response.text).length).toBeGreaterThan(1);
    }
  });
  it.each(names)("API clients may not export %s (the database refuses)", async (name) => {
    const response = await download(`/exports/${name}.csv`, apiClient);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe("PERMISSION_DENIED");
  });
  it("asks callers without a token to authenticate", async () => {
    const response = await download("/exports/aliases.csv");
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
  it.each([
    ["a malformed token", "not-a-token"],
    ["a forged API token", "ear_000000000000000000000000000000000000000000000000"],
  ])("answers %s with 401", async (_what, token) => {
    const response = await download("/exports/aliases.csv", token);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text).errors[0].extensions.code).toBe("INVALID_TOKEN");
  });
  it("refuses everyone while analytics is switched off", async () => {
    await db.ownerPool.query("select app_public.set_feature_switch('analytics', false, 'test')");
    try {
      const response = await download("/exports/aliases.csv", analyst);
      expect(response.status).toBe(503);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe("FEATURE_DISABLED");
    } finally {
      await db.ownerPool.query("select app_public.set_feature_switch('analytics', true, 'test')");
    }
  });
});

describe("formula injection", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", '"\'\rCR"'],
    ['=HYPERLINK("http://x", "y")', `"'=HYPERLINK(""http://x"", ""y"")"`],
    ["plain, with comma", '"plain, with comma"'],
    ["a-b=c", "a-b=c"],
    ["", ""],
  ])("neutralises and quotes %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
  it("writes null as an empty cell and ends lines with CRLF", () => {
    expect(csvLine(["a", null, 3])).toBe("a,,3\r\n");
  });
  it("reaches hostile names and references in a real export as text", async () => {
    await db.ownerPool.query("select app_public.add_alias($1, $2, 'other', null, null, null, 'manual', $3)", [
      fixture.b,
      '=HYPERLINK("http://evil.example","click")',
      "\t=1+1",
    ]);
    await db.ownerPool.query(
      "select app_public.add_alias($1, '@SUM(1+1)', 'other', null, null, null, 'manual', '-1')",
      [fixture.b],
    );
    const rows = parseCsv((await download("/exports/aliases.csv", analyst)).text);
    const hyperlink = rows.find((r) => r[4]!.includes("HYPERLINK"))!;
    expect(hyperlink[4]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(hyperlink[10]).toBe("'\t=1+1");
    const sum = rows.find((r) => r[4]!.includes("SUM"))!;
    expect([sum[4], sum[10]]).toEqual(["'@SUM(1+1)", "'-1"]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("streaming", () => {
  const BULK = 100_000;
  beforeAll(async () => {
    // Many aliases, quickly: as the superuser with triggers off (forms set by hand).
    const root = await db.rootPool.connect();
    try {
      await root.query("begin");
      await root.query("set local session_replication_role = replica");
      await root.query(
        `insert into app_public.aliases (employer_id, name, compare_form, base_form, normalizer_version, source_system, added_at)
         select $1, 'Bulk Name ' || g || ' Constructions Pty Ltd', 'bulk name ' || g, 'bulk name ' || g, 1, 'csv',
                timestamptz '2026-01-01' + g * interval '1 second'
         from generate_series(1, $2) g`,
        [fixture.c, BULK],
      );
      await root.query("commit");
    } finally {
      root.release();
    }
  });

  it("reads every export in its order from an index, so the first rows come without sorting the range", async () => {
    // Sorting disabled, the planner takes an index that gives the order if there is one, and sorts only if
    // there is none. Timestamps shared by many rows (one import's now()) are why (timestamp, id) matters:
    // on the timestamp alone, each run of equal timestamps would be read whole and sorted by id.
    await db.rootPool.query("analyze app_public.aliases");
    const nodes = await asRole(db, { role: "analyst", userId: users.analyst.id }, async (c) => {
      await c.query("set local enable_sort = off");
      await c.query("set local enable_incremental_sort = off");
      const found: Record<string, string[]> = {};
      for (const definition of exportDefinitions) {
        const { sql, values } = exportQuery(definition, { from: "2026-01-01", to: "2026-12-31", sourceSystem: null });
        const { rows } = await c.query(`explain (format json) ${sql}`, values);
        const types: string[] = [];
        const walk = (node: { "Node Type": string; Plans?: unknown[] }) => {
          types.push(node["Node Type"]);
          for (const child of node.Plans ?? []) walk(child as typeof node);
        };
        walk(rows[0]["QUERY PLAN"][0].Plan);
        found[definition.name] = types.filter((type) => type.includes("Sort"));
      }
      return found;
    });
    expect(nodes).toEqual(Object.fromEntries(exportDefinitions.map((d) => [d.name, []])));
  });

  async function exportConnections(): Promise<Array<{ state: string; query: string; query_start: string }>> {
    const { rows } = await db.rootPool.query(
      "select state, query, query_start::text from pg_stat_activity where datname = $1 and query like 'fetch % from export_rows'",
      [db.name],
    );
    return rows;
  }

  it("sends a large export whole, batch by batch", async () => {
    const response = await fetch(`${server.url}/exports/aliases.csv?source_system=csv`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(response.status).toBe(200);
    let lines = 0;
    let chunks = 0;
    const decoder = new TextDecoder();
    let tail = "";
    for await (const chunk of response.body!) {
      chunks++;
      const text = tail + decoder.decode(chunk, { stream: true });
      const parts = text.split("\r\n");
      tail = parts.pop()!;
      lines += parts.length;
    }
    expect(tail).toBe("");
    expect(lines).toBe(BULK + 1);
    expect(chunks).toBeGreaterThan(1);
  });

  it("stops fetching while the client does not read, and lets go of the database when it leaves", async () => {
    const { promise: responded, resolve } = Promise.withResolvers<IncomingMessage>();
    const req = httpRequest(`${server.url}/exports/aliases.csv?source_system=csv`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    req.on("response", resolve);
    req.on("error", () => undefined);
    req.end();
    const response = await responded;
    expect(response.statusCode).toBe(200);
    // Read one chunk, then stop reading: the server must wait with the rest unfetched.
    await new Promise<void>((done) => response.once("data", () => done()));
    response.pause();
    // The server fetches a small first batch and then full ones until the socket's
    // buffers fill. A poll can land between two fetches (also "idle in transaction"),
    // so wait until two polls half a second apart see the same fetch, still open.
    const waiting = (c: Array<{ state: string; query: string }>) =>
      c.length === 1 && c[0]!.state === "idle in transaction" && c[0]!.query === `fetch ${BATCH} from export_rows`;
    let open = await exportConnections();
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 500));
      const later = await exportConnections();
      const still = waiting(open) && waiting(later) && open[0]!.query_start === later[0]!.query_start;
      open = later;
      if (still) break;
    }
    // Still in its transaction, waiting to fetch more: the export was not read into memory whole.
    expect(open.map(({ state, query }) => ({ state, query }))).toEqual([
      { state: "idle in transaction", query: `fetch ${BATCH} from export_rows` },
    ]);
    response.destroy();
    req.destroy();
    for (let i = 0; i < 50 && open.some((c) => c.state !== "idle"); i++) {
      await new Promise((r) => setTimeout(r, 100));
      open = await exportConnections();
    }
    // The transaction was rolled back and the connection went back to the pool, idle.
    expect(open.every((c) => c.state === "idle")).toBe(true);
  });
});
