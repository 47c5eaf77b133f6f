// npm run bench:analytics [-- --runs 50] [--skip-refresh]: every analytics dashboard query and
// each CSV export's first byte, at the scale npm run seed:scale made (100k or
// 1M employers), against the bar of ../shared/docs/benchmarks.md (≤ 50 ms
// each). In one run: (1) installs migrations/current/5-analytics.sql into the
// scale database if needed and times the refresh (all of history, then the
// hourly one); (2) times each dashboard query as SQL over a direct connection
// as the analyst role, and as GraphQL through the real HTTP stack (in this
// process); (3) times each export's first byte. Prints a table and a JSON line.
import "../../server/src/cli/graphile-env.ts";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import pg from "pg";
import { pino } from "pino";
import { makeTokenVerifier } from "../../server/src/auth/verify-token.ts";
import { rolePlaceholderEnv } from "../../server/src/config/roles.ts";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import { exportDefinitions } from "../../server/src/exports/export-definitions.ts";
import { makeGraphQLRuntime } from "../../server/src/graphql/postgraphile.ts";
import { makeHttpServer } from "../../server/src/http/app.ts";
import { migrationsDir } from "../../server/src/paths.ts";
import { openScaleDatabase } from "../seed/scale-database.ts";
import { readManifest } from "../seed/scale-files.ts";
import { summarise, type LatencySummary } from "./load-generator.ts";
import { analystToken, makeGraphQLClient } from "./search-api.ts";

const BAR_MS = 50;
const { values } = parseArgs({ options: { runs: { type: "string" }, "skip-refresh": { type: "boolean" } } });
const runs = Math.max(5, Number(values.runs ?? 50) || 50);
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");

const manifest = await readManifest();
if (!manifest || manifest.status !== "complete") {
  console.error("No complete scale seed: run npm run seed:scale -- --employers 100000 (or 1000000) first");
  process.exit(1);
}

const db = await openScaleDatabase();
const roles = db.runtime.roles;
const logger = pino({ level: "warn" });
const authPool = tolerateShutdown(new pg.Pool({ connectionString: db.authUrl, max: 4 }));
let exitCode = 0;

/** Installs (or re-installs, when it changed) the analytics migration in the scale database. */
async function installAnalytics(): Promise<boolean> {
  const file = join(migrationsDir, "current", "5-analytics.sql");
  let sql = await readFile(file, "utf8");
  const hash = createHash("sha1").update(sql).digest("hex").slice(0, 16);
  const installed = await db.ownerPool.query<{ comment: string | null }>(
    "select obj_description(to_regclass('app_public.analytics_coverage_daily'), 'pg_class') as comment",
  );
  const stamp = await db.ownerPool
    .query<{ hash: string }>("select hash from app_private.bench_analytics_installed")
    .catch(() => ({ rows: [] as Array<{ hash: string }> }));
  if (installed.rows[0]?.comment && stamp.rows[0]?.hash === hash) return false;
  // Placeholders as graphile-migrate fills them; longest names first.
  const placeholders = Object.entries(rolePlaceholderEnv(roles)).sort((a, b) => b[0].length - a[0].length);
  for (const [key, value] of placeholders) sql = sql.split(`:${key}`).join(value);
  await db.ownerPool.query(sql);
  await db.ownerPool.query(`
    create table if not exists app_private.bench_analytics_installed (hash text not null);
    alter table app_private.bench_analytics_installed enable row level security;
    truncate app_private.bench_analytics_installed;`);
  await db.ownerPool.query("insert into app_private.bench_analytics_installed values ($1)", [hash]);
  return true;
}

async function asAnalyst(): Promise<pg.PoolClient> {
  const client = await authPool.connect();
  await client.query("begin");
  await client.query(
    "select set_config('role', $1, true), set_config('app.role', 'analyst', true), set_config('app.user_id', '', true)",
    [roles.visitors.analyst],
  );
  return client;
}

async function time(fn: () => Promise<unknown>): Promise<LatencySummary> {
  for (let i = 0; i < 3; i++) await fn();
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    latencies.push(performance.now() - started);
  }
  return summarise(latencies);
}

interface Row {
  what: string;
  via: string;
  summary: LatencySummary;
  rows?: number;
}
const results: Row[] = [];

try {
  const counts = (
    await db.ownerPool.query<{ employers: string; aliases: string }>(
      "select (select count(*) from app_public.employers) as employers, (select count(*) from app_public.aliases) as aliases",
    )
  ).rows[0]!;
  console.log(
    `bench:analytics on ${db.name}: ${Number(counts.employers).toLocaleString("en-AU")} employers, ` +
      `${Number(counts.aliases).toLocaleString("en-AU")} aliases; ${runs} runs per query after 3 warm-ups`,
  );
  const reinstalled = await installAnalytics();
  const refreshSeconds: Record<string, number> = {};
  if (reinstalled || !values["skip-refresh"]) {
    if (!reinstalled) await db.ownerPool.query("truncate app_public.analytics_coverage_daily");
    let started = performance.now();
    const full = await db.ownerPool.query(
      "select from_day::text, to_day::text, alias_rows, coverage_rows, conflict_rows from app_hidden.refresh_analytics_rollups(null, null, 'operator')",
    );
    refreshSeconds.full = (performance.now() - started) / 1000;
    started = performance.now();
    await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
    refreshSeconds.hourly = (performance.now() - started) / 1000;
    await db.ownerPool.query(
      "analyze app_public.analytics_alias_daily, app_public.analytics_coverage_daily, app_public.analytics_conflict_daily",
    );
    const f = full.rows[0];
    console.log(
      `refresh: all of history (${f.from_day}..${f.to_day}: ${f.alias_rows} alias rows, ${f.coverage_rows} coverage days) ` +
        `${refreshSeconds.full!.toFixed(2)} s; the hourly one (yesterday and today) ${refreshSeconds.hourly!.toFixed(2)} s`,
    );
  }
  // The last year that has aliases in it (a seed's dates may end before today).
  const to = (
    await db.ownerPool.query(
      "select coalesce((select max(day) from app_public.analytics_alias_daily), current_date)::text as d",
    )
  ).rows[0].d;
  const from = (await db.ownerPool.query("select ($1::date - 364)::text as d", [to])).rows[0].d;

  // The dashboard's queries: SQL as the analyst, then GraphQL through the HTTP stack.
  const dashboard: Array<{
    what: string;
    sql: string;
    params: unknown[];
    graphql: string;
    variables: Record<string, unknown>;
  }> = [
    {
      what: "aliases per day by source and kind (1 year)",
      sql: "select day, source_system, kind, aliases_added from app_public.analytics_alias_daily where day between $1 and $2 order by day, source_system, kind",
      params: [from, to],
      graphql: `query AliasesPerDay($from: Date!, $to: Date!) { analyticsAliasDailies(filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }) { groupedAggregates(groupBy: [DAY, SOURCE_SYSTEM, KIND]) { keys sum { aliasesAdded } } } }`,
      variables: { from, to },
    },
    {
      what: "aliases per day, one source system (1 year)",
      sql: "select day, sum(aliases_added) from app_public.analytics_alias_daily where day between $1 and $2 and source_system = $3 group by day order by day",
      params: [from, to, "bci"],
      graphql: `query AliasesPerDayFromSource($from: Date!, $to: Date!, $source: String!) { analyticsAliasDailies(filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to }, sourceSystem: { equalTo: $source } }) { groupedAggregates(groupBy: [DAY]) { keys sum { aliasesAdded } } } }`,
      variables: { from, to, source: "bci" },
    },
    {
      what: "alias totals by source system (1 year)",
      sql: "select source_system, sum(aliases_added) from app_public.analytics_alias_daily where day between $1 and $2 group by source_system",
      params: [from, to],
      graphql: `query AliasTotals($from: Date!, $to: Date!) { analyticsAliasDailies(filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }) { aggregates { sum { aliasesAdded publicAdded } } groupedAggregates(groupBy: [SOURCE_SYSTEM]) { keys sum { aliasesAdded } } } }`,
      variables: { from, to },
    },
    {
      what: "coverage trend (1 year, 100 points)",
      sql: "select day, alias_coverage, identifier_coverage from app_public.analytics_coverage_daily where day between $1 and $2 order by day desc limit 100",
      params: [from, to],
      graphql: `query CoverageTrend($from: Date!, $to: Date!) { analyticsCoverageDailies(filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }, orderBy: DAY_DESC, first: 100) { nodes { day activeEmployers aliasCoverage identifierCoverage } } }`,
      variables: { from, to },
    },
    {
      what: "coverage now and a week ago",
      sql: "select day, alias_coverage, identifier_coverage from app_public.analytics_coverage_daily where day in ($1, $2::date - 7)",
      params: [to, to],
      graphql: `query CoverageNow($to: Date!) { analyticsCoverageDaily(day: $to) { day aliasCoverage identifierCoverage activeEmployers } }`,
      variables: { to },
    },
    {
      what: "conflicts per day (1 year, 100 points)",
      sql: "select * from app_public.analytics_conflict_daily where day between $1 and $2 order by day desc limit 100",
      params: [from, to],
      graphql: `query ConflictsPerDay($from: Date!, $to: Date!) { analyticsConflictDailies(filter: { day: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }, orderBy: DAY_DESC, first: 100) { nodes { day sharedNames unexplainedPairs distinctionsRecorded merges } aggregates { sum { distinctionsRecorded merges unmerges } } } }`,
      variables: { from, to },
    },
    {
      what: "last refresh",
      sql: "select * from app_public.analytics_refreshes order by started_at desc limit 1",
      params: [],
      graphql: `query LastRefresh { analyticsRefreshes(orderBy: STARTED_AT_DESC, first: 1) { nodes { triggeredBy fromDay toDay finishedAt } } }`,
      variables: {},
    },
  ];

  const analyst = await asAnalyst();
  try {
    // The floor: the cheapest statement over the same connection, in the same run.
    results.push({
      what: "baseline: select 1",
      via: "SQL (analyst)",
      summary: await time(() => analyst.query("select 1")),
      rows: 1,
    });
    for (const query of dashboard) {
      let rowCount = 0;
      const summary = await time(async () => {
        rowCount = (await analyst.query(query.sql, query.params)).rowCount ?? 0;
      });
      results.push({ what: query.what, via: "SQL (analyst)", summary, rows: rowCount });
    }
  } finally {
    await analyst.query("rollback");
    analyst.release();
  }

  const graphql = makeGraphQLRuntime({
    authUrl: db.authUrl,
    rootUrl: null,
    jwtSecret: db.runtime.jwtSecret,
    loginTokenMinutes: 60,
    roles,
    logger,
  });
  const http = await makeHttpServer({
    pgl: graphql.pgl,
    ownerPool: db.ownerPool,
    verifier: makeTokenVerifier(db.ownerPool, db.runtime.jwtSecret),
    limits: { maxDepth: 12, maxPageSize: 100, maxCost: 20_000, maxBodyBytes: 100_000 },
    logger,
    serveClient: false,
    exports: { authPool, roles },
  });
  await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", () => resolve()));
  const baseUrl = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
  try {
    const token = await analystToken(db.ownerPool, baseUrl);
    const client = makeGraphQLClient(baseUrl, token, 1);
    try {
      // The floor of the HTTP stack (auth, limits, metrics, grafast) in the same run.
      results.push({
        what: "baseline: { __typename }",
        via: "GraphQL (HTTP)",
        summary: await time(() => client.post("{ __typename }", {})),
      });
      for (const query of dashboard) {
        const summary = await time(() => client.post(query.graphql, query.variables));
        results.push({ what: query.what, via: "GraphQL (HTTP)", summary });
      }
    } finally {
      client.close();
    }

    // Each export's first byte (headers and the first batch), with a one-year range; the rest is not read.
    for (const definition of exportDefinitions) {
      const summary = await time(async () => {
        const controller = new AbortController();
        const response = await fetch(`${baseUrl}/exports/${definition.name}.csv?from=${from}&to=${to}`, {
          headers: { authorization: `Bearer ${token}` },
          signal: controller.signal,
        });
        if (response.status !== 200)
          throw new Error(`${definition.name}: HTTP ${response.status} ${await response.text()}`);
        const reader = response.body!.getReader();
        await reader.read();
        controller.abort();
        await reader.cancel().catch(() => undefined);
      });
      results.push({ what: `export ${definition.name}.csv, first byte (1 year)`, via: "HTTP", summary });
    }
  } finally {
    await http.close(1_000);
    await graphql.release();
  }

  const width = Math.max(...results.map((r) => r.what.length));
  console.log("");
  console.log(`${"query".padEnd(width)}  ${"via".padEnd(14)}  ${"rows".padStart(6)}  p50 ms  p95 ms  max ms  bar`);
  for (const r of results) {
    const ok = r.summary.p95 <= BAR_MS;
    if (!ok) exitCode = 1;
    console.log(
      `${r.what.padEnd(width)}  ${r.via.padEnd(14)}  ${(r.rows === undefined ? "" : String(r.rows)).padStart(6)}  ` +
        `${ms(r.summary.p50).padStart(6)}  ${ms(r.summary.p95).padStart(6)}  ${ms(r.summary.max).padStart(6)}  ${ok ? "ok" : `OVER ${BAR_MS} ms`}`,
    );
  }
  const worst = Math.max(...results.map((r) => r.summary.p95));
  console.log(`\nworst p95 ${ms(worst)} ms (bar ≤ ${BAR_MS} ms each): ${worst <= BAR_MS ? "met" : "NOT met"}`);
  console.log(
    JSON.stringify({
      benchmark: "analytics",
      database: db.name,
      employers: Number(counts.employers),
      aliases: Number(counts.aliases),
      runs,
      refreshSeconds,
      worstP95Ms: Number(worst.toFixed(2)),
      barMs: BAR_MS,
      queries: results.map((r) => ({
        what: r.what,
        via: r.via,
        p50: Number(r.summary.p50.toFixed(2)),
        p95: Number(r.summary.p95.toFixed(2)),
      })),
    }),
  );
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await authPool.end();
  await db.close();
}
process.exit(exitCode);
