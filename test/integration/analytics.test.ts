// The promotion and import figures in analytics (migration 000004 and the
// TypeScript seams): rollups worked out by hand from a fixture with known
// dates, the pending backlog, GraphQL, CSV exports, /metrics and who may read
// them.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { employerWith } from "../helpers/promotion.ts";
import { csv, importText, processBatch, seedRegistry, type Registry } from "../imports/import-helpers.ts";
import { databaseHealthSources } from "../../server/src/ops/health.ts";

//   day  what happens
//   D1   every employer exists; the steward rejects one candidate and defers another
//   D2   the admin promotes a candidate; batch 1 is processed: "Acme Builders"
//        (matched), "Zephyrine Tiling Pty Ltd" and "Quokka Glazing" (pending),
//        an empty name (error)
//   D3   batch 2 is processed: "Acme Builders" (matched), "Quokka Glazing" (pending)
//   then the steward matches Quokka Glazing to Bluegum.
const D1 = "2026-04-01";
const D2 = "2026-04-02";
const D3 = "2026-04-03";
const at = (day: string) => `${day}T10:00:00Z`;

let db: TestDatabase;
let users: TestUsers;
let registry: Registry;
let batch1: string;
let batch2: string;
let zephyrine: string;

const DENIED = "42501";

async function asAnalyst<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return asRole(
    db,
    { role: "analyst", userId: users.analyst.id },
    async (c) => (await c.query(sql, params)).rows as T[],
  );
}

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  registry = await seedRegistry(db);
  const boral = await employerWith(db.ownerPool, "Boral Limited", [
    { name: "Boral Building Products", kind: "trading", source: "abr" },
  ]);
  const lend = await employerWith(db.ownerPool, "Lend Co", [
    { name: "Lendlease Building Products", kind: "trading", source: "abr" },
  ]);
  const hutch = await employerWith(db.ownerPool, "HUTCH PTY", [
    { name: "Hutchinson Builders", kind: "legal", source: "abr" },
  ]);
  const decide = (role: "steward" | "admin", sql: string, params: unknown[]) =>
    asRole(db, { role, userId: users[role].id }, (c) => c.query(sql, params), { commit: true });
  await decide("steward", "select app_public.reject_promotion_candidate($1, $2, 'a division')", [
    boral.employerId,
    boral.aliasIds["Boral Building Products"],
  ]);
  await decide("steward", "select app_public.defer_promotion_candidate($1, $2, current_date + 30, 'later')", [
    lend.employerId,
    lend.aliasIds["Lendlease Building Products"],
  ]);
  await decide("admin", "select app_public.promote_canonical_name($1, $2, null)", [
    hutch.employerId,
    hutch.aliasIds["Hutchinson Builders"],
  ]);

  batch1 = (
    await importText(
      db,
      csv(
        "Acme Builders,,,,,P1,Tower,builder,NSW,2000",
        "Zephyrine Tiling Pty Ltd,,,,,P2,Pool,subcontractor,QLD,4000",
        "Quokka Glazing,,,,,P3,Glass,subcontractor,WA,6000",
        ",,,,,P4,Nothing,builder,NSW,2000",
      ),
    )
  ).batchId;
  await processBatch(db, batch1);
  batch2 = (
    await importText(
      db,
      csv("Acme Builders,,,,,P5,Hall,builder,NSW,2000", "Quokka Glazing,,,,,P6,Glass,subcontractor,WA,6000"),
    )
  ).batchId;
  await processBatch(db, batch2);

  const root = await db.rootPool.connect();
  try {
    await root.query("begin");
    await root.query("set local session_replication_role = replica");
    await root.query("update app_public.employers set created_at = $1", [at(D1)]);
    await root.query("update app_public.aliases set added_at = $1", [at(D1)]);
    await root.query("update app_public.employer_identifiers set added_at = $1", [at(D1)]);
    await root.query("update app_public.canonical_decisions set decided_at = $1 where action <> 'promote'", [at(D1)]);
    await root.query("update app_public.canonical_decisions set decided_at = $1 where action = 'promote'", [at(D2)]);
    await root.query("update app_public.import_rows set processed_at = $2 where batch_id = $1", [batch1, at(D2)]);
    await root.query("update app_public.import_rows set processed_at = $2 where batch_id = $1", [batch2, at(D3)]);
    await root.query("update app_public.feed_name_occurrences set first_seen_at = $1", [at(D2)]);
    await root.query("update app_public.pending_employers set first_seen_at = $1", [at(D2)]);
    await root.query("commit");
  } finally {
    root.release();
  }
  const pending = async (name: string) =>
    (
      await db.ownerPool.query<{ id: string }>("select id::text from app_public.pending_employers where name = $1", [
        name,
      ])
    ).rows[0]!.id;
  zephyrine = await pending("Zephyrine Tiling Pty Ltd");
  await asRole(
    db,
    { role: "steward", userId: users.steward.id },
    async (c) =>
      c.query("select app_public.match_pending_employer($1, $2)", [await pending("Quokka Glazing"), registry.bluegum]),
    { commit: true },
  );
  await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
}, 180_000);
afterAll(() => db.drop());

describe("decisions per day", () => {
  it("counts canonical decisions by day, action and steward", async () => {
    const rows = await asAnalyst(
      `select day::text, action::text, decided_by::text, decided_by_username, decisions
       from app_public.analytics_decision_daily order by day, action`,
    );
    expect(rows).toEqual([
      {
        day: D1,
        action: "defer",
        decided_by: users.steward.id,
        decided_by_username: users.steward.username,
        decisions: 1,
      },
      {
        day: D1,
        action: "reject",
        decided_by: users.steward.id,
        decided_by_username: users.steward.username,
        decisions: 1,
      },
      {
        day: D2,
        action: "promote",
        decided_by: users.admin.id,
        decided_by_username: users.admin.username,
        decisions: 1,
      },
    ]);
  });
});

describe("import outcomes", () => {
  it("counts rows by day, batch and outcome", async () => {
    const rows = await asAnalyst(
      `select day::text, batch_id::text, source_system, outcome::text, rows
       from app_public.analytics_import_daily order by day, batch_id, outcome`,
    );
    expect(rows).toEqual([
      { day: D2, batch_id: batch1, source_system: "bci", outcome: "error", rows: 1 },
      { day: D2, batch_id: batch1, source_system: "bci", outcome: "matched_exact", rows: 1 },
      { day: D2, batch_id: batch1, source_system: "bci", outcome: "pending", rows: 2 },
      { day: D3, batch_id: batch2, source_system: "bci", outcome: "matched_exact", rows: 1 },
      { day: D3, batch_id: batch2, source_system: "bci", outcome: "pending", rows: 1 },
    ]);
  });
});

describe("coverage's share of feed names resolved", () => {
  it("is empty before the first import and counts matched names and resolved pending items after", async () => {
    const rows = await asAnalyst(
      `select day::text, feed_names_resolved from app_public.analytics_coverage_daily
       where day between $1 and $2 order by day`,
      [D1, D3],
    );
    // Three names: Acme Builders (matched), Quokka Glazing (pending, then
    // matched by the steward), Zephyrine Tiling Pty Ltd (still pending).
    expect(rows).toEqual([
      { day: D1, feed_names_resolved: null },
      { day: D2, feed_names_resolved: 66.67 },
      { day: D3, feed_names_resolved: 66.67 },
    ]);
  });
});

describe("the pending backlog", () => {
  it("shows the open items, their rows and the oldest", async () => {
    const [backlog] = await asAnalyst<Record<string, unknown>>(
      "select open_items, open_rows::int, oldest_first_seen_at from app_public.pending_backlog",
    );
    expect(backlog).toEqual({ open_items: 1, open_rows: 1, oldest_first_seen_at: new Date(at(D2)) });
  });
  it("shows the open items by the batch whose rows carried them", async () => {
    const rows = await asAnalyst(
      "select batch_id::text, open_items, open_rows from app_public.pending_backlog_by_batch order by batch_id",
    );
    expect(rows).toEqual([{ batch_id: batch1, open_items: 1, open_rows: 1 }]);
    expect(zephyrine).toBeTruthy();
  });
});

describe("the backlog snapshot", () => {
  it("records today's promotion and pending backlogs at each refresh", async () => {
    const queued = Number(
      (await db.ownerPool.query("select count(*) as n from app_public.canonical_promotion_queue()")).rows[0].n,
    );
    expect(queued).toBeGreaterThan(0);
    const rows = await asAnalyst(
      `select day = app_hidden.analytics_day(now()) as today, promotion_items, pending_items, pending_oldest_first_seen_at
       from app_public.analytics_backlog_daily`,
    );
    expect(rows).toEqual([
      { today: true, promotion_items: queued, pending_items: 1, pending_oldest_first_seen_at: new Date(at(D2)) },
    ]);
  });
  it("leaves the promotion figures empty while canonical promotion is switched off", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await c.query("select app_public.set_feature_switch('canonical_promotion', false, 'test')");
      await c.query("select app_public.refresh_analytics()");
      const { rows } = await c.query("select promotion_items, pending_items from app_public.analytics_backlog_daily");
      expect(rows).toEqual([{ promotion_items: null, pending_items: 1 }]);
    });
  });
});

describe("access", () => {
  const relations = [
    "app_public.analytics_backlog_daily",
    "app_public.analytics_decision_daily",
    "app_public.analytics_import_daily",
    "app_public.pending_backlog",
    "app_public.pending_backlog_by_batch",
    "app_hidden.export_canonical_decisions",
    "app_hidden.export_pending_employers",
  ];
  it.each(relations)("lets analysts read %s", async (relation) => {
    const rows = await asAnalyst(`select count(*)::int as n from ${relation}`);
    expect(rows[0]).toEqual({ n: expect.any(Number) });
    expect((rows[0] as { n: number }).n).toBeGreaterThan(0);
  });
  it.each(relations)("refuses API clients %s", async (relation) => {
    await asRole(db, { role: "api_client" }, async (c) => {
      await expectSqlError(c.query(`select * from ${relation}`), DENIED);
    });
  });
  it("refuses the rollups while analytics is switched off", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await c.query("select app_public.set_feature_switch('analytics', false, 'test')");
      for (const sql of [
        "select * from app_public.analytics_backlog_daily",
        "select * from app_public.analytics_decision_daily",
        "select * from app_public.analytics_import_daily",
      ]) {
        await c.query("savepoint s");
        await expectSqlError(c.query(sql), "FDOFF");
        await c.query("rollback to savepoint s");
      }
    });
  });
  it("lets nobody but the refresh write the rollups", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await expectSqlError(c.query("delete from app_public.analytics_decision_daily"), DENIED);
    });
  });
});

describe("through the server", () => {
  let server: TestServer;
  let analyst: string;
  let apiClient: string;
  beforeAll(async () => {
    server = await startTestServer(db);
    analyst = await server.login(users.analyst.username, users.analyst.password);
    apiClient = (await db.ownerPool.query("select (app_public.issue_api_token('Partner')).secret")).rows[0].secret;
  });
  afterAll(() => server.close());

  const DECISIONS = `query Decisions($from: Date!) {
    analyticsDecisionDailies(filter: { day: { greaterThanOrEqualTo: $from } }, orderBy: [DAY_ASC, DECIDED_BY_ASC], first: 100) {
      nodes { day action decidedByUsername decisions }
      groupedAggregates(groupBy: [ACTION]) { keys sum { decisions } }
    }
    analyticsImportDailies(first: 100) { aggregates { sum { rows } } }
    pendingBacklogs(first: 1) { nodes { openItems openRows } }
    pendingBacklogByBatches(first: 100) { nodes { batchId openItems } }
  }`;

  it("gives analysts the decisions, import outcomes and pending backlog", async () => {
    const result = await server.gql<
      Record<string, { nodes?: unknown[]; aggregates?: unknown; groupedAggregates?: unknown[] }>
    >(DECISIONS, { from: D2 }, analyst);
    expect(result.body.errors).toBeUndefined();
    const data = result.body.data!;
    expect(data.analyticsDecisionDailies!.nodes).toEqual([
      { day: D2, action: "promote", decidedByUsername: users.admin.username, decisions: 1 },
    ]);
    expect(data.analyticsDecisionDailies!.groupedAggregates).toEqual([{ keys: ["promote"], sum: { decisions: "1" } }]);
    expect(data.analyticsImportDailies!.aggregates).toEqual({ sum: { rows: "6" } });
    expect(data.pendingBacklogs!.nodes).toEqual([{ openItems: 1, openRows: "1" }]);
    expect(data.pendingBacklogByBatches!.nodes).toEqual([{ batchId: batch1, openItems: 1 }]);
  });
  it("refuses API clients", async () => {
    const result = await server.gql(DECISIONS, { from: D1 }, apiClient);
    // The request guard refuses an API token's grouped aggregates before the database would (permission denied).
    expect(result.body.errors?.[0]?.extensions?.code).toBe("AGGREGATE_NOT_ALLOWED");
  });

  it("exports the decision log and the rollups as CSV", async () => {
    const get = async (path: string) =>
      (await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${analyst}` } })).text();
    const decisions = (await get(`/exports/decisions.csv?from=${D2}&to=${D2}`)).trim().split("\r\n");
    expect(decisions).toHaveLength(2);
    expect(decisions[1]).toBe(
      `${decisions[1]!.split(",")[0]},${D2}T10:00:00.000Z,promote,${decisions[1]!.split(",")[3]},HUTCH PTY,Hutchinson Builders,Hutchinson Builders,,admin,,${users.admin.id},${users.admin.username}`,
    );
    const perDay = (await get(`/exports/decisions-per-day.csv?to=${D1}`)).trim().split("\r\n");
    expect(perDay.slice(1).map((line) => line.split(",").slice(0, 2).join(","))).toEqual([
      `${D1},reject`,
      `${D1},defer`,
    ]);
    const imports = (await get(`/exports/imports-per-day.csv?from=${D3}`)).trim().split("\r\n");
    expect(imports.slice(1)).toEqual([`${D3},${batch2},bci,matched_exact,1`, `${D3},${batch2},bci,pending,1`]);
    const pending = (await get("/exports/pending.csv")).trim().split("\r\n");
    expect(pending.slice(1).map((line) => line.split(",")[3])).toEqual(["open", "matched"]);
  });

  it("reports the promotion and pending backlogs on /metrics and in the health check", async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    const value = (name: string) => {
      const line = text.split("\n").find((l) => l.startsWith(name + " "));
      return line === undefined ? null : Number(line.slice(name.length + 1));
    };
    const queued = Number(
      (await db.ownerPool.query("select count(*) as n from app_public.canonical_promotion_queue()")).rows[0].n,
    );
    expect(value("registry_promotion_backlog")).toBe(queued);
    expect(value("registry_promotion_backlog_oldest_seconds")).toBeGreaterThan(0);
    expect(value("registry_pending_backlog")).toBe(1);
    expect(value("registry_pending_backlog_oldest_seconds")).toBeGreaterThan(86_400);
    expect(value("registry_import_rows_failed_last_hour")).toBe(0);

    const health = await databaseHealthSources(db.ownerPool, { metricsUrl: null, metricsToken: null }).sample();
    expect(health.values.review_backlog).toBe(queued);
  });
});
