// node scripts/bench/search-ablate.ts [--per-kind 15] [--rounds 3] [--kinds typo,partial] A.sql B.sql ...:
// backend CPU per search of several versions of the matcher at once, on the
// scale database, one client. Each file defines app_hidden.match_employers (and
// any helpers it changes, e.g. app_hidden.match_fuzzy), as a migrations/current/
// file does; each is created in pg_temp under its own suffix. The versions
// take turns query by query, in an order that rotates, so none always finds
// the pages another just read; CPU comes from /proc/<pid>/schedstat (ns).
// For sizing stages: copies with one stage switched off say what it costs.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { QUERY_KINDS, type BenchQuery } from "../seed/query-mix.ts";
import { openScaleDatabase } from "../seed/scale-database.ts";
import { readQueryFile } from "../seed/scale-files.ts";
import { sharedBuffersNote, sizeScaleSharedBuffers } from "../seed/scale-shared-buffers.ts";
import { expandIncludes } from "../seed/sql-includes.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "per-kind": { type: "string" }, rounds: { type: "string" }, kinds: { type: "string" } },
});
if (positionals.length < 2) {
  console.error(
    "usage: node scripts/bench/search-ablate.ts [--per-kind N] [--rounds R] [--kinds k,...] A.sql B.sql ...",
  );
  process.exit(1);
}
const perKind = Number(values["per-kind"] ?? 15);
const rounds = Number(values.rounds ?? 3);
const kinds = values.kinds ? values.kinds.split(",") : [...QUERY_KINDS];
const queryFile = await readQueryFile();
if (!queryFile) throw new Error("No query mix: run npm run seed:scale first");
const sample: BenchQuery[] = kinds.flatMap((kind) =>
  queryFile.queries.filter((q) => q.kind === kind).slice(0, perKind),
);

const db = await openScaleDatabase();
const client = await db.ownerPool.connect();
try {
  const sizing = await sizeScaleSharedBuffers(db);
  const functions: string[] = [];
  for (const [i, file] of positionals.entries()) {
    // Grants and comments name role placeholders and the real functions; DO blocks change data.
    let sql = (await expandIncludes(readFileSync(file, "utf8")))
      .replace(/^(?:grant|comment on)\b[\s\S]*?;[ \t]*$/gim, "")
      .replace(/^do \$\$[\s\S]*?^\$\$;[ \t]*$/gim, "");
    const helpers = [...sql.matchAll(/create or replace function app_hidden\.([a-z_0-9]+)\s*\(/gi)].map((m) => m[1]!);
    if (!helpers.includes("match_employers")) throw new Error(`${file} does not define app_hidden.match_employers`);
    for (const helper of new Set(helpers))
      sql = sql.replace(new RegExp(`app_hidden\\.${helper}\\s*\\(`, "gi"), `pg_temp.${helper}_v${i}(`);
    await client.query(sql);
    functions.push(`pg_temp.match_employers_v${i}`);
  }
  const pid = Number((await client.query("select pg_backend_pid() as pid")).rows[0].pid);
  const cpuMs = () => Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;
  const cpu = functions.map(() => new Map<string, number>());
  const answers = functions.map(() => new Map<string, string>());
  for (const q of sample) for (const fn of functions) await client.query(`select 1 from ${fn}($1)`, [q.text]); // warm
  for (let round = 0; round < rounds; round++)
    for (const [qi, q] of sample.entries())
      for (let turn = 0; turn < functions.length; turn++) {
        const i = (turn + qi + round) % functions.length;
        const before = cpuMs();
        const { rows } = await client.query<{ employer_id: string; band: string }>(
          `select employer_id::text, band::text from ${functions[i]}($1) order by rank limit 1`,
          [q.text],
        );
        cpu[i]!.set(q.kind, (cpu[i]!.get(q.kind) ?? 0) + cpuMs() - before);
        answers[i]!.set(q.text, `${rows[0]?.employer_id ?? "none"} ${rows[0]?.band ?? ""}`);
      }
  const perSearch = (i: number, kind?: string) => {
    const n = kind ? sample.filter((q) => q.kind === kind).length : sample.length;
    const total = kind ? cpu[i]!.get(kind)! : [...cpu[i]!.values()].reduce((a, b) => a + b, 0);
    return (total / n / rounds).toFixed(2);
  };
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(
    `search-ablate: ${sample.length} queries x ${rounds} rounds, one client, ${sharedBuffersNote(sizing)}, load average ${load}`,
  );
  console.log(
    `\n| version (CPU ms per search) | all | ${kinds.join(" | ")} | first employer or band differs from the first file |`,
  );
  console.log(`|---|${"---:|".repeat(kinds.length + 2)}`);
  for (const [i, file] of positionals.entries()) {
    const differs = sample.filter((q) => answers[i]!.get(q.text) !== answers[0]!.get(q.text)).length;
    console.log(`| ${file} | ${perSearch(i)} | ${kinds.map((k) => perSearch(i, k)).join(" | ")} | ${differs} |`);
  }
} finally {
  client.release();
  await db.close();
}
