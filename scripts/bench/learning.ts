// npm run bench:learning -- [--seed 1] [--share 0.2]: the poisoning benchmark
// (protocol 5 of ../shared/docs/benchmarks.md). In a fresh database of its
// own it loads a registry of real organisation names (../shared/data/matching,
// protocol 1's registry, with some former names), then imports a BCI feed
// through the real pipeline (upload, staging, graphile-worker) in which most
// names are real variants of registered organisations and a share are
// companies that are NOT registered but look like registered ones: siblings
// (a registered name with another trade word), former names now used by
// someone else, and one-word names. It counts the aliases the import learned
// that point at the wrong employer, and the searches that became wrong `auto`
// answers because of them, per 1,000 rows.
import "../../server/src/cli/graphile-env.ts";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse";
import { pino } from "pino";
import { openBenchDatabase } from "./bench-database.ts";
import { loadRegistryFile } from "../../server/src/registry/load-registry.ts";
import { matchNames, type MatchResult } from "../../server/src/registry/match-names.ts";
import { receiveImport } from "../../server/src/imports/staging-copy.ts";
import { startWorker } from "../../server/src/worker/runner.ts";
import { repoRoot } from "../../server/src/paths.ts";
import { BCI_HEADER } from "../seed/bci-file.ts";
import { makeRandom } from "../seed/random.ts";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    share: { type: "string", default: "0.2" },
  },
});
const seed = Number(values.seed);
const lookAlikeShare = Number(values.share);
const random = makeRandom(seed);
const dataDir = resolve(process.env.MATCHING_DATA_DIR ?? join(repoRoot, "..", "shared", "data", "matching"));

async function readCsv(file: string): Promise<Array<Record<string, string>>> {
  const rows: Array<Record<string, string>> = [];
  for await (const row of createReadStream(join(dataDir, file)).pipe(
    parse({ columns: true, bom: true, relax_quotes: true }),
  ))
    rows.push(row as Record<string, string>);
  return rows;
}
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
// A rough compare form without legal forms, only to keep generated look-alikes
// off registered names ("Kenetec" is "Kenetec GmbH", not a look-alike of it).
const LEGAL_FORMS = new Set(
  "inc incorporated ltd limited llc gmbh corp corporation co plc pty ag sa bv nv ab oy as kk srl spa sas llp lp company".split(
    " ",
  ),
);
const rough = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((w) => !LEGAL_FORMS.has(w))
    .join(" ");

const variants = await readCsv("ietf_affiliations_variants.csv");
const distractors = await readCsv("ietf_affiliations_distractors.csv");
const canonical = new Map<string, string>();
for (const row of [...variants, ...distractors]) canonical.set(row.entity_id!, row.canonical_name!);
const refs = [...canonical.keys()];

// Former names: one in twenty organisations had another name once (a made-up
// one, "<first word> <trade word>"); the feed's look-alikes reuse some of them
// for companies that are not the registered one.
const TRADES = [
  "Aviation",
  "Marine",
  "Logistics",
  "Foods",
  "Capital",
  "Health",
  "Energy",
  "Media",
  "Mining",
  "Pharma",
  "Textiles",
  "Insurance",
  "Realty",
  "Security",
  "Travel",
  "Studios",
];
const FORMS = ["Ltd", "Limited", "Inc", "Pty Ltd", "GmbH", "LLC", ""];
const registered = new Set([...canonical.values()].map(rough));
const firstWord = (name: string) => name.split(/[\s,()]+/).find((w) => /^[A-Za-z][A-Za-z0-9&'-]{2,}$/.test(w));
const formerNames = new Map<string, string>();
for (const ref of refs) {
  const first = firstWord(canonical.get(ref)!);
  if (!first || !random.chance(0.05)) continue;
  const former = `${first} ${random.pick(TRADES)}`;
  if (!registered.has(rough(former))) formerNames.set(ref, former);
}

// The registry: protocol 1's (canonical names and distractors), plus the former names.
const registryRows = [
  ...[...canonical].map(([ref, name]) => [ref, name, "canonical"]),
  ...[...formerNames].map(([ref, name]) => [ref, name, "former"]),
];

// The feed's names: real variants of registered organisations (the truth is
// their organisation), and unregistered look-alikes (the truth is "none").
interface FeedName {
  name: string;
  expected: string | null;
  kind: "variant" | "sibling" | "former_reused" | "one_word";
}
const knownNames: FeedName[] = variants
  .filter((row) => row.alias_kind === "observed_variant" && row.name !== row.canonical_name)
  .map((row) => ({ name: row.name!, expected: row.entity_id!, kind: "variant" as const }));
const lookAlikeCount = Math.round((knownNames.length * lookAlikeShare) / (1 - lookAlikeShare));
// A look-alike must not be written like a real variant either (the truth of a name would be ambiguous).
for (const known of knownNames) registered.add(rough(known.name));
const lookAlikes: FeedName[] = [];
const seen = new Set<string>();
const formerList = [...formerNames.values()];
// Twice as many as needed: those the registry's own normaliser reads as a
// registered name (apart from legal forms) are dropped once the registry is loaded.
for (let tries = 0; lookAlikes.length < lookAlikeCount * 2 && tries < lookAlikeCount * 40; tries++) {
  const name = canonical.get(refs[random.int(refs.length)]!)!;
  const words = name.split(/\s+/);
  const roll = random.int(100);
  let candidate: string | undefined;
  let kind: FeedName["kind"];
  if (roll < 45) {
    // A sibling: the registered name with another trade word after its first word, or at its end.
    const trade = random.pick(TRADES);
    candidate = random.chance(0.5)
      ? [words[0], trade, ...words.slice(1)].join(" ")
      : `${name} ${trade} ${random.pick(FORMS)}`.trim();
    kind = "sibling";
  } else if (roll < 65 && formerList.length > 0) {
    candidate = `${random.pick(formerList)} ${random.pick(FORMS)}`.trim();
    kind = "former_reused";
  } else {
    // One word: a registered multi-word name's first word.
    candidate = words.length > 1 ? firstWord(name) : undefined;
    kind = "one_word";
  }
  if (!candidate || registered.has(rough(candidate)) || seen.has(rough(candidate))) continue;
  seen.add(rough(candidate));
  lookAlikes.push({ name: candidate, expected: null, kind });
}
const db = await openBenchDatabase("learning", { fresh: true });
const dir = await mkdtemp(join(tmpdir(), "ear-learning-"));
try {
  const registryFile = join(dir, "registry.csv");
  await writeFile(
    registryFile,
    "ref,name,kind\n" + registryRows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n",
  );
  await loadRegistryFile(db.ownerPool, registryFile, { sourceSystem: "csv" });

  // "Kenetec" is "Kenetec GmbH & Co KG" to the registry: not a look-alike.
  const taken = new Set(
    (
      await db.ownerPool.query<{ name: string }>(
        `select q.name from unnest($1::text[]) q(name)
         where exists (select 1 from app_private.search_names n
                       where n.base_form = app_hidden.name_base_form(q.name) and n.kind <> 'former')`,
        [lookAlikes.map((l) => l.name)],
      )
    ).rows.map((r) => r.name),
  );
  lookAlikes.splice(0, lookAlikes.length, ...lookAlikes.filter((l) => !taken.has(l.name)).slice(0, lookAlikeCount));
  const feedNames = [...knownNames, ...lookAlikes];

  // One to three rows per name, shuffled, no identifiers: the names decide.
  const rows: FeedName[] = [];
  for (const name of feedNames) for (let i = random.between(1, 3); i > 0; i--) rows.push(name);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  console.log(
    `bench:learning: ${rows.length} rows, ${feedNames.length} names (${lookAlikes.length} unregistered look-alikes: ` +
      ["sibling", "former_reused", "one_word"]
        .map((k) => `${lookAlikes.filter((l) => l.kind === k).length} ${k}`)
        .join(", ") +
      `), registry ${canonical.size} organisations with ${formerNames.size} former names (seed ${seed})`,
  );
  // Half of the former names are retired (valid until a year ago), half still current.
  await db.ownerPool.query(
    `update app_public.aliases set valid_to = current_date - 365 where kind = 'former' and id % 2 = 0`,
  );
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");

  const refOf = new Map<string, string>(
    (
      await db.ownerPool.query<{ id: string; ref: string }>(
        "select employer_id::text as id, value as ref from app_public.employer_identifiers where scheme = 'ref'",
      )
    ).rows.map((r) => [r.id, r.ref]),
  );

  // The searches before the import: which answers are wrong autos already.
  const distinct = [...new Map(feedNames.map((n) => [n.name, n])).values()];
  const search = async () => {
    const out: MatchResult[] = [];
    for await (const result of matchNames(
      db.ownerPool,
      distinct.map((n) => n.name),
      4,
    ))
      out.push(result);
    return out;
  };
  const wrongAuto = (results: MatchResult[]) =>
    new Set(
      results
        .map((r, i) => ({ r, n: distinct[i]! }))
        .filter(({ r, n }) => r.matches[0]?.band === "auto" && r.matches[0].ref !== n.expected)
        .map(({ n }) => n.name),
    );
  const before = wrongAuto(await search());

  // The import, as bench:import runs it: upload pipeline, then the worker until every row has an outcome.
  const feedFile = join(dir, "feed.csv");
  await writeFile(
    feedFile,
    BCI_HEADER +
      "\n" +
      rows
        .map((r, i) => [r.name, "", "", "", "", `P${100_000 + i}`, `Project ${i}`, "subcontractor", "NSW", "2000"])
        .map((fields) => fields.map(csvCell).join(","))
        .join("\n") +
      "\n",
  );
  const worker = await startWorker({
    connectionString: db.ownerUrl,
    logger: pino({ level: "warn" }),
    chunkRows: 5000,
    pollInterval: 100,
  });
  const started = performance.now();
  const client = await db.ownerPool.connect();
  await client.query("begin");
  const received = await receiveImport(client, createReadStream(feedFile), {
    sourceSystem: "bci",
    fileName: "look-alikes.csv",
    limits: { maxBytes: 1024 * 1024 * 1024, maxRows: 10_000_000, maxFieldChars: 10_000 },
  });
  await client.query("commit");
  client.release();
  let batch: Record<string, unknown>;
  for (;;) {
    batch = (await db.ownerPool.query("select * from app_public.import_batches where id = $1", [received.batchId]))
      .rows[0];
    if (batch.state === "done" || batch.state === "failed") break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await worker.stop();
  const importSeconds = Math.round((performance.now() - started) / 100) / 10;

  // The aliases the import learned, each with the outcome of the row it came
  // from and the truth of its name.
  const truth = new Map(feedNames.map((n) => [rough(n.name), n]));
  const learned = (
    await db.ownerPool.query<{ name: string; employer_id: string; outcome: string; band: string | null }>(
      `select a.name, a.employer_id::text, r.outcome::text as outcome, m.band::text as band
       from app_public.aliases a
       join app_public.import_rows r on r.batch_id = a.import_batch_id and r.line = a.import_row
       left join app_private.import_name_matches m
         on m.batch_id = a.import_batch_id and m.compare_form = app_hidden.name_compare_form(a.name)
       where a.import_batch_id = $1`,
      [received.batchId],
    )
  ).rows;
  const wrongAliases = learned.filter((a) => {
    const t = truth.get(rough(a.name));
    return t !== undefined && refOf.get(a.employer_id) !== t.expected;
  });
  const belowAuto = wrongAliases.filter((a) => a.band !== null && a.band !== "auto");
  const byKind: Record<string, number> = {};
  for (const a of wrongAliases) {
    const kind = truth.get(rough(a.name))!.kind;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }

  // The searches after: wrong autos that are new, and those answered by a learned alias.
  const afterResults = await search();
  const after = wrongAuto(afterResults);
  const learnedNames = new Set(learned.map((a) => rough(a.name)));
  const newWrongAuto = [...after].filter((name) => !before.has(name));
  const fromLearned = afterResults.filter(
    (r, i) =>
      r.matches[0]?.band === "auto" &&
      r.matches[0].ref !== distinct[i]!.expected &&
      learnedNames.has(rough(r.matches[0].matched_name)),
  ).length;

  const perThousand = (n: number) => Math.round((n / rows.length) * 1000 * 100) / 100;
  const outcomes = {
    matchedExact: Number(batch.matched_exact_count),
    matchedFuzzy: Number(batch.matched_fuzzy_count),
    pending: Number(batch.pending_count),
    aliasesAdded: Number(batch.aliases_added_count),
  };
  const summary = {
    bench: "learning",
    rows: rows.length,
    names: feedNames.length,
    lookAlikes: lookAlikes.length,
    state: batch.state,
    importSeconds,
    outcomes,
    learnedAliases: learned.length,
    wrongLearnedAliases: wrongAliases.length,
    wrongLearnedAliasesPer1000Rows: perThousand(wrongAliases.length),
    wrongAliasesFromBelowAuto: belowAuto.length,
    wrongAliasesByKind: byKind,
    wrongAutoBefore: before.size,
    wrongAutoAfter: after.size,
    newWrongAuto: newWrongAuto.length,
    wrongAutoThroughLearnedAliases: fromLearned,
    wrongAutoThroughLearnedAliasesPer1000Rows: perThousand(fromLearned),
  };
  console.log("");
  console.log("| what | count | per 1,000 rows | bar |");
  console.log("|---|---|---|---|");
  console.log(`| aliases learned by the import | ${learned.length} | ${perThousand(learned.length)} | |`);
  console.log(
    `| ... pointing at the wrong employer | ${wrongAliases.length} | ${summary.wrongLearnedAliasesPer1000Rows} | <= 1 |`,
  );
  console.log(`| ... learned from a match below auto | ${belowAuto.length} | ${perThousand(belowAuto.length)} | 0 |`);
  console.log(
    `| searches of the feed's names answered wrongly in auto through a learned alias | ${fromLearned} | ${summary.wrongAutoThroughLearnedAliasesPer1000Rows} | |`,
  );
  console.log(
    `| wrong auto answers among the feed's names: before the import / after | ${before.size} / ${after.size} | | |`,
  );
  console.log("wrong learned aliases by kind of name:", JSON.stringify(byKind));
  for (const a of wrongAliases.slice(0, 15)) {
    const t = truth.get(rough(a.name))!;
    console.log(
      `  "${a.name}" (${t.kind}, truly ${t.expected ?? "unregistered"}) -> ${refOf.get(a.employer_id)} via ${a.outcome}`,
    );
  }
  console.log(JSON.stringify(summary));
} finally {
  await rm(dir, { recursive: true, force: true });
  await db.close();
}
