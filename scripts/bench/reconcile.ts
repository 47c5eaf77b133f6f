// npm run bench:reconcile: one 500-name reconciliation batch against 500
// searchEmployers calls over one connection, in the same run, on a generated
// registry (default 20,000 employers). Also 50 OpenRefine-sized batches of 10
// and the bare SQL function over one database connection, for reference.
// Prints a table and a one-line JSON summary; the bar is batch / GraphQL ≤ 1.5.
import "../../server/src/cli/graphile-env.ts";
import { cpus, loadavg } from "node:os";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import pg from "pg";
import { pino } from "pino";
import { pgSettingsFor } from "../../server/src/auth/pg-settings.ts";
import { makeTokenVerifier } from "../../server/src/auth/verify-token.ts";
import { withDatabase } from "../../server/src/db/bootstrap.ts";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import { makeGraphQLRuntime } from "../../server/src/graphql/postgraphile.ts";
import { makeHttpServer } from "../../server/src/http/app.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { advanceIdentitySequences, loadChunk, makeLoaderPool } from "../seed/bulk-load.ts";
import { QueryMixBuilder } from "../seed/query-mix.ts";
import { makeRandom } from "../seed/random.ts";
import { generateRegistry } from "../seed/registry-generator.ts";
import { makeVocabulary } from "../seed/vocabulary.ts";

const { values } = parseArgs({
  options: {
    employers: { type: "string", default: "20000" },
    names: { type: "string", default: "500" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
  },
});
const employers = Number(values.employers);
const names = Number(values.names);
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
const load = loadavg()
  .map((v) => v.toFixed(2))
  .join(" ");
console.log(
  `bench:reconcile: ${names} names against ${employers} employers, ${runs} run(s), load average ${load} (${cpus().length} cores)`,
);

const db = await openBenchDatabase("reconcile", { fresh: true });
const loader = makeLoaderPool(withDatabase(db.runtime.rootUrl!, db.name), 2);
const logger = pino({ level: "warn" });
const authPool = tolerateShutdown(new pg.Pool({ connectionString: db.authUrl, max: 4 }));
let texts: string[] = [];
try {
  const normalizerVersion = Number((await db.ownerPool.query("select app_hidden.normalizer_version() as v")).rows[0].v);
  const random = makeRandom(seed);
  const vocabulary = makeVocabulary(random);
  const mix = new QueryMixBuilder(random.fork("queries"), vocabulary, names);
  for (const chunk of generateRegistry({
    employers,
    chunkSize: 5000,
    random: random.fork("registry"),
    vocabulary,
    onEmployer: (profile) => mix.consider(profile),
  })) {
    await loadChunk(loader, chunk, normalizerVersion);
  }
  await advanceIdentitySequences(loader);
  await loader.query("select app_hidden.rebuild_search_index()");
  await loader.query("vacuum (analyze)");
  texts = mix
    .build()
    .map((q) => q.text)
    .slice(0, names);
} finally {
  await loader.end();
}

const roles = db.runtime.roles;
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
  limits: {
    maxDepth: 12,
    maxPageSize: 100,
    maxCost: 20_000,
    maxBodyBytes: 100_000,
    maxFields: 500,
    maxSearches: 10,
    maxGroups: 1_000,
  },
  logger,
  serveClient: false,
  callerPool: { authPool, roles },
  reconcile: { maxBatch: Math.max(names, 10) },
});
await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", () => resolve()));
const baseUrl = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;

const issued = await db.ownerPool.query<{ secret: string; token_id: string }>(
  "select (t).secret, (t).token_id::text from (select app_public.issue_api_token('bench') as t) x",
);
const token = issued.rows[0]!.secret;
const headers = { authorization: `Bearer ${token}` };
const SEARCH = `query Search($q: String!) { searchEmployers(query: $q, first: 5) {
  nodes { employerId score band method matchedName explanation employer { name } } } }`;

async function graphqlOneByOne(): Promise<void> {
  // fetch keeps one connection alive and reuses it for requests sent one after another.
  for (const q of texts) {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ query: SEARCH, variables: { q } }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  }
}
async function sqlOneByOne(): Promise<void> {
  const client = await authPool.connect();
  try {
    await client.query("begin");
    const identity = {
      role: "api_client" as const,
      userId: null,
      username: null,
      apiTokenId: issued.rows[0]!.token_id,
    };
    await client.query("select set_config(key, value, true) from json_each_text($1::json)", [
      JSON.stringify(pgSettingsFor(identity, roles)),
    ]);
    for (const q of texts) await client.query("select * from app_public.search_employers($1) limit 5", [q]);
    await client.query("commit");
  } finally {
    client.release();
  }
}
async function reconcile(batchSize: number): Promise<void> {
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = Object.fromEntries(texts.slice(start, start + batchSize).map((q, i) => [`q${i}`, { query: q }]));
    const response = await fetch(`${baseUrl}/reconcile`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ queries: JSON.stringify(batch) }).toString(),
    });
    if (response.status !== 200) throw new Error(`reconcile answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  }
}

const kinds: Array<[string, () => Promise<void>]> = [
  [`${names} searchEmployers calls (GraphQL, one connection)`, graphqlOneByOne],
  [`one reconciliation batch of ${names}`, () => reconcile(names)],
  [`${Math.ceil(names / 10)} reconciliation batches of 10 (OpenRefine)`, () => reconcile(10)],
  [`${names} search_employers calls (SQL, one connection)`, sqlOneByOne],
];
const times = new Map<string, number[]>(kinds.map(([k]) => [k, []]));
try {
  // Warm-up: plans, caches, the schema.
  for (const [, run] of kinds) await run();
  for (let r = 0; r < runs; r++) {
    for (const [kind, run] of kinds) {
      const started = performance.now();
      await run();
      times.get(kind)!.push(performance.now() - started);
    }
  }
} finally {
  await http.close(1000);
  await graphql.release();
  await authPool.end();
  await db.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log("\n| what | median ms | runs (ms) |\n|---|---:|---|");
for (const [kind] of kinds) {
  const xs = times.get(kind)!;
  console.log(`| ${kind} | ${median(xs).toFixed(0)} | ${xs.map((x) => x.toFixed(0)).join(", ")} |`);
}
const graphqlMs = median(times.get(kinds[0]![0])!);
const batchMs = median(times.get(kinds[1]![0])!);
const tensMs = median(times.get(kinds[2]![0])!);
const sqlMs = median(times.get(kinds[3]![0])!);
const summary = {
  bench: "reconcile",
  employers,
  names,
  runs,
  loadAverage: load,
  graphqlMs: Math.round(graphqlMs),
  batchMs: Math.round(batchMs),
  batchesOf10Ms: Math.round(tensMs),
  sqlMs: Math.round(sqlMs),
  batchOverGraphql: Number((batchMs / graphqlMs).toFixed(2)),
  batchOverSql: Number((batchMs / sqlMs).toFixed(2)),
  bar: "batchOverGraphql <= 1.5",
};
console.log(`\nbatch / GraphQL: ${summary.batchOverGraphql} (bar ≤ 1.5); batch / SQL: ${summary.batchOverSql}`);
console.log(JSON.stringify(summary));
