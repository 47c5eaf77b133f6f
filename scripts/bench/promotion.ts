// npm run bench:promotion -- [--employers 20000] [--runs 3]: how long the
// promotion queue and its neighbours take, in a database of their own
// (<database>_promotion, recreated each run) filled with synthetic employers:
// a fifth with feed-looking canonical names, one alias each (legal, trading,
// other or feed spelling from abr, bci, csv or manual), feed occurrences for a
// third of them. Queries run as an analyst (a decision as a steward, rolled
// back), as PostGraphile would run them. Prints a table and a JSON line.
import { parseArgs } from "node:util";
import pg from "pg";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import { openBenchDatabase } from "./bench-database.ts";

const { values } = parseArgs({ options: { employers: { type: "string" }, runs: { type: "string" } } });
const employers = Number((values.employers ?? "20000").replace(/_/g, ""));
const runs = Number(values.runs ?? "3");
if (!Number.isInteger(employers) || employers < 10 || employers > 5_000_000)
  throw new Error("--employers: 10 to 5,000,000");
if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error("--runs: 1 to 50");

const db = await openBenchDatabase("promotion", { fresh: true });
const authPool = tolerateShutdown(new pg.Pool({ connectionString: db.authUrl, max: 1 }));
try {
  const seedStarted = performance.now();
  await db.ownerPool.query(
    `insert into app_public.employers (name)
     select case when i % 5 = 0 then upper('firm ' || i || ' constructions') else 'Firm ' || i || ' Constructions Pty Ltd' end
     from generate_series(1, $1::integer) i`,
    [employers],
  );
  await db.ownerPool.query(
    `insert into app_public.aliases (employer_id, name, kind, source_system)
     select e.id, 'Firm ' || e.id || ' Builders',
            (array['trading', 'legal', 'other', 'feed_spelling'])[1 + e.id % 4]::app_public.alias_kind,
            (array['abr', 'bci', 'csv', 'manual'])[1 + (e.id / 4) % 4]
     from app_public.employers e`,
  );
  await db.ownerPool.query(
    `insert into app_public.alias_occurrences (compare_form, name, source_system, row_count, project_count, first_seen_at, last_seen_at)
     select '', 'Firm ' || e.id || ' Builders', 'bci', e.id % 17, e.id % 5, now() - interval '90 days', now()
     from app_public.employers e where e.id % 3 = 0`,
  );
  await db.ownerPool.query("analyze app_public.employers, app_public.aliases, app_public.alias_occurrences");
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const { rows: ids } = await db.ownerPool.query<{ employer_id: string; alias_id: string }>(
    "select employer_id::text, id::text as alias_id from app_public.aliases order by id limit 1 offset $1",
    [Math.floor(employers / 2)],
  );
  const { employer_id: employerId, alias_id: aliasId } = ids[0]!;

  async function timed(role: "analyst" | "steward", sql: string, params: unknown[] = []): Promise<number> {
    const client = await authPool.connect();
    try {
      await client.query("begin");
      await client.query(
        "select set_config('role', $1, true), set_config('app.role', $2, true), set_config('app.user_id', '', true)",
        [db.runtime.roles.visitors[role], role],
      );
      const started = performance.now();
      await client.query(sql, params);
      return performance.now() - started;
    } finally {
      await client.query("rollback");
      client.release();
    }
  }

  const cases: Array<[string, "analyst" | "steward", string, unknown[]]> = [
    ["queue: count of all items", "analyst", "select count(*) from app_public.canonical_promotion_queue()", []],
    ["queue: first page of 20", "analyst", "select * from app_public.canonical_promotion_queue() limit 20", []],
    ["backlog view", "analyst", "select * from app_public.promotion_backlog", []],
    [
      "candidates of one employer",
      "analyst",
      "select * from app_public.promotion_candidates_for_employer($1)",
      [employerId],
    ],
    ["decisions per day view", "analyst", "select * from app_public.promotion_decisions_per_day", []],
    ["promote (rolled back)", "steward", "select app_public.promote_canonical_name($1, $2)", [employerId, aliasId]],
  ];
  const results: Record<string, { medianMs: number; minMs: number }> = {};
  console.log(
    `promotion benchmark: ${employers.toLocaleString("en-AU")} employers, ${runs} runs each (seeded in ${seedSeconds.toFixed(1)} s)`,
  );
  console.log(`${"what".padEnd(32)} ${"median ms".padStart(10)} ${"min ms".padStart(10)}`);
  for (const [name, role, sql, params] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await timed(role, sql, params));
    times.sort((a, b) => a - b);
    const medianMs = Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
    const minMs = Math.round(times[0]! * 10) / 10;
    results[name] = { medianMs, minMs };
    console.log(`${name.padEnd(32)} ${String(medianMs).padStart(10)} ${String(minMs).padStart(10)}`);
  }
  const { rows: count } = await db.ownerPool.query(
    "select count(*)::int as n from app_public.canonical_promotion_queue()",
  );
  console.log(JSON.stringify({ bench: "promotion", employers, queueItems: count[0].n, runs, results }));
} finally {
  await authPool.end();
  await db.close();
}
