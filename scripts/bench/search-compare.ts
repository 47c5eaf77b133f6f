// node scripts/bench/search-compare.ts CANDIDATE.sql [--per-kind 25]: the
// search function in the scale database against a candidate version of it, on
// the same sample of the scale query mix, one client: latency per kind, and
// whether the answers agree (same first employer, the employer the query was
// made from found first / at all, no-match queries in the auto band).
//
// CANDIDATE.sql holds `create or replace function` statements for
// app_public.search_employers and/or the app_hidden helpers it changes, such
// as the matcher app_hidden.match_employers (as a migrations/current/ file does). They are created in
// pg_temp (this session only), so the database is left as it is.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { summarise } from "./load-generator.ts";
import { QUERY_KINDS, type BenchQuery } from "../seed/query-mix.ts";
import { openScaleDatabase } from "../seed/scale-database.ts";
import { readQueryFile } from "../seed/scale-files.ts";
import { sharedBuffersNote, sizeScaleSharedBuffers } from "../seed/scale-shared-buffers.ts";
import { expandIncludes } from "../seed/sql-includes.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "per-kind": { type: "string" } },
});
const file = positionals[0];
if (!file) {
  console.error("usage: node scripts/bench/search-compare.ts CANDIDATE.sql [--per-kind 25]");
  process.exit(1);
}
const perKind = Number(values["per-kind"] ?? 25);

/** Moves the file's functions into pg_temp, and the references to them with them. */
function intoTempSchema(sql: string): string {
  const helpers = [...sql.matchAll(/create or replace function app_hidden\.([a-z_0-9]+)\s*\(/gi)].map((m) => m[1]!);
  // Grants and comments name role placeholders (:ROLE_API_CLIENT) and the real functions, and DO blocks
  // change data (re-indexing): none of them belong in pg_temp.
  let out = sql
    .replace(/^(?:grant|comment on)\b[\s\S]*?;[ \t]*$/gim, "")
    .replace(/^do \$\$[\s\S]*?^\$\$;[ \t]*$/gim, "")
    .replace(/app_public\.search_employers\s*\(/gi, "pg_temp.search_employers_candidate(");
  for (const helper of new Set(helpers))
    out = out.replace(new RegExp(`app_hidden\\.${helper}\\s*\\(`, "gi"), `pg_temp.${helper}(`);
  if (out.includes("pg_temp.search_employers_candidate(")) return out;
  // A file that changes only the matcher (as a migration does: search_employers is a thin wrapper over
  // it) gets the wrapper here, doing what the real one does, rather than a copy of it in the migration.
  if (!helpers.includes("match_employers"))
    throw new Error(`${file} defines neither app_public.search_employers nor app_hidden.match_employers`);
  return `${out};
create function pg_temp.search_employers_candidate(
  query text, include_aliases boolean default true, include_archived boolean default false
) returns setof app_public.employer_match language plpgsql stable as $candidate$
begin
  perform app_hidden.assert_feature_enabled('alias_search');
  return query select * from pg_temp.match_employers(query, include_aliases, include_archived);
end;
$candidate$;`;
}

const queryFile = await readQueryFile();
if (!queryFile) throw new Error("No query mix: run npm run seed:scale first");
const sample: BenchQuery[] = QUERY_KINDS.flatMap((kind) =>
  queryFile.queries.filter((q) => q.kind === kind).slice(0, perKind),
);

const db = await openScaleDatabase();
const client = await db.ownerPool.connect();
try {
  await client.query(intoTempSchema(await expandIncludes(await readFile(file, "utf8"))));
  // CPU time of the backend (utime + stime from /proc, when PostgreSQL runs on this machine): unlike
  // latency, it does not grow when other processes hold the cores, so it estimates searches/s per core.
  const backendPid = Number((await client.query("select pg_backend_pid() as pid")).rows[0].pid);
  // In milliseconds: schedstat's nanoseconds on the CPU where the kernel has it (utime + stime count whole
  // 10 ms ticks, too coarse for a search of a few ms), else those ticks.
  const cpuTicks = (): number | null => {
    try {
      return Number(readFileSync(`/proc/${backendPid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
    } catch {
      try {
        const fields = readFileSync(`/proc/${backendPid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100 on Linux
      } catch {
        return null;
      }
    }
  };
  const cpuMs = { current: 0, candidate: 0 };
  // Per kind too: the bars are set for the mix and for the slowest kind.
  const cpuByKind = new Map<string, { current: number; candidate: number; n: number }>();
  let measureCpu = false;
  const run = async (fn: string, text: string, kind?: string) => {
    const ticks = cpuTicks();
    const t0 = performance.now();
    const { rows } = await client.query<{ employer_id: string; band: string }>(
      `select employer_id, band from ${fn}($1)`,
      [text],
    );
    const ms = performance.now() - t0;
    const after = cpuTicks();
    if (measureCpu && ticks !== null && after !== null) {
      const side = fn === FNS.current ? "current" : "candidate";
      cpuMs[side] += after - ticks;
      if (kind) {
        const k = cpuByKind.get(kind) ?? { current: 0, candidate: 0, n: 0 };
        k[side] += after - ticks;
        if (side === "current") k.n++;
        cpuByKind.set(kind, k);
      }
    }
    return { ms, ids: rows.map((r) => r.employer_id), band: rows[0]?.band ?? null };
  };
  const FNS = { current: "app_public.search_employers", candidate: "pg_temp.search_employers_candidate" } as const;
  for (const q of sample) for (const fn of Object.values(FNS)) await run(fn, q.text); // warm caches and plans
  measureCpu = cpuTicks() !== null;

  type Stats = { ms: number[]; first: number; found: number; expected: number; auto: number };
  const stats = (): Stats => ({ ms: [], first: 0, found: 0, expected: 0, auto: 0 });
  const byKind = new Map<string, { current: Stats; candidate: Stats; sameFirst: number; n: number }>();
  const all = { current: stats(), candidate: stats(), sameFirst: 0, n: 0 };
  // Every query whose first employer or its band differs, to be explained one by one.
  const differences: string[] = [];
  for (const q of sample) {
    const entry = byKind.get(q.kind) ?? { current: stats(), candidate: stats(), sameFirst: 0, n: 0 };
    byKind.set(q.kind, entry);
    // Each query runs both functions; which goes first alternates, since the second finds the pages the
    // first read already in shared_buffers (at 128 MB, a tenth less CPU for an identical copy).
    const candidateFirst = all.n % 2 === 1;
    const first = await run(candidateFirst ? FNS.candidate : FNS.current, q.text, q.kind);
    const second = await run(candidateFirst ? FNS.current : FNS.candidate, q.text, q.kind);
    const answers = candidateFirst ? { current: second, candidate: first } : { current: first, candidate: second };
    for (const side of ["current", "candidate"] as const) {
      for (const target of [entry[side], all[side]]) {
        const a = answers[side];
        target.ms.push(a.ms);
        if (q.expect !== null) {
          target.expected++;
          if (a.ids[0] === String(q.expect)) target.first++;
          if (a.ids.includes(String(q.expect))) target.found++;
        }
        if (q.kind === "no_match" && a.band === "auto") target.auto++;
      }
    }
    const same = (answers.current.ids[0] ?? null) === (answers.candidate.ids[0] ?? null) ? 1 : 0;
    if (!same || answers.current.band !== answers.candidate.band)
      differences.push(
        `| ${q.kind} | ${JSON.stringify(q.text)} | ${q.expect ?? "-"} | ` +
          `${answers.current.ids[0] ?? "none"} ${answers.current.band ?? ""} | ` +
          `${answers.candidate.ids[0] ?? "none"} ${answers.candidate.band ?? ""} |`,
      );
    entry.sameFirst += same;
    entry.n++;
    all.sameFirst += same;
    all.n++;
  }

  const fmt = (v: number) => v.toFixed(1);
  // Pages read from the OS cache cost CPU (copies, checksums): say which shared_buffers the figures had.
  const sizing = await sizeScaleSharedBuffers(db);
  const sharedBuffers = sizing.now;
  console.log(
    `search-compare: ${file} against app_public.search_employers in ${db.name}, ${sample.length} queries, one client, ` +
      `${sharedBuffersNote(sizing)}, load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
  );
  console.log("");
  console.log(
    "| kind | n | current p50 / p95 ms | candidate p50 / p95 ms | same first | expected first: current → candidate | expected found | no-match auto |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const [kind, e] of [...byKind.entries(), ["all", all] as const]) {
    const c = summarise(e.current.ms);
    const d = summarise(e.candidate.ms);
    const exp = e.current.expected;
    console.log(
      `| ${kind} | ${e.n} | ${fmt(c.p50)} / ${fmt(c.p95)} | ${fmt(d.p50)} / ${fmt(d.p95)} | ${e.sameFirst}/${e.n} | ` +
        `${exp ? `${e.current.first} → ${e.candidate.first} of ${exp}` : "-"} | ` +
        `${exp ? `${e.current.found} → ${e.candidate.found} of ${exp}` : "-"} | ` +
        `${kind === "no_match" || kind === "all" ? `${e.current.auto} → ${e.candidate.auto}` : "-"} |`,
    );
  }
  console.log(`\nfirst employer or its band differs: ${differences.length} of ${all.n}`);
  if (differences.length)
    console.log(
      [
        "| kind | query | made from | current: first, band | candidate: first, band |",
        "|---|---|---|---|---|",
        ...differences,
      ].join("\n"),
    );
  const c = summarise(all.current.ms);
  const d = summarise(all.candidate.ms);
  const cpuPerSearch = measureCpu
    ? { current: +(cpuMs.current / sample.length).toFixed(2), candidate: +(cpuMs.candidate / sample.length).toFixed(2) }
    : null;
  if (cpuPerSearch)
    console.log(
      `\nbackend CPU per search: current ${cpuPerSearch.current} ms, candidate ${cpuPerSearch.candidate} ms ` +
        `(≈ ${Math.round(1000 / cpuPerSearch.current)} vs ${Math.round(1000 / cpuPerSearch.candidate)} searches/s per core for PostgreSQL alone)`,
    );
  if (measureCpu) {
    console.log("\n| kind | backend CPU ms per search: current | candidate |\n|---|---:|---:|");
    for (const [kind, k] of cpuByKind)
      console.log(`| ${kind} | ${(k.current / k.n).toFixed(1)} | ${(k.candidate / k.n).toFixed(1)} |`);
  }
  console.log("");
  console.log(
    JSON.stringify({
      benchmark: "search-compare",
      candidate: file,
      queries: sample.length,
      sharedBuffers,
      current: {
        mean: +c.mean.toFixed(2),
        p50: +c.p50.toFixed(2),
        p95: +c.p95.toFixed(2),
        first: all.current.first,
        found: all.current.found,
      },
      candidateResult: {
        mean: +d.mean.toFixed(2),
        p50: +d.p50.toFixed(2),
        p95: +d.p95.toFixed(2),
        first: all.candidate.first,
        found: all.candidate.found,
      },
      expected: all.current.expected,
      sameFirst: all.sameFirst,
      firstOrBandDiffers: differences.length,
      speedup: +(c.mean / d.mean).toFixed(1),
      cpuMsPerSearch: cpuPerSearch,
      cpuMsPerSearchByKind: Object.fromEntries(
        [...cpuByKind].map(([kind, k]) => [
          kind,
          { current: +(k.current / k.n).toFixed(2), candidate: +(k.candidate / k.n).toFixed(2) },
        ]),
      ),
    }),
  );
} finally {
  client.release();
  await db.close();
}
