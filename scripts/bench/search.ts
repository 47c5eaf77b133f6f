// npm run bench:search [-- --connections 16 --seconds 20]: alias-aware search
// at scale, on the database npm run seed:scale made, with its query mix:
// (a) app_public.search_employers over direct pg connections, then (b) the
// same queries as searchEmployers over HTTP to the real API (a child process,
// whose memory is sampled), in one run. Prints a table, the bars of
// ../shared/docs/benchmarks.md, and a one-line JSON summary.
import { writeFile } from "node:fs/promises";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { type LoadResult, runLoad, summarise, type LatencySummary } from "./load-generator.ts";
import {
  analystToken,
  currentRssMb,
  makeGraphQLClient,
  processCpuSeconds,
  sampleMemory,
  startApi,
  type ApiProcess,
} from "./search-api.ts";
import { QUERY_KINDS, type BenchQuery, type QueryKind } from "../seed/query-mix.ts";
import { migrationsFingerprint, openScaleDatabase } from "../seed/scale-database.ts";
import { sharedBuffersNote, sizeScaleSharedBuffers } from "../seed/scale-shared-buffers.ts";
import { readManifest, readQueryFile, scaleFiles } from "../seed/scale-files.ts";
import { loadConfig } from "../../server/src/config/env.ts";

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
const BARS = { graphqlP95Ms: 30, ratioP95: 1.3, perSecond: 1000, errors: 0, rssMb: 300 };

const SQL = `select employer_id, score, band, method, matched_name
             from app_public.search_employers($1) limit 10`;
const GRAPHQL = `query Search($q: String!) {
  searchEmployers(query: $q, first: 10) { nodes { employerId score band method matchedName } }
}`;

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

const { values } = parseArgs({
  options: {
    connections: { type: "string" },
    seconds: { type: "string" },
    warmup: { type: "string" },
    "max-requests": { type: "string" },
    kinds: { type: "string" },
  },
});
const connections = Math.round(positive(values.connections, 16, "connections"));
const seconds = positive(values.seconds, 20, "seconds");
const warmupSeconds = values.warmup === "0" ? 0 : positive(values.warmup, 3, "warmup");
const maxRequests = Math.round(positive(values["max-requests"], 500_000, "max-requests"));

const manifest = await readManifest();
const queryFile = await readQueryFile();
if (!manifest || manifest.status !== "complete" || !queryFile) {
  console.error("No complete scale seed: run npm run seed:scale -- --employers 100000 (or 1000000) first");
  process.exit(1);
}
// --kinds abn,acn: only some kinds of query (e.g. identifiers, to see the API's own overhead).
const kindFilter = values.kinds ? new Set(values.kinds.split(",").map((k) => k.trim())) : null;
for (const kind of kindFilter ?? []) {
  if (!(QUERY_KINDS as readonly string[]).includes(kind))
    throw new Error(`--kinds: unknown kind "${kind}" (${QUERY_KINDS.join(", ")})`);
}
const queries: BenchQuery[] = queryFile.queries.filter((q) => !kindFilter || kindFilter.has(q.kind));

// As seeded: running migrations/current/ again would re-create the tables (see scale-database.ts).
const db = await openScaleDatabase();
const schemaAsSeeded = manifest.migrations === (await migrationsFingerprint());
let api: ApiProcess | null = null;
const sqlClients: pg.Client[] = [];
let exitCode = 0;
try {
  const employers = Number((await db.ownerPool.query("select count(*) from app_public.employers")).rows[0].count);
  if (manifest.database !== db.name || employers !== manifest.counts?.employers) {
    throw new Error(
      `${db.name} holds ${employers} employers but the seed wrote ${manifest.counts?.employers} ` +
        ": run npm run seed:scale -- --fresh",
    );
  }
  const aliases = manifest.counts?.aliases ?? 0;
  const { rows: versionRows } = await db.ownerPool.query<{ v: string }>(
    "select current_setting('server_version') as v",
  );
  console.log(
    `bench:search on ${db.name}: ${employers.toLocaleString("en-AU")} employers, ${aliases.toLocaleString("en-AU")} aliases, ` +
      `${queries.length} queries${kindFilter ? ` (${[...kindFilter].join(", ")} only)` : ""}; ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per path; ` +
      `PostgreSQL ${versionRows[0]!.v}, ${cpus().length} CPUs, ${sharedBuffersNote(await sizeScaleSharedBuffers(db))}`,
  );

  // The API first, so that its start-up does not overlap the SQL measurement.
  api = await startApi({
    ownerUrl: db.ownerUrl,
    authUrl: db.authUrl,
    jwtSecret: db.runtime.jwtSecret,
    rolePrefix: loadConfig().rolePrefix,
  });
  const token = await analystToken(db.ownerPool, api.baseUrl);
  const idleRssMb = await currentRssMb(api.pid);
  if (!schemaAsSeeded) {
    console.log(
      "note: migrations/ changed since the seed; this run measures the schema and search function as seeded " +
        "(npm run seed:scale -- --fresh to measure the current ones)",
    );
  }
  console.log(`API child pid ${api.pid} at ${api.baseUrl}, ${idleRssMb.toFixed(0)} MB resident when idle`);

  // (a) SQL over direct connections, as the owner (a "system" caller sees what staff see, as the analyst does).
  for (let i = 0; i < connections; i++) {
    const client = new pg.Client({ connectionString: db.ownerUrl, application_name: "bench-search" });
    client.on("error", () => undefined); // reported by the query that fails
    await client.connect();
    await client.query("set statement_timeout = '15s'");
    sqlClients.push(client);
  }
  const topIds = new Map<number, string[]>();
  const sendSql = async (connection: number, item: number) => {
    const { rows } = await sqlClients[connection]!.query<{ employer_id: string; band: string }>({
      name: "bench_search",
      text: SQL,
      values: [queries[item]!.text],
    });
    if (!topIds.has(item))
      topIds.set(
        item,
        rows.map((r) => `${r.employer_id}:${r.band}`),
      );
  };
  const load = { connections, seconds, maxRequests };
  const warm = { connections, seconds: warmupSeconds, maxRequests };
  const half = Math.floor(queries.length / 2);
  if (warmupSeconds > 0) await runLoad(warm, queries.length, sendSql, half);
  // CPU of this process (the load generator) and of the API child: all share the machine's cores with PostgreSQL.
  const cpuBefore = process.cpuUsage();
  const sql = await runLoad(load, queries.length, sendSql);
  const sqlClientCpu = cpuShare(process.cpuUsage(cpuBefore), sql.seconds);
  console.log(`  SQL: ${sql.requests} searches in ${sql.seconds.toFixed(1)} s`);

  // (b) GraphQL over HTTP to the child process, the same queries in the same order.
  const gql = makeGraphQLClient(api.baseUrl, token, connections);
  const sendGraphQL = async (_connection: number, item: number) => {
    const data = await gql.post<{ searchEmployers: { nodes: unknown[] } | null }>(GRAPHQL, { q: queries[item]!.text });
    if (!data.searchEmployers) throw new Error("searchEmployers was null");
  };
  if (warmupSeconds > 0) await runLoad(warm, queries.length, sendGraphQL, half);
  const memory = sampleMemory(api.pid);
  const gqlCpuBefore = process.cpuUsage();
  const apiCpuBefore = await processCpuSeconds(api.pid);
  const graphql = await runLoad(load, queries.length, sendGraphQL);
  const graphqlClientCpu = cpuShare(process.cpuUsage(gqlCpuBefore), graphql.seconds);
  const apiCpu = ((await processCpuSeconds(api.pid)) - apiCpuBefore) / graphql.seconds;
  const rss = await memory.stop();
  gql.close();
  console.log(`  GraphQL: ${graphql.requests} searches in ${graphql.seconds.toFixed(1)} s`);

  const cpu = { sqlClient: sqlClientCpu, graphqlClient: graphqlClientCpu, api: apiCpu };
  const detail = report({ employers, aliases, sql, graphql, rss, idleRssMb, topIds, cpu });
  await writeFile(join(scaleFiles().dir, "search-last-run.json"), JSON.stringify(detail, null, 1) + "\n");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (api) console.error(`API output:\n${api.output()}`);
  exitCode = 1;
} finally {
  await Promise.all(sqlClients.map((c) => c.end().catch(() => undefined)));
  if (api) await api.stop();
  await db.close();
}
process.exitCode = exitCode;

// --- Reporting ---------------------------------------------------------------

/** Cores busy on average: CPU time over wall time. */
function cpuShare(usage: NodeJS.CpuUsage, seconds: number): number {
  return (usage.user + usage.system) / 1e6 / seconds;
}

function byKind(result: LoadResult): Map<QueryKind, LatencySummary> {
  const groups = new Map<QueryKind, number[]>();
  result.latencies.forEach((ms, i) => {
    const kind = queries[result.items[i]!]!.kind;
    const list = groups.get(kind) ?? [];
    list.push(ms);
    groups.set(kind, list);
  });
  return new Map(QUERY_KINDS.filter((k) => groups.has(k)).map((k) => [k, summarise(groups.get(k)!)]));
}

/** The queries with the highest median latency, per kind: candidates for EXPLAIN. */
function slowest(
  result: LoadResult,
  perKind: number,
): Array<{ kind: QueryKind; text: string; medianMs: number; n: number }> {
  const perItem = new Map<number, number[]>();
  result.latencies.forEach((ms, i) => {
    const list = perItem.get(result.items[i]!) ?? [];
    list.push(ms);
    perItem.set(result.items[i]!, list);
  });
  const rows = [...perItem.entries()].map(([item, list]) => ({
    kind: queries[item]!.kind,
    text: queries[item]!.text,
    medianMs: summarise(list).p50,
    n: list.length,
  }));
  return QUERY_KINDS.flatMap((kind) =>
    rows
      .filter((r) => r.kind === kind)
      .sort((a, b) => b.medianMs - a.medianMs)
      .slice(0, perKind),
  );
}

function report(run: {
  employers: number;
  aliases: number;
  sql: LoadResult;
  graphql: LoadResult;
  rss: { peakMb: number; hwmMb: number; samples: number };
  idleRssMb: number;
  topIds: Map<number, string[]>;
  cpu: { sqlClient: number; graphqlClient: number; api: number };
}): Record<string, unknown> {
  const { sql, graphql, rss } = run;
  const s = summarise(sql.latencies);
  const g = summarise(graphql.latencies);
  const ratio = g.p95 / s.p95;
  console.log("");
  console.log(
    `| path (${connections} connections) | searches | per second | p50 ms | p95 ms | p99 ms | max ms | errors |`,
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, result, summary] of [
    ["SQL: search_employers over pg", sql, s],
    ["GraphQL: searchEmployers over HTTP", graphql, g],
  ] as const) {
    console.log(
      `| ${name} | ${result.requests} | ${result.perSecond.toFixed(0)} | ${ms(summary.p50)} | ${ms(summary.p95)} | ` +
        `${ms(summary.p99)} | ${ms(summary.max)} | ${result.errors} |`,
    );
  }
  console.log("");
  console.log(`GraphQL ÷ SQL p95: ${ratio.toFixed(2)}`);
  console.log(
    `API process RSS: peak ${rss.peakMb.toFixed(0)} MB during the GraphQL load (${rss.samples} samples of /proc/<pid>/status VmRSS), ` +
      `${run.idleRssMb.toFixed(0)} MB idle before, VmHWM ${rss.hwmMb.toFixed(0)} MB`,
  );
  console.log(
    `CPU (cores busy): load generator ${run.cpu.sqlClient.toFixed(2)} during SQL, ${run.cpu.graphqlClient.toFixed(2)} during GraphQL; ` +
      `API process ${run.cpu.api.toFixed(2)} during GraphQL (of ${cpus().length} cores, shared with PostgreSQL)`,
  );
  for (const [name, result] of [
    ["SQL", sql],
    ["GraphQL", graphql],
  ] as const) {
    if (result.errors) console.log(`${name} errors (first few): ${result.errorSamples.join(" | ")}`);
  }

  // Per kind: where the time goes, and whether the queries find what they were made from.
  const sqlKinds = byKind(sql);
  const gqlKinds = byKind(graphql);
  const quality = new Map<QueryKind, { n: number; top1: number; top10: number; any: number; auto: number }>();
  for (const [item, ids] of run.topIds) {
    const query = queries[item]!;
    const q = quality.get(query.kind) ?? { n: 0, top1: 0, top10: 0, any: 0, auto: 0 };
    q.n++;
    if (ids.length) q.any++;
    if (ids[0]?.endsWith(":auto")) q.auto++;
    if (query.expect !== null) {
      const found = ids.findIndex((id) => id.startsWith(`${query.expect}:`));
      if (found === 0) q.top1++;
      if (found >= 0) q.top10++;
    }
    quality.set(query.kind, q);
  }
  console.log("");
  console.log(
    "| kind | share | SQL p50 | SQL p95 | GraphQL p50 | GraphQL p95 | found first | in top 10 | any result | auto band |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const kind of QUERY_KINDS) {
    const a = sqlKinds.get(kind);
    const b = gqlKinds.get(kind);
    const q = quality.get(kind);
    const share = queries.filter((x) => x.kind === kind).length / queries.length;
    const pct = (v: number | undefined) => (q && q.n && v !== undefined ? `${((100 * v) / q.n).toFixed(0)}%` : "-");
    const expects = kind !== "no_match" && kind !== "common_words";
    console.log(
      `| ${kind} | ${(100 * share).toFixed(0)}% | ${ms(a?.p50 ?? NaN)} | ${ms(a?.p95 ?? NaN)} | ${ms(b?.p50 ?? NaN)} | ` +
        `${ms(b?.p95 ?? NaN)} | ${expects ? pct(q?.top1) : "-"} | ${expects ? pct(q?.top10) : "-"} | ${pct(q?.any)} | ${pct(q?.auto)} |`,
    );
  }
  const slow = slowest(sql, 3);
  console.log("");
  console.log("Slowest queries by median SQL latency (3 per kind):");
  for (const row of slow)
    console.log(`  ${row.kind.padEnd(12)} ${ms(row.medianMs).padStart(7)} ms  ${JSON.stringify(row.text)}`);

  const bars = {
    graphqlP95: g.p95 <= BARS.graphqlP95Ms,
    ratioP95: ratio <= BARS.ratioP95,
    perSecond: graphql.perSecond >= BARS.perSecond,
    errors: sql.errors + graphql.errors === BARS.errors,
    rss: rss.peakMb <= BARS.rssMb,
  };
  console.log("");
  console.log(
    `bars: GraphQL p95 ≤ ${BARS.graphqlP95Ms} ms ${bars.graphqlP95 ? "met" : "MISSED"}; ` +
      `ratio ≤ ${BARS.ratioP95} ${bars.ratioP95 ? "met" : "MISSED"}; ` +
      `≥ ${BARS.perSecond} searches/s ${bars.perSecond ? "met" : "MISSED"}; ` +
      `0 errors ${bars.errors ? "met" : "MISSED"}; RSS ≤ ${BARS.rssMb} MB ${bars.rss ? "met" : "MISSED"}`,
  );

  const summary = (r: LoadResult, x: LatencySummary) => ({
    searches: r.requests,
    perSecond: Math.round(r.perSecond),
    p50: +x.p50.toFixed(2),
    p95: +x.p95.toFixed(2),
    p99: +x.p99.toFixed(2),
    errors: r.errors,
  });
  const detail = {
    database: db.name,
    employers: run.employers,
    aliases: run.aliases,
    connections,
    seconds,
    sql: summary(sql, s),
    graphql: summary(graphql, g),
    perKind: Object.fromEntries(
      QUERY_KINDS.map((k) => [k, { sql: sqlKinds.get(k), graphql: gqlKinds.get(k), quality: quality.get(k) }]),
    ),
    slowest: slow,
  };
  console.log(
    JSON.stringify({
      benchmark: "search",
      employers: run.employers,
      aliases: run.aliases,
      queries: queries.length,
      kinds: kindFilter ? [...kindFilter] : "all",
      connections,
      seconds,
      schemaAsSeeded,
      sql: summary(sql, s),
      graphql: summary(graphql, g),
      ratioP95: +ratio.toFixed(2),
      apiPeakRssMb: Math.round(rss.peakMb),
      cpuCores: {
        sqlLoadGenerator: +run.cpu.sqlClient.toFixed(2),
        graphqlLoadGenerator: +run.cpu.graphqlClient.toFixed(2),
        api: +run.cpu.api.toFixed(2),
      },
      bars,
      pass: Object.values(bars).every(Boolean),
    }),
  );
  return detail;
}
