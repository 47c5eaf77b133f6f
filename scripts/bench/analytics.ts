// npm run bench:analytics [-- --runs 50] [--skip-refresh] [--with-promotion-backlog]: every
// analytics dashboard query and each CSV export's first byte, at the scale npm
// run seed:scale made (100k or 1M employers; SCALE_DATABASE=<name> for another
// copy), against the bar of ../shared/docs/benchmarks.md (≤ 50 ms each).
// In one run: (1) applies committed migrations the scale database lacks and
// times the refresh: a full rebuild (what every refresh
// used to do), the hourly incremental one with nothing changed, and the hourly
// one after an hour's worth of changes (made and rolled back in one
// transaction); (2) times each dashboard query as SQL over a direct connection
// as the analyst role, and as GraphQL through the real HTTP stack (in this
// process); (3) times each export's first byte. Prints a table and a JSON line.
import "../../server/src/cli/graphile-env.ts";
import type { AddressInfo } from "node:net";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { pino } from "pino";
import { loadConfig } from "../../server/src/config/env.ts";
import { makeTokenVerifier } from "../../server/src/auth/verify-token.ts";
import { releaseMigrationPools, runMigrations } from "../../server/src/db/migrations.ts";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import { exportDefinitions } from "../../server/src/exports/export-definitions.ts";
import { makeGraphQLRuntime } from "../../server/src/graphql/postgraphile.ts";
import { makeHttpServer } from "../../server/src/http/app.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { openScaleDatabase } from "../seed/scale-database.ts";
import { readManifest } from "../seed/scale-files.ts";
import { summarise, type LatencySummary } from "./load-generator.ts";
import { analystToken, makeGraphQLClient } from "./search-api.ts";

const BAR_MS = 50;

/** The queries the steward client's analytics page sends (client/src/graphql/Analytics*.graphql). */
async function clientAnalyticsDocuments(): Promise<Array<{ name: string; text: string }>> {
  const folder = join(repoRoot, "client", "src", "graphql");
  const names = (await readdir(folder)).filter((name) => /^Analytics.*\.graphql$/.test(name)).sort();
  const documents = await Promise.all(
    names.map(async (name) => ({
      name: name.replace(/\.graphql$/, ""),
      text: await readFile(join(folder, name), "utf8"),
    })),
  );
  return documents.filter((document) => /^\s*query\b/m.test(document.text));
}
const { values } = parseArgs({
  options: {
    runs: { type: "string" },
    "skip-refresh": { type: "boolean" },
    "with-promotion-backlog": { type: "boolean" },
  },
});
const runs = Math.max(5, Number(values.runs ?? 50) || 50);
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");

const manifest = await readManifest();
// A copy named by SCALE_DATABASE is taken as it is (the manifest describes the seed in progress or last made).
if (!process.env.SCALE_DATABASE && (!manifest || manifest.status !== "complete")) {
  console.error("No complete scale seed: run npm run seed:scale -- --employers 100000 (or 1000000) first");
  process.exit(1);
}

const db = await openScaleDatabase();
const roles = db.runtime.roles;
const logger = pino({ level: "warn" });
const authPool = tolerateShutdown(new pg.Pool({ connectionString: db.authUrl, max: 4 }));
let exitCode = 0;

/**
 * Applies the committed migrations the scale database lacks (a seed made before migration 000005 has no
 * incremental analytics). The seed keeps its data; the first refresh after it is a full rebuild.
 */
async function applyPendingMigrations(): Promise<boolean> {
  const applied = async () =>
    Number(
      (await db.ownerPool.query<{ n: string }>("select count(*) as n from graphile_migrate.migrations")).rows[0]!.n,
    );
  const before = await applied();
  await runMigrations({ ownerUrl: db.ownerUrl, rootUrl: null, roles });
  await releaseMigrationPools();
  const after = await applied();
  if (after > before) console.log(`applied ${after - before} committed migration(s) to ${db.name}`);
  return after > before;
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

interface RefreshTiming {
  what: string;
  seconds: number;
  mode: string;
  employersRecomputed: number;
  daysRecomputed: number;
  stepMs: Record<string, number>;
}

/** One refresh as the operator would run it, with what it did and how long each step took. */
async function refreshOnce(client: pg.PoolClient | pg.Pool, what: string, rebuild: boolean): Promise<RefreshTiming> {
  const started = performance.now();
  const { rows } = await client.query<{
    mode: string;
    employers_recomputed: number;
    days_recomputed: number;
    step_ms: Record<string, number>;
  }>(
    "select mode, employers_recomputed, days_recomputed, step_ms from app_hidden.refresh_analytics_rollups(null, null, 'operator', $1)",
    [rebuild],
  );
  const r = rows[0]!;
  return {
    what,
    seconds: (performance.now() - started) / 1000,
    mode: r.mode,
    employersRecomputed: r.employers_recomputed,
    daysRecomputed: r.days_recomputed,
    stepMs: r.step_ms,
  };
}

// An hour of a busy registry, on random employers: aliases added (half of them
// dated back onto old days, as an import of historical names would), employers
// archived and registered, identifiers added, distinctions recorded.
const HOUR_OF_CHANGES = `
  with picked as (
    select e.id, row_number() over () as n from app_public.employers e
    where e.status = 'active' and e.id % 97 = 13 limit 1000
  ), added as (
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, added_at)
      select p.id, 'Bench Hour Alias ' || p.n, 'trading', 'public', 'manual',
             case when p.n % 2 = 0 then now() - (p.n % 365) * interval '1 day' else now() end
      from picked p
    returning id
  ), archived as (
    update app_public.employers e set status = 'archived' from picked p where p.id = e.id and p.n <= 100
    returning e.id
  ), identified as (
    insert into app_public.employer_identifiers (employer_id, scheme, value, source_system)
      select p.id, 'ref', 'bench-hour-' || p.n, 'manual' from picked p where p.n between 101 and 300
    returning id
  )
  select (select count(*) from added) as aliases, (select count(*) from archived) as archived,
         (select count(*) from identified) as identifiers`;

/** Full rebuild, hourly with nothing changed, hourly after an hour of changes (rolled back). */
async function timeRefreshes(): Promise<RefreshTiming[]> {
  // The backlog snapshot runs the whole promotion queue (its own cost, docs/PROMOTION.md);
  // unless asked, it is left out by switching canonical_promotion off for the timings.
  const promotion = await db.ownerPool.query<{ is_enabled: boolean }>(
    "select is_enabled from app_public.feature_switches where key = 'canonical_promotion'",
  );
  const wasEnabled = promotion.rows[0]?.is_enabled ?? false;
  if (!values["with-promotion-backlog"] && wasEnabled)
    await db.ownerPool.query(
      "update app_public.feature_switches set is_enabled = false where key = 'canonical_promotion'",
    );
  const timings: RefreshTiming[] = [];
  try {
    timings.push(await refreshOnce(db.ownerPool, "full rebuild (all of history)", true));
    timings.push(await refreshOnce(db.ownerPool, "hourly, nothing changed", false));
    const client = await db.ownerPool.connect();
    try {
      await client.query("begin");
      const started = performance.now();
      const made = (await client.query(HOUR_OF_CHANGES)).rows[0];
      const changeSeconds = (performance.now() - started) / 1000;
      timings.push(
        await refreshOnce(
          client,
          `hourly, after ${made.aliases} aliases (half on old days), ${made.archived} archives, ` +
            `${made.identifiers} identifiers (made in ${changeSeconds.toFixed(2)} s)`,
          false,
        ),
      );
      timings.push(await refreshOnce(client, "full rebuild after the same changes", true));
    } finally {
      await client.query("rollback");
      client.release();
    }
    // The rollback left the state as the first rebuild made it.
  } finally {
    if (!values["with-promotion-backlog"] && wasEnabled)
      await db.ownerPool.query(
        "update app_public.feature_switches set is_enabled = true where key = 'canonical_promotion'",
      );
  }
  await db.ownerPool.query(
    "analyze app_public.analytics_alias_daily, app_public.analytics_coverage_daily, app_public.analytics_conflict_daily",
  );
  console.log(
    "\nrefresh                                                              seconds  mode         employers  days  steps (ms)",
  );
  for (const t of timings)
    console.log(
      `${t.what.padEnd(68)} ${t.seconds.toFixed(2).padStart(8)}  ${t.mode.padEnd(11)} ${String(t.employersRecomputed).padStart(10)} ${String(t.daysRecomputed).padStart(5)}  ${JSON.stringify(t.stepMs)}`,
    );
  return timings;
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
  const reinstalled = await applyPendingMigrations();
  const refreshes: RefreshTiming[] = [];
  if (reinstalled || !values["skip-refresh"]) refreshes.push(...(await timeRefreshes()));
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
      what: "dashboard summary (1 year, every figure)",
      sql: "select app_public.analytics_dashboard($1, $2)",
      params: [from, to],
      graphql: `query Dashboard($from: Date!, $to: Date!) { analyticsDashboard(fromDay: $from, toDay: $to) }`,
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
    limits: loadConfig({}).limits,
    logger,
    serveClient: false,
    callerPool: { authPool, roles },
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
      // The steward client's own analytics page, document by document as it sends them, for a year
      // (the page allows at most 400 days).
      for (const document of await clientAnalyticsDocuments()) {
        const summary = await time(() => client.post(document.text, { from, to }));
        results.push({ what: `client: ${document.name} (1 year)`, via: "GraphQL (HTTP)", summary });
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
      refreshes: refreshes.map((r) => ({
        what: r.what,
        seconds: Number(r.seconds.toFixed(2)),
        mode: r.mode,
        employersRecomputed: r.employersRecomputed,
        stepMs: r.stepMs,
      })),
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
