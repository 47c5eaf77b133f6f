// `ops health`: thresholds, exit codes, --watch keeping the worst value of each
// check (through the real ops command line, with fake sources and clock), and
// the measurements from a real database and server.
import { PassThrough } from "node:stream";
import { runOps } from "../../server/src/cli/ops/context.ts";
import { registerHealthCommand } from "../../server/src/cli/ops/health.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import {
  checkKeys,
  databaseHealthSources,
  defaultThresholds,
  evaluateHealth,
  histogramBuckets,
  histogramQuantile,
  operationCounts,
  worstOf,
  type HealthIo,
  type HealthSample,
  type HealthSources,
} from "../../server/src/ops/health.ts";
import { loadAnalyticsFixture } from "./fixture.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { runOps as runOpsProcess } from "../helpers/ops.ts";

function sample(values: Partial<HealthSample["values"]>, notes: HealthSample["notes"] = {}): HealthSample {
  return {
    values: {
      search_latency: 0.05,
      error_rate: 0,
      review_backlog: null,
      alias_insert_failures: 0,
      coverage_drop: 0,
      ...values,
    },
    notes,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fakes = new Map<object, any>();

/** Hooks whose sources hand out the given samples in turn, with a fake clock. */
function fakeIo(samples: HealthSample[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  let clock = Date.parse("2026-03-01T00:00:00Z");
  let closed = 0;
  let index = 0;
  const io: Required<Pick<HealthIo, "openSources" | "sleep" | "now">> & { env: Record<string, string> } = {
    env,
    async openSources(): Promise<HealthSources> {
      return {
        sample: async () => samples[Math.min(index++, samples.length - 1)]!,
        close: async () => void closed++,
      };
    },
    sleep: async (ms) => void (clock += ms),
    now: () => clock,
  };
  const fake = {
    io,
    out: () => out.join(""),
    err: () => err.join(""),
    closed: () => closed,
    taken: () => index,
    outLines: out,
    errLines: err,
  };
  fakes.set(io, fake);
  return fake;
}

/** `npm run ops -- health <args>` with the fake sources and clock; resolves to the exit code. */
async function runHealthCommand(args: string[], run: ReturnType<typeof fakeIo>["io"]): Promise<number> {
  const collect = (into: string[]) => {
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => void into.push(chunk.toString()));
    return stream;
  };
  const owner = fakes.get(run) as { outLines: string[]; errLines: string[] };
  return runOps(
    ["health", ...args],
    { stdout: collect(owner.outLines), stderr: collect(owner.errLines), stdin: new PassThrough(), env: run.env },
    [(program, ctx) => registerHealthCommand(program, ctx, run)],
  );
}

describe("evaluating a sample", () => {
  it("marks values above their threshold as breaches and unmeasured ones as unknown", () => {
    const rows = evaluateHealth(
      sample({ search_latency: 1.5, error_rate: 1, alias_insert_failures: 6, coverage_drop: 5.01 }),
      defaultThresholds,
    );
    expect(Object.fromEntries(rows.map((r) => [r.check, r.status]))).toEqual({
      search_latency: "breach",
      error_rate: "ok",
      review_backlog: "unknown",
      alias_insert_failures: "breach",
      coverage_drop: "breach",
    });
  });
  it("keeps the worst value of each check over several samples", () => {
    const worst = worstOf([
      sample({ search_latency: 0.2, coverage_drop: 6 }, { coverage_drop: "first" }),
      sample({ search_latency: 1.2, coverage_drop: 1 }, { search_latency: "slow one" }),
      sample({ search_latency: 0.1, error_rate: 3, coverage_drop: 2 }),
    ]);
    expect(worst.values).toEqual({
      search_latency: 1.2,
      error_rate: 3,
      review_backlog: null,
      alias_insert_failures: 0,
      coverage_drop: 6,
    });
    expect(worst.notes).toEqual({ search_latency: "slow one", coverage_drop: "first" });
  });
  it("takes the p95 of a histogram as Prometheus's histogram_quantile does", () => {
    const text = [
      'search_duration_seconds_bucket{le="0.5",outcome="ok"} 80',
      'search_duration_seconds_bucket{le="1",outcome="ok"} 90',
      'search_duration_seconds_bucket{le="2.5",outcome="ok"} 100',
      'search_duration_seconds_bucket{le="+Inf",outcome="ok"} 100',
      'search_duration_seconds_bucket{le="0.5",outcome="server_error"} 0',
      'search_duration_seconds_bucket{le="+Inf",outcome="server_error"} 0',
    ].join("\n");
    const buckets = histogramBuckets(text, "search_duration_seconds");
    // rank 95 of 100 lies halfway through the (1, 2.5] bucket's ten observations.
    expect(histogramQuantile(0.95, buckets)).toBeCloseTo(1.75, 6);
    expect(histogramQuantile(0.5, buckets)).toBeCloseTo(0.3125, 6);
    expect(histogramQuantile(0.95, new Map([[Infinity, 0]]))).toBeNull();
  });
  it("reads the GraphQL operation counters from Prometheus text", () => {
    const text = [
      "# HELP graphql_operation_duration_seconds x",
      'graphql_operation_duration_seconds_bucket{le="0.1",operation_name="A",operation_type="query",outcome="ok"} 7',
      'graphql_operation_duration_seconds_count{operation_name="A",operation_type="query",outcome="ok"} 97',
      'graphql_operation_duration_seconds_count{operation_name="B",operation_type="mutation",outcome="server_error"} 2',
      'graphql_operation_duration_seconds_count{operation_name="B",operation_type="mutation",outcome="client_error"} 1',
    ].join("\n");
    expect(operationCounts(text)).toEqual({ total: 100, serverErrors: 2 });
  });
});

describe("runHealthCommand", () => {
  it("exits 0 and prints a table when every check is within bounds", async () => {
    const run = fakeIo([sample({})]);
    expect(await runHealthCommand([], run.io)).toBe(0);
    expect(run.out()).toMatch(/^check\s+value\s+threshold\s+status/);
    for (const label of [
      "alias search latency",
      "error rate",
      "canonical review backlog",
      "alias insert failures",
      "coverage drop",
    ]) {
      expect(run.out()).toContain(label);
    }
    expect(run.out()).not.toContain("BREACH");
    expect(run.closed()).toBe(1);
  });
  it.each([
    ["slow alias search", { search_latency: 1.01 }],
    ["an error rate over 1%", { error_rate: 1.5 }],
    ["a review backlog over 50", { review_backlog: 51 }],
    ["more than 5 alias insert failures an hour", { alias_insert_failures: 6 }],
    ["coverage dropping more than 5 points", { coverage_drop: 5.5 }],
  ])("exits 1 on %s", async (_what, values) => {
    const run = fakeIo([sample(values)]);
    expect(await runHealthCommand([], run.io)).toBe(1);
    expect(run.out()).toContain("BREACH");
  });
  it("takes thresholds from the options", async () => {
    const values = { search_latency: 1.5, alias_insert_failures: 8 };
    expect(await runHealthCommand([], fakeIo([sample(values)]).io)).toBe(1);
    expect(
      await runHealthCommand(["--search-seconds", "2", "--alias-failures", "10"], fakeIo([sample(values)]).io),
    ).toBe(0);
    expect(await runHealthCommand(["--coverage-drop", "0.5"], fakeIo([sample({ coverage_drop: 1 })]).io)).toBe(1);
  });
  it("does not fail on checks it cannot measure", async () => {
    const run = fakeIo([sample({ error_rate: null }, { error_rate: "not checked: give --metrics-url" })]);
    expect(await runHealthCommand([], run.io)).toBe(0);
    expect(run.out()).toMatch(/error rate\s+n\/a %\s+1 %\s+unknown\s+not checked/);
  });
  it.each([
    [["--watch"]],
    [["--watch", "soon"]],
    [["--search-seconds", "-1"]],
    [["--interval", "0", "--watch", "5"]],
    [["--metrics-url", "ftp://x"]],
    [["--bogus"]],
    [["extra"]],
  ])("exits 2 with the usage for bad arguments %j", async (args) => {
    const run = fakeIo([sample({})]);
    expect(await runHealthCommand(args, run.io)).toBe(2);
    expect(run.err()).toMatch(/^error: /);
    expect(run.err()).toContain("Usage: ops health [options]");
    expect(run.taken()).toBe(0);
  });
  it("exits 2 when the database cannot be reached", async () => {
    const run = fakeIo([]);
    run.io.openSources = async () => {
      throw new Error("connection refused");
    };
    expect(await runHealthCommand([], run.io)).toBe(2);
    expect(run.err()).toContain("connection refused");
  });
  it("prints the usage with --help and exits 0", async () => {
    const run = fakeIo([]);
    expect(await runHealthCommand(["--help"], run.io)).toBe(0);
    expect(run.out()).toContain("--watch <minutes>");
    expect(run.out()).toContain("--metrics-url <url>");
  });
  it("prints JSON rows with --json", async () => {
    const run = fakeIo([sample({ search_latency: 2 })]);
    expect(await runHealthCommand(["--json"], run.io)).toBe(1);
    const body = JSON.parse(run.out());
    expect(body.rows.map((r: { check: string }) => r.check)).toEqual([...checkKeys]);
    expect(body.rows[0]).toMatchObject({ check: "search_latency", value: 2, threshold: 1, status: "breach" });
  });
});

describe("--watch", () => {
  it("repeats the checks through the window and exits 1 when any check breached at any time", async () => {
    // 3 minutes every 60 s: checks at 0, 1, 2 and 3 minutes; the search is slow once.
    const run = fakeIo([
      sample({ search_latency: 0.1 }),
      sample({ search_latency: 1.7 }, { search_latency: "Acme" }),
      sample({ search_latency: 0.2, coverage_drop: 2 }),
      sample({ search_latency: 0.1 }),
    ]);
    expect(await runHealthCommand(["--watch", "3", "--interval", "60"], run.io)).toBe(1);
    expect(run.taken()).toBe(4);
    expect(run.out()).toContain("check 2: BREACH alias search latency");
    expect(run.out()).toContain("Worst value of each check over 4 checks:");
    expect(run.out()).toMatch(/alias search latency\s+1\.700 s\s+1 s\s+BREACH\s+Acme/);
    expect(run.out()).toMatch(/coverage drop\s+2\.00 points/);
  });
  it("exits 0 when the worst of every check stayed within bounds", async () => {
    const run = fakeIo([sample({ search_latency: 0.3 }), sample({ search_latency: 0.9 })]);
    expect(await runHealthCommand(["--watch", "1", "--interval", "30"], run.io)).toBe(0);
    expect(run.taken()).toBe(3);
  });
});

describe("measured from a real database and server", () => {
  let db: TestDatabase;
  let server: TestServer;
  let users: TestUsers;
  beforeAll(async () => {
    db = await createTestDatabase();
    users = await createUsers(db);
    await loadAnalyticsFixture(db);
    await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
    server = await startTestServer(db);
  });
  afterAll(async () => {
    await server.close();
    await db.drop();
  });

  it("reads search latency from the server's histogram, counts failures, and compares coverage with the week before", async () => {
    const sources = databaseHealthSources(db.ownerPool, { metricsUrl: `${server.url}/metrics`, metricsToken: null });
    const none = await sources.sample();
    expect(none.values.search_latency).toBeNull();
    expect(none.notes.search_latency).toBe("no searches since the server started");
    const token = await server.login(users.analyst.username, users.analyst.password);
    for (const q of ["Acme Builders", "Acme Bulders", "Nothing Like It"]) {
      const found = await server.gql(
        "query S($q: String!) { searchEmployers(query: $q, first: 5) { nodes { employerId } } }",
        { q },
        token,
      );
      expect(found.body.errors).toBeUndefined();
    }
    const first = await sources.sample();
    expect(first.values.search_latency).toBeGreaterThan(0);
    expect(first.notes.search_latency).toBe("p95 of 3 search(es), from the search_duration_seconds histogram");
    expect(first.values.error_rate).toBe(0);
    expect(first.notes.error_rate).toMatch(/0 server errors in \d+ GraphQL operations/);
    // The fixture's trusted trading alias "Acme Builders" (and others) wait in
    // the promotion queue; the check counts the stored queue now.
    const queued = Number(
      (await db.ownerPool.query("select count(*) as n from app_public.canonical_promotion_queue()")).rows[0].n,
    );
    expect(queued).toBeGreaterThan(0);
    expect(first.values.review_backlog).toBe(queued);
    expect(first.notes.review_backlog).toMatch(/^promotion queue as of \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    expect(first.values.alias_insert_failures).toBe(0);
    // The fixture's coverage only rises: no drop.
    expect(first.values.coverage_drop).toBe(0);

    for (let i = 0; i < 6; i++) {
      await db.ownerPool.query(
        "insert into app_private.alias_insert_failures (operation, code) values ('addAlias', 'DUPLICATE_ALIAS')",
      );
    }
    await db.ownerPool.query(
      `update app_public.analytics_coverage_daily set alias_coverage = alias_coverage - 12.5
       where day = (select max(day) from app_public.analytics_coverage_daily)`,
    );
    const second = await sources.sample();
    expect(second.values.search_latency).toBeNull();
    expect(second.notes.search_latency).toBe("no searches in the period");
    expect(second.values.alias_insert_failures).toBe(6);
    expect(second.notes.alias_insert_failures).toBe("DUPLICATE_ALIAS");
    expect(second.values.coverage_drop).toBe(12.5);
    const rows = evaluateHealth(second, defaultThresholds);
    expect(rows.filter((r) => r.status === "breach").map((r) => r.check)).toEqual([
      "alias_insert_failures",
      "coverage_drop",
    ]);
  });

  it("`npm run ops -- health` finds the local server's /metrics on PORT without being told", async () => {
    const port = new URL(server.url).port;
    const run = await runOpsProcess(db, ["health", "--json"], { env: { PORT: port } });
    const rows = JSON.parse(run.stdout).rows as Array<{ check: string; value: number | null; detail: string }>;
    const errorRate = rows.find((r) => r.check === "error_rate")!;
    expect(errorRate.value).not.toBeNull();
    expect(errorRate.detail).toMatch(/server errors in \d+ GraphQL operations/);
    expect(rows.find((r) => r.check === "search_latency")!.detail).toMatch(/^p95 of \d+ search/);
  });
});
