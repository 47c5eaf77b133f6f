// npm run bench:matching: matching quality on real, messy employer strings
// (../shared/data/matching, see its README), protocols 1-4 of
// ../shared/docs/benchmarks.md. Prints a table and a one-line JSON summary.
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse";
import { loadRegistryFile } from "../../server/src/registry/load-registry.ts";
import { matchNames, type MatchResult } from "../../server/src/registry/match-names.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { openBenchDatabase } from "./bench-database.ts";
import {
  calibrate,
  DEFAULT_THRESHOLDS,
  printCalibration,
  printTable,
  type Thresholds,
} from "../../server/src/registry/match-calibration.ts";

// --misses FILE writes every query whose expected organisation is not first (one JSON line each, with
// the expected organisation's rank among the answers, null when it is not among them).
// --reuse keeps the databases of an earlier run (registries loaded) and only
// re-applies migrations/current/: quick when tuning the matcher.
const { values: args } = parseArgs({ options: { misses: { type: "string" }, reuse: { type: "boolean" } } });
const misses: string[] = [];

const dataDir = resolve(process.env.MATCHING_DATA_DIR ?? join(repoRoot, "..", "shared", "data", "matching"));

async function readCsv(file: string): Promise<Array<Record<string, string>>> {
  const rows: Array<Record<string, string>> = [];
  for await (const row of createReadStream(join(dataDir, file)).pipe(
    parse({ columns: true, bom: true, relax_quotes: true }),
  )) {
    rows.push(row as Record<string, string>);
  }
  return rows;
}

const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;

interface Query {
  text: string;
  expected: string | null;
}

interface Scores {
  queries: number;
  top1: number;
  recall5: number;
  autoAnswers: number;
  autoCorrect: number;
}

function score(queries: Query[], results: MatchResult[], group = ""): Scores {
  let top1 = 0;
  let recall5 = 0;
  let autoAnswers = 0;
  let autoCorrect = 0;
  queries.forEach((query, i) => {
    const matches = results[i]!.matches;
    const first = matches[0];
    if (first && first.ref === query.expected) top1++;
    else if (query.expected !== null || first?.band === "auto")
      misses.push(
        JSON.stringify({
          group,
          query: query.text,
          expected: query.expected,
          rank: query.expected === null ? null : matches.findIndex((m) => m.ref === query.expected) + 1 || null,
          got: matches.slice(0, 5).map((m) => [m.ref, m.name, m.score, m.band]),
        }),
      );
    if (matches.some((m) => m.ref === query.expected)) recall5++;
    if (first?.band === "auto") {
      autoAnswers++;
      if (first.ref === query.expected) autoCorrect++;
    }
  });
  return { queries: queries.length, top1, recall5, autoAnswers, autoCorrect };
}

/** The thresholds the matcher ran with (match_settings; the built-in defaults before that table existed). */
let thresholds: Thresholds = DEFAULT_THRESHOLDS;
async function readThresholds(pool: import("pg").Pool): Promise<Thresholds> {
  const exists = (await pool.query("select to_regclass('app_public.match_settings') is not null as e")).rows[0].e;
  if (!exists) return { ...DEFAULT_THRESHOLDS, holds: [] };
  const rows = (await pool.query<{ key: string; value: number }>("select key, value from app_public.match_settings"))
    .rows;
  const value = (key: string, fallback: number) => rows.find((r) => r.key === key)?.value ?? fallback;
  return {
    ...DEFAULT_THRESHOLDS,
    fuzzy: value("auto_min_score", DEFAULT_THRESHOLDS.fuzzy),
    exactForm: value("auto_min_score_exact", value("auto_min_score", DEFAULT_THRESHOLDS.exactForm)),
    margin: value("auto_min_margin", DEFAULT_THRESHOLDS.margin),
  };
}

/** Every query's answer, for the per-method and per-threshold tables. */
const answered: Array<{ query: Query; result: MatchResult }> = [];

async function runProtocol(
  name: string,
  registry: Array<{ ref: string; name: string; kind: string }>,
  queryGroups: Record<string, Query[]>,
): Promise<Record<string, Scores>> {
  const db = await openBenchDatabase(`matching_${name}`, { fresh: !args.reuse });
  const dir = await mkdtemp(join(tmpdir(), "ear-matching-"));
  try {
    const loadedBefore = Number((await db.ownerPool.query("select count(*) from app_public.employers")).rows[0].count);
    const file = join(dir, "registry.csv");
    await writeFile(
      file,
      "ref,name,kind\n" + registry.map((r) => [r.ref, r.name, r.kind].map(csvCell).join(",")).join("\n") + "\n",
    );
    if (loadedBefore === 0) {
      const loaded = await loadRegistryFile(db.ownerPool, file, { sourceSystem: "csv" });
      if (loaded.badRows.length > 0)
        console.error(`${name}: ${loaded.badRows.length} registry rows refused`, loaded.badRows.slice(0, 5));
    }
    thresholds = await readThresholds(db.ownerPool);
    const out: Record<string, Scores> = {};
    for (const [group, queries] of Object.entries(queryGroups)) {
      const results: MatchResult[] = [];
      const started = Date.now();
      for await (const result of matchNames(
        db.ownerPool,
        queries.map((q) => q.text),
        4,
      ))
        results.push(result);
      out[group] = score(queries, results, `${name}/${group}`);
      queries.forEach((query, i) => answered.push({ query, result: results[i]! }));
      console.error(`${name}/${group}: ${queries.length} queries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
    await db.close();
  }
}

const variants = await readCsv("ietf_affiliations_variants.csv");
const distractors = await readCsv("ietf_affiliations_distractors.csv");
const unknown = await readCsv("ietf_affiliations_unknown.csv");

const canonicalRows = new Map<string, string>();
for (const row of [...variants, ...distractors]) canonicalRows.set(row.entity_id!, row.canonical_name!);
const registry1 = [...canonicalRows].map(([ref, name]) => ({ ref, name, kind: "canonical" }));
const observed = variants.filter((row) => row.alias_kind === "observed_variant" && row.name !== row.canonical_name);

// Protocol 2: the first variant of each organisation (in file order) is known as an alias.
const knownVariant = new Map<string, string>();
for (const row of observed) if (!knownVariant.has(row.entity_id!)) knownVariant.set(row.entity_id!, row.name!);
const registry2 = [...registry1, ...[...knownVariant].map(([ref, name]) => ({ ref, name, kind: "other" }))];
const p1Queries = observed.map((row) => ({ text: row.name!, expected: row.entity_id! }));
const p2Queries = observed
  .filter((row) => knownVariant.get(row.entity_id!) !== row.name)
  .map((row) => ({ text: row.name!, expected: row.entity_id! }));
const p3Queries = unknown.map((row) => ({ text: row.raw_string!, expected: null }));

const started = Date.now();
const p1 = await runProtocol("p1", registry1, { variants: p1Queries, unknown: p3Queries });
const p2 = await runProtocol("p2", registry2, { variants: p2Queries });
const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);

const v1 = p1.variants!;
const u = p1.unknown!;
const v2 = p2.variants!;
const autoAnswers = v1.autoAnswers + v2.autoAnswers + u.autoAnswers;
const autoCorrect = v1.autoCorrect + v2.autoCorrect;
const summary = {
  bench: "matching",
  protocol1: { queries: v1.queries, top1: ratio(v1.top1, v1.queries), recall5: ratio(v1.recall5, v1.queries) },
  protocol2: { queries: v2.queries, top1: ratio(v2.top1, v2.queries), recall5: ratio(v2.recall5, v2.queries) },
  protocol3: { queries: u.queries, falseAccepts: u.autoAnswers, falseAcceptRate: ratio(u.autoAnswers, u.queries) },
  protocol4: { autoAnswers, autoCorrect, precision: ratio(autoCorrect, autoAnswers) },
  seconds: Math.round((Date.now() - started) / 100) / 10,
};
const rows = [
  ["protocol", "what", "measured", "bar"],
  ["1 canonical only", "top-1 accuracy", String(summary.protocol1.top1), ">= 0.85"],
  ["1 canonical only", "recall@5", String(summary.protocol1.recall5), ">= 0.92"],
  ["2 one alias known", "top-1 accuracy", String(summary.protocol2.top1), ">= 0.92"],
  [
    "3 unknown strings",
    "false accepts (auto band)",
    `${u.autoAnswers}/${u.queries} = ${summary.protocol3.falseAcceptRate}`,
    "<= 0.005",
  ],
  ["4 auto-match", "precision", `${autoCorrect}/${autoAnswers} = ${summary.protocol4.precision}`, ">= 0.995"],
];
if (args.misses) await writeFile(args.misses, misses.join("\n") + "\n");
printTable(rows);
console.log("");
const calibration = calibrate(answered, thresholds);
printCalibration(calibration);
console.log(JSON.stringify({ ...summary, calibration: calibration.summary }));
