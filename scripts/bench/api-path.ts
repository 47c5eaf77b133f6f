// npm run bench:api-path: where the API's own CPU goes per GraphQL request.
// The real API runs as a child process (twice: token cache off, then on); the
// load comes from this process over keep-alive connections, and the figure is
// the child's CPU time (user + system, /proc/<pid>/stat) divided by the
// requests it served. Each step adds one layer to the one before:
//   1. anonymous { __typename }          HTTP, body parse, limits, grafast (no database)
//   2. API token { __typename }          + the token check (a database look-up unless cached)
//   3. API token, one row by id          + a transaction with the caller's role settings
//   4. API token, searchEmployers exact  + the matcher (its database time is not in this figure)
// CPU time counts only the API process's own work, so it moves less with the
// machine's load than latency does; the load average is printed anyway.
import { loadavg } from "node:os";
import { openBenchDatabase } from "./bench-database.ts";
import { runLoad, summarise } from "./load-generator.ts";
import { makeGraphQLClient, processCpuSeconds, sampleMemory, startApi } from "./search-api.ts";

const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const connections = 8;

const steps: Array<{ name: string; token: boolean; query: string }> = [
  { name: "1 anonymous __typename", token: false, query: "{ __typename }" },
  { name: "2 + token check", token: true, query: "{ __typename }" },
  {
    name: "3 + transaction as the caller",
    token: true,
    query: "query($id: BigInt!) { employer(rowId: $id) { name } }",
  },
  {
    name: "4 + searchEmployers (exact)",
    token: true,
    query: "query($q: String!) { searchEmployers(query: $q, first: 5) { nodes { employerId score band } } }",
  },
];

const db = await openBenchDatabase("apipath", { fresh: true });
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(" ");
try {
  await db.ownerPool.query(`
    insert into app_public.employers (name)
    select 'Bench Employer ' || to_char(i, 'FM00000') || ' Constructions Pty Ltd' from generate_series(1, 2000) i`);
  const { rows: employerRows } = await db.ownerPool.query<{ id: string; name: string }>(
    "select id::text, name from app_public.employers order by id limit 200",
  );
  const client = await db.ownerPool.connect();
  let secret: string;
  try {
    await client.query("select set_config('app.role', 'operator', false)");
    const issued = await client.query<{ secret: string }>(
      "select (app_public.issue_api_token('api path bench', 'api_client', now() + interval '1 day')).secret",
    );
    secret = issued.rows[0]!.secret;
  } finally {
    client.release();
  }

  // Progress on stderr as it goes (the tables come at the end): a run takes minutes.
  const started = performance.now();
  const progress = (what: string) =>
    console.error(`api-path +${((performance.now() - started) / 1000).toFixed(0)} s: ${what}`);
  progress("registry and token ready");
  const results: Array<Record<string, string | number>> = [];
  const peakRss: Record<string, number> = {};
  // V8's young generation: Node 24 sizes it from the machine's memory, and on a
  // large machine it lets the API grow by ~150 MB of short-lived garbage.
  // The request limiter stays on (its look-up is part of a request's cost), with limits no bench reaches:
  // at the defaults (anonymous 2/s, an API token 10/s) nearly every request of a step was refused with 429.
  const unlimited = Object.fromEntries(
    ["ANONYMOUS_RATE", "API_TOKEN_RATE"].flatMap((prefix) => [
      [`${prefix}_PER_SECOND`, "100000"],
      [`${prefix}_BURST`, "1000000"],
      [`${prefix}_PER_DAY`, "1000000000"],
    ]),
  );
  const configurations: Array<{ name: string; env: Record<string, string>; nodeFlags: string[] }> = [
    { name: "cache off, V8 default", env: { TOKEN_CACHE_SECONDS: "0" }, nodeFlags: [] },
    { name: "cache 5s, V8 default", env: { TOKEN_CACHE_SECONDS: "5" }, nodeFlags: [] },
    { name: "cache 5s, semi-space 8 MB", env: { TOKEN_CACHE_SECONDS: "5" }, nodeFlags: ["--max-semi-space-size=8"] },
    { name: "cache 5s, semi-space 16 MB", env: { TOKEN_CACHE_SECONDS: "5" }, nodeFlags: ["--max-semi-space-size=16"] },
  ];
  for (const configuration of configurations) {
    const api = await startApi({
      ownerUrl: db.ownerUrl,
      authUrl: db.authUrl,
      jwtSecret: db.runtime.jwtSecret,
      rolePrefix: db.runtime.roles.visitors.anonymous.replace(/anonymous$/, ""),
      env: { ...unlimited, ...configuration.env },
      nodeFlags: configuration.nodeFlags,
    });
    progress(`${configuration.name}: API started`);
    const memory = sampleMemory(api.pid);
    try {
      for (const step of steps) {
        const gql = makeGraphQLClient(api.baseUrl, step.token ? secret : "", connections);
        const variables = (i: number) => {
          const employer = employerRows[i % employerRows.length]!;
          return { id: employer.id, q: employer.name };
        };
        try {
          // Warm-up: JIT, plan caches, pool connections.
          await runLoad({ connections, seconds: 60, maxRequests: 300 }, employerRows.length, (_c, i) =>
            gql.post(step.query, variables(i)).then(() => undefined),
          );
          const cpuBefore = await processCpuSeconds(api.pid);
          const result = await runLoad(
            { connections, seconds: 120, maxRequests: requests },
            employerRows.length,
            (_c, i) => gql.post(step.query, variables(i)).then(() => undefined),
          );
          const cpu = (await processCpuSeconds(api.pid)) - cpuBefore;
          const latency = summarise(result.latencies);
          progress(`${configuration.name}, ${step.name}: ${result.requests} requests, ${result.errors} errors`);
          results.push({
            api: configuration.name,
            step: step.name,
            requests: result.requests,
            errors: result.errors,
            api_cpu_ms_per_request: Number(((cpu * 1000) / result.requests).toFixed(3)),
            per_s: Math.round(result.perSecond),
            p50_ms: Number(latency.p50.toFixed(2)),
            p95_ms: Number(latency.p95.toFixed(2)),
          });
        } finally {
          gql.close();
        }
      }
      const peak = await memory.stop();
      peakRss[configuration.name] = Math.round(peak.peakMb);
    } finally {
      await api.stop();
    }
  }
  console.log(
    `bench:api-path — ${requests} requests per step, ${connections} connections, load average at start ${load}`,
  );
  console.table(results);
  console.log(`API peak RSS (MB): ${JSON.stringify(peakRss)}`);
  console.log(JSON.stringify({ bench: "api-path", load, requests, results, peakRssMb: peakRss }));
} finally {
  await db.close();
}
