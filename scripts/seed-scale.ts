// npm run seed:scale -- --employers N [--fresh] [--seed S]: a registry that
// looks like the real one, at scale, in the database employer_registry_scale
// (kept between runs; --fresh recreates it), and the benchmark's query mix in
// .data/bench/. Same seed and N, same data. See docs/benchmarks/search.md.
import { parseArgs } from "node:util";
import { openBenchDatabase } from "./bench/bench-database.ts";
import { sharedBuffersNote, sizeScaleSharedBuffers } from "./seed/scale-shared-buffers.ts";
import { withDatabase } from "../server/src/db/bootstrap.ts";
import {
  REGISTRY_TABLES,
  SEARCH_TABLES,
  advanceIdentitySequences,
  createIndexes,
  dropIndexes,
  integrityProblems,
  loadChunk,
  makeLoaderPool,
  secondaryIndexes,
  tableCounts,
  tolerateShutdown,
  letMigrationPoolsClose,
} from "./seed/bulk-load.ts";
import { QueryMixBuilder } from "./seed/query-mix.ts";
import { makeRandom } from "./seed/random.ts";
import { generateRegistry, type Chunk } from "./seed/registry-generator.ts";
import { migrationsFingerprint } from "./seed/scale-database.ts";
import { SCALE_SUFFIX, readManifest, scaleFiles, writeManifest, writeQueryFile } from "./seed/scale-files.ts";
import { makeVocabulary } from "./seed/vocabulary.ts";

function positiveInt(value: string | undefined, fallback: number, name: string, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}

const { values } = parseArgs({
  options: {
    employers: { type: "string" },
    seed: { type: "string" },
    fresh: { type: "boolean", default: false },
    queries: { type: "string" },
    workers: { type: "string" },
    "chunk-size": { type: "string" },
  },
});
const employers = positiveInt(values.employers, 100_000, "employers", 5_000_000);
const seed = positiveInt(values.seed, 1, "seed", 2 ** 31);
const queryCount = positiveInt(values.queries, 4000, "queries", 100_000);
const workers = positiveInt(values.workers, 2, "workers", 16);
const chunkSize = positiveInt(values["chunk-size"], 5000, "chunk-size", 100_000);

const fmt = (n: number) => n.toLocaleString("en-AU");
const started = performance.now();
const seconds: Record<string, number> = {};
let phaseStarted = performance.now();
function phase(name: string): void {
  const now = performance.now();
  seconds[name] = Math.round((now - phaseStarted) / 100) / 10;
  console.log(`  ${name}: ${seconds[name]} s`);
  phaseStarted = now;
}

console.log(`seed:scale: ${fmt(employers)} employers, seed ${seed}${values.fresh ? ", fresh database" : ""}`);
const migrations = await migrationsFingerprint();
const db = await openBenchDatabase(SCALE_SUFFIX, { fresh: values.fresh });
tolerateShutdown(db.ownerPool);
const loader = makeLoaderPool(withDatabase(db.runtime.rootUrl!, db.name), workers);
let exitCode = 0;
try {
  phase("open and migrate");
  const existing = Number((await db.ownerPool.query("select count(*) from app_public.employers")).rows[0].count);
  if (existing > 0) {
    const manifest = await readManifest();
    if (
      manifest?.status === "complete" &&
      manifest.database === db.name &&
      manifest.seed === seed &&
      manifest.employers === employers &&
      manifest.counts?.employers === existing
    ) {
      console.log(`${db.name} already holds this seed (${fmt(existing)} employers): nothing to do (--fresh reseeds)`);
    } else {
      console.error(
        `${db.name} already holds ${fmt(existing)} employers from another or unfinished seed: run with --fresh to recreate it`,
      );
      exitCode = 1;
    }
  } else {
    await writeManifest({ database: db.name, seed, employers, status: "loading", migrations });
    const normalizerVersion = Number(
      (await db.ownerPool.query("select app_hidden.normalizer_version() as v")).rows[0].v,
    );
    const registryIndexes = await secondaryIndexes(loader, REGISTRY_TABLES);
    const searchIndexes = await secondaryIndexes(loader, SEARCH_TABLES);
    await dropIndexes(loader, [...registryIndexes, ...searchIndexes]);
    phase("drop secondary indexes");

    const random = makeRandom(seed);
    const vocabulary = makeVocabulary(random);
    const queries = new QueryMixBuilder(random.fork("queries"), vocabulary, queryCount);
    const chunks = generateRegistry({
      employers,
      chunkSize,
      random: random.fork("registry"),
      vocabulary,
      onEmployer: (profile) => queries.consider(profile),
    });

    // Generation is cheap; the database computes name forms. Keep `workers` chunks in flight.
    let loadedEmployers = 0;
    let loadedAliases = 0;
    let nextReport = 0.05;
    const loadStarted = performance.now();
    const inFlight = new Set<Promise<void>>();
    let failure: unknown = null;
    const load = (chunk: Chunk) => {
      const task = loadChunk(loader, chunk, normalizerVersion)
        .then((aliases) => {
          loadedEmployers += chunk.employers.length;
          loadedAliases += aliases;
          if (loadedEmployers / employers >= nextReport || loadedEmployers === employers) {
            const elapsed = (performance.now() - loadStarted) / 1000;
            const rate = loadedEmployers / elapsed;
            console.log(
              `  loaded ${fmt(loadedEmployers)} / ${fmt(employers)} employers, ${fmt(loadedAliases)} aliases ` +
                `(${elapsed.toFixed(0)} s, ${fmt(Math.round(rate))} employers/s, ~${((employers - loadedEmployers) / rate).toFixed(0)} s to go)`,
            );
            nextReport = Math.floor((loadedEmployers / employers) * 20 + 1) / 20;
          }
        })
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    };
    for (const chunk of chunks) {
      while (inFlight.size >= workers) await Promise.race(inFlight);
      if (failure) break;
      load(chunk);
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    phase("load employers, aliases, identifiers");

    // The search index is built by one session while the other indexes the registry tables.
    let searchSeconds = 0;
    await Promise.all([
      (async () => {
        const t = performance.now();
        await loader.query("select app_hidden.rebuild_search_index()");
        searchSeconds = (performance.now() - t) / 1000;
        console.log(`  rebuild_search_index(): ${searchSeconds.toFixed(1)} s`);
      })(),
      createIndexes(loader, registryIndexes, 1, (index, s) => console.log(`  ${index.name}: ${s.toFixed(1)} s`)),
    ]);
    phase("search index rows and registry indexes");
    await createIndexes(loader, searchIndexes, workers, (index, s) =>
      console.log(`  ${index.name}: ${s.toFixed(1)} s`),
    );
    phase("search index indexes");
    await advanceIdentitySequences(loader);
    const vacuumQueue = [
      ...REGISTRY_TABLES,
      ...SEARCH_TABLES,
      "app_private.search_tokens",
      "app_public.employer_distinctions",
      "app_public.employer_merges",
    ];
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let table = vacuumQueue.shift(); table; table = vacuumQueue.shift()) {
          await loader.query(`vacuum (analyze) ${table}`);
        }
      }),
    );
    phase("vacuum and analyze");

    const counts = await tableCounts(db.ownerPool);
    const problems = await integrityProblems(db.ownerPool);
    phase("checks");
    const mix = queries.build();
    await writeQueryFile({ seed, employers, queries: mix });
    const totalSeconds = Math.round((performance.now() - started) / 100) / 10;
    await writeManifest({
      database: db.name,
      seed,
      employers,
      status: "complete",
      migrations,
      counts,
      seconds: { ...seconds, total: totalSeconds },
      finishedAt: new Date().toISOString(),
    });

    console.log("");
    console.log("| what | count |");
    console.log("|---|---:|");
    for (const [key, value] of Object.entries(counts)) console.log(`| ${key} | ${fmt(value)} |`);
    console.log("");
    const bad = Object.entries(problems).filter(([, v]) => v > 0);
    console.log(
      bad.length ? `integrity problems: ${JSON.stringify(Object.fromEntries(bad))}` : "integrity checks: all 0",
    );
    console.log("audit: seeded rows are not in the audit trail (bulk load with triggers off)");
    const byKind = Object.entries(
      mix.reduce<Record<string, number>>((acc, q) => ({ ...acc, [q.kind]: (acc[q.kind] ?? 0) + 1 }), {}),
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    console.log(`query mix: ${mix.length} queries (${byKind}) in ${scaleFiles().queries}`);
    console.log(`seeded ${fmt(employers)} employers in ${totalSeconds} s`);
    // The search benchmarks need the search index in memory: see scale-shared-buffers.ts.
    console.log(sharedBuffersNote(await sizeScaleSharedBuffers(db)));
    console.log(
      JSON.stringify({
        benchmark: "seed:scale",
        database: db.name,
        seed,
        employers,
        aliases: counts.aliases,
        searchNames: counts.search_names,
        seconds: totalSeconds,
        phases: seconds,
        integrityProblems: bad.length,
      }),
    );
    if (bad.length) exitCode = 1;
  }
} finally {
  await loader.end();
  await letMigrationPoolsClose();
  await db.close();
}
process.exitCode = exitCode;
