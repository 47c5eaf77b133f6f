// npm run bench:promotion -- [--employers 20000] [--runs 3] [--live-runs 1] [--skip-live] [--scale]
// How long the promotion queue and its neighbours take, before and after the
// store (migration 000005 (written as current/2-promotion-store.sql)), side by side in one run:
// "live" computes every candidate when asked (app_hidden.promotion_queue_live,
// what canonicalPromotionQueue did before), "stored" reads
// app_hidden.promotion_queue_items (what it does now). Also what keeping the
// store current costs: the backfill of every employer, a refresh of random
// dirty employers (per employer), and a 10,000-alias statement with its triggers.
//
// Data: by default a database of its own (<database>_promotion, recreated each
// run) filled with synthetic employers: a fifth with feed-looking canonical
// names, one alias each (legal, trading, other or feed spelling from abr, bci,
// csv or manual), feed occurrences for a third of them. With --scale it uses
// the database of `npm run seed:scale` as it is (realistic names, ~3 aliases
// per employer, no feed occurrences) and --employers is ignored.
// Queries run as an analyst (a decision as a steward, rolled back), as
// PostGraphile would run them. Prints a table and a JSON line.
import { parseArgs } from "node:util";
import pg from "pg";
import { tolerateShutdown } from "../../server/src/db/pool.ts";
import { refreshDirtyEmployers } from "../../server/src/promotion/queue-store.ts";
import { openBenchDatabase } from "./bench-database.ts";
import { SCALE_SUFFIX } from "../seed/scale-files.ts";

const { values } = parseArgs({
  options: {
    employers: { type: "string" },
    runs: { type: "string" },
    "live-runs": { type: "string" },
    "skip-live": { type: "boolean", default: false },
    scale: { type: "boolean", default: false },
  },
});
const employers = Number((values.employers ?? "20000").replace(/_/g, ""));
const runs = Number(values.runs ?? "3");
const liveRuns = Number(values["live-runs"] ?? "1");
if (!Number.isInteger(employers) || employers < 10 || employers > 5_000_000)
  throw new Error("--employers: 10 to 5,000,000");
if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error("--runs: 1 to 50");
if (!Number.isInteger(liveRuns) || liveRuns < 1 || liveRuns > 50) throw new Error("--live-runs: 1 to 50");

const fmt = (n: number) => n.toLocaleString("en-AU");
const db = await openBenchDatabase(values.scale ? SCALE_SUFFIX : "promotion", { fresh: !values.scale });
const authPool = tolerateShutdown(new pg.Pool({ connectionString: db.authUrl, max: 1 }));
try {
  const seedStarted = performance.now();
  if (!values.scale) {
    // Each statement marks its employers dirty (over the budget: for the worker, which the backfill below stands in for).
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
  } else {
    await db.ownerPool.query("select app_hidden.mark_all_promotion_dirty()");
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const { rows: counts } = await db.ownerPool.query<{ employers: number; aliases: number }>(
    "select (select count(*) from app_public.employers)::int as employers, (select count(*) from app_public.aliases)::int as aliases",
  );
  const employerCount = counts[0]!.employers;

  // The backfill: every employer recomputed by the worker's loop (what a migration or `ops promotion rebuild` costs).
  const backfill = await refreshDirtyEmployers(db.ownerPool, { batchSize: 2000 });
  await db.ownerPool.query(
    "analyze app_public.employers, app_public.aliases, app_public.alias_occurrences, app_hidden.promotion_queue_items",
  );

  const { rows: ids } = await db.ownerPool.query<{ employer_id: string; alias_id: string }>(
    "select employer_id::text, id::text as alias_id from app_public.aliases order by id limit 1 offset $1",
    [Math.floor(counts[0]!.aliases / 2)],
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

  type Case = { name: string; role: "analyst" | "steward"; sql: string; params: unknown[]; live: boolean };
  const both = (what: string, from: string, rest = "", params: unknown[] = []): Case[] => [
    {
      name: `${what}: live`,
      role: "analyst",
      sql: `select ${from} from app_hidden.promotion_queue_live() q ${rest}`,
      params,
      live: true,
    },
    {
      name: `${what}: stored`,
      role: "analyst",
      sql: `select ${from} from app_public.canonical_promotion_queue() q ${rest}`,
      params,
      live: false,
    },
  ];
  const cases: Case[] = [
    ...both("queue first page of 20", "*", "limit 20"),
    ...both("queue full count", "count(*)"),
    ...both("queue of one employer", "*", "where q.employer_id = $1", [employerId]),
    {
      name: "backlog view (stored)",
      role: "analyst",
      sql: "select * from app_public.promotion_backlog",
      params: [],
      live: false,
    },
    {
      name: "candidates of one employer",
      role: "analyst",
      sql: "select * from app_public.promotion_candidates_for_employer($1)",
      params: [employerId],
      live: false,
    },
    {
      name: "decisions per day view",
      role: "analyst",
      sql: "select * from app_public.promotion_decisions_per_day",
      params: [],
      live: false,
    },
    {
      name: "promote (rolled back)",
      role: "steward",
      sql: "select app_public.promote_canonical_name($1, $2)",
      params: [employerId, aliasId],
      live: false,
    },
  ];
  const results: Record<string, { medianMs: number; minMs: number; runs: number }> = {};
  console.log(
    `promotion benchmark: ${fmt(employerCount)} employers, ${fmt(counts[0]!.aliases)} aliases${values.scale ? " (seed:scale database)" : ""}; ` +
      `${runs} runs each, ${liveRuns} for live (seeded in ${seedSeconds.toFixed(1)} s)`,
  );
  console.log(`${"what".padEnd(36)} ${"median ms".padStart(10)} ${"min ms".padStart(10)}`);
  const report = (name: string, times: number[]) => {
    times.sort((a, b) => a - b);
    const medianMs = Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
    const minMs = Math.round(times[0]! * 10) / 10;
    results[name] = { medianMs, minMs, runs: times.length };
    console.log(`${name.padEnd(36)} ${String(medianMs).padStart(10)} ${String(minMs).padStart(10)}`);
  };
  for (const c of cases) {
    if (c.live && values["skip-live"]) continue;
    const times: number[] = [];
    for (let i = 0; i < (c.live ? liveRuns : runs); i++) times.push(await timed(c.role, c.sql, c.params));
    report(c.name, times);
  }

  // Keeping it current.
  const sample = Math.min(1000, employerCount);
  const refreshTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    await db.ownerPool.query(
      `insert into app_private.promotion_dirty_employers (employer_id)
       select e.id from app_public.employers e where e.status = 'active' order by random() limit $1`,
      [sample],
    );
    const refreshed = await refreshDirtyEmployers(db.ownerPool, { batchSize: 500 });
    refreshTimes.push(refreshed.ms / Math.max(1, refreshed.employers));
  }
  report(`refresh per dirty employer (${fmt(sample)})`, refreshTimes);
  // The same bulk statement with and without the promotion trigger (disabled
  // in a rolled-back transaction): what marking costs an import.
  const bulk = async (withTrigger: boolean, i: number): Promise<number> => {
    const client = await db.ownerPool.connect();
    try {
      await client.query("begin");
      if (!withTrigger)
        await client.query("alter table app_public.aliases disable trigger _600_promotion_dirty_insert");
      const started = performance.now();
      await client.query(
        `insert into app_public.aliases (employer_id, name, kind, source_system)
         select e.id, 'Bulk ' || e.id || ' Feed Name ' || $1::int, 'feed_spelling', 'bci'
         from app_public.employers e order by e.id limit 10000`,
        [i],
      );
      return performance.now() - started;
    } finally {
      await client.query("rollback");
      client.release();
    }
  };
  const bulkWith: number[] = [];
  const bulkWithout: number[] = [];
  for (let i = 0; i < runs; i++) {
    bulkWithout.push(await bulk(false, i));
    bulkWith.push(await bulk(true, i));
  }
  const bulkRows = Math.min(10_000, employerCount);
  report(`insert ${fmt(bulkRows)} aliases, no promotion trigger`, bulkWithout);
  report(`insert ${fmt(bulkRows)} aliases, trigger marks them`, bulkWith);

  const { rows: count } = await db.ownerPool.query(
    "select count(*)::int as n from app_public.canonical_promotion_queue()",
  );
  console.log(
    `backfill: ${fmt(backfill.employers)} employers in ${(backfill.ms / 1000).toFixed(1)} s ` +
      `(${(backfill.ms / Math.max(1, backfill.employers)).toFixed(2)} ms per employer)`,
  );
  console.log(
    JSON.stringify({
      bench: "promotion",
      employers: employerCount,
      aliases: counts[0]!.aliases,
      scale: Boolean(values.scale),
      queueItems: count[0].n,
      runs,
      liveRuns,
      backfill: { employers: backfill.employers, seconds: Math.round(backfill.ms / 100) / 10 },
      results,
    }),
  );
} finally {
  await authPool.end();
  await db.close();
}
