// node scripts/bench/search-explain.ts [--slowest N] [--runs R] [--no-plans] ["query" ...]:
// the best of R timings and EXPLAIN (ANALYZE, BUFFERS) of the statement inside
// app_public.search_employers for chosen queries (or the N slowest per kind of
// the last bench:search run), on the scale database, one client. The function
// is PL/pgSQL, so the plan comes from auto_explain with nested statements,
// loaded for this session only (a superuser session: LOAD needs it). Per-node
// timing inflates the plan's times several-fold; compare shapes and rows.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { withDatabase } from "../../server/src/db/bootstrap.ts";
import { openScaleDatabase } from "../seed/scale-database.ts";
import { scaleFiles } from "../seed/scale-files.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slowest: { type: "string" },
    runs: { type: "string" },
    "no-plans": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs ?? 3);
const showPlans = !values["no-plans"];

let targets: Array<{ kind: string; text: string }> = positionals.map((text) => ({ kind: "given", text }));
if (values.slowest) {
  const last = JSON.parse(await readFile(join(scaleFiles().dir, "search-last-run.json"), "utf8")) as {
    slowest: Array<{ kind: string; text: string }>;
  };
  const perKind = Number(values.slowest);
  const counts = new Map<string, number>();
  for (const row of last.slowest) {
    const n = counts.get(row.kind) ?? 0;
    if (n < perKind) targets.push(row);
    counts.set(row.kind, n + 1);
  }
}
targets = targets.filter((t, i) => targets.findIndex((u) => u.text === t.text) === i);
if (!targets.length) {
  console.error("Give queries to explain, or --slowest N after a bench:search run");
  process.exit(1);
}

/** The indexes a plan scanned (nodes that ran), with the rows they returned: "name rows, ...". */
function indexesUsed(plan: string): string {
  const used = new Map<string, number>();
  for (const m of plan.matchAll(
    /(?:Index Only Scan|Index Scan|Bitmap Index Scan) (?:using )?(?:on )?(\S+).*?\((never executed|actual [^)]*rows=([\d.]+)[^)]*)\)/g,
  )) {
    if (m[2] === "never executed") continue;
    used.set(m[1]!, (used.get(m[1]!) ?? 0) + Number(m[3] ?? 0));
  }
  return [...used].map(([name, rows]) => `${name} (${rows} rows)`).join(", ") || "none";
}

const db = await openScaleDatabase();
const client = new pg.Client({
  connectionString: withDatabase(db.runtime.rootUrl!, db.name),
  application_name: "search-explain",
});
try {
  await client.connect();
  const notices: string[] = [];
  client.on("notice", (notice) => notices.push(notice.message ?? ""));
  const timings = async (text: string) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await client.query("select * from app_public.search_employers($1)", [text]);
      times.push(performance.now() - t0);
    }
    return times;
  };
  for (const target of targets) {
    const times = await timings(target.text);
    const best = Math.min(...times);
    console.log(
      `\n=== ${target.kind}: ${JSON.stringify(target.text)}: best of ${runs} ${best.toFixed(1)} ms (${times.map((t) => t.toFixed(0)).join(", ")})`,
    );
    if (!showPlans) continue;
    await client.query("load 'auto_explain'");
    await client.query(`set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on;
      set auto_explain.log_buffers = on; set auto_explain.log_timing = on; set auto_explain.log_nested_statements = on;
      set auto_explain.log_level = 'notice'; set client_min_messages = 'notice'`);
    notices.length = 0;
    const { rows } = await client.query(
      "select employer_id, score, band, method, matched_name from app_public.search_employers($1) limit 3",
      [target.text],
    );
    await client.query("set auto_explain.log_min_duration = -1");
    // The matcher's statement, and the fuzzy stage's own (app_hidden.match_fuzzy,
    // a function of its own since migration 000031) when the search was not settled.
    const statements = [
      { label: "main statement", marker: "by_identifier as" },
      { label: "fuzzy stage (match_fuzzy)", marker: "query_tokens as" },
    ];
    for (const { label, marker } of statements) {
      const notice = notices.find((n) => n.includes(marker));
      if (!notice) {
        if (label === "main statement") console.log("(no plan captured)");
        continue;
      }
      const duration = /duration: ([\d.]+) ms/.exec(notice)?.[1];
      const plan = notice.slice(notice.indexOf("\n", notice.indexOf("Query Text:")) + 1);
      // The query text is long and the same every time: keep the plan only.
      const planStart = plan.search(
        /^\S.*\(cost=|^[A-Z][a-zA-Z ]+ {2}\(|^(Limit|Sort|Subquery|WindowAgg|Nested|Hash|Merge|Unique|Result|Append)/m,
      );
      console.log(
        label === "main statement"
          ? `${label}: ${duration} ms; top results: ${rows.map((r) => `${r.employer_id} ${r.band} ${r.method} ${JSON.stringify(r.matched_name)}`).join("; ")}`
          : `${label}: ${duration} ms`,
      );
      console.log(planStart >= 0 ? plan.slice(planStart) : plan);
      console.log(`indexes the plan used: ${indexesUsed(plan)}`);
    }
  }
} finally {
  await client.end();
  await db.close();
}
