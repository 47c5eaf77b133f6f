// npm run bench:field-costs: what each GraphQL field backed by a database
// function costs, in plain rows' worth of database time, on the demo data.
// Each function is called as its field calls it, many times; its median time
// is divided by the median time of reading one employer row by id (what the
// cost limit counts as 1). server/src/graphql/field-costs.ts holds the
// figures this prints, rounded; rerun it when a function changes.
import { loadavg } from "node:os";
import { runMigrations as runWorkerMigrations } from "graphile-worker";
import { openBenchDatabase } from "./bench-database.ts";
import { loadDemoData } from "../../server/src/demo/load-demo-data.ts";

const runs = Number(process.env.BENCH_RUNS ?? 40);
const db = await openBenchDatabase("fieldcosts", { fresh: true });
const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(" ");
try {
  // The demo's imports queue their processing: the worker's schema must be there.
  await runWorkerMigrations({ connectionString: db.ownerUrl });
  await loadDemoData(db.ownerPool, db.logger);
  const pick = async (sql: string) => (await db.ownerPool.query(sql)).rows[0]?.id as string;
  const employer = await pick(
    "select id::text as id from app_public.employers where status = 'active' order by id limit 1",
  );
  const busy = await pick(
    "select employer_id::text as id from app_public.aliases group by employer_id order by count(*) desc limit 1",
  );
  const fields: Array<{ field: string; sql: string; params?: unknown[] }> = [
    {
      field: "Query.searchEmployers",
      sql: "select * from app_public.search_employers($1, true, false) limit 10",
      params: ["Acme Constructions"],
    },
    {
      field: "Query.analyticsDashboard",
      sql: "select app_public.analytics_dashboard(current_date - 30, current_date, null)",
    },
    {
      field: "Query.canonicalPromotionQueue",
      sql: "select * from app_public.canonical_promotion_queue(null) limit 20",
    },
    { field: "Query.homeCounts", sql: "select * from app_public.home_counts()" },
    { field: "Query.recentActivity", sql: "select * from app_public.recent_activity(20)" },
    {
      field: "Query.promotionCandidatesForEmployer",
      sql: "select * from app_public.promotion_candidates_for_employer($1)",
      params: [busy],
    },
    { field: "Query.resolveEmployer", sql: "select * from app_public.resolve_employer($1)", params: [employer] },
    { field: "Query.featureEnabled", sql: "select app_public.feature_enabled('alias_search')" },
    {
      field: "ImportBatch.progress",
      sql: "select app_public.import_batches_progress(b) from app_public.import_batches b order by b.id desc limit 1",
    },
    {
      field: "ImportBatch.processingSeconds",
      sql: "select app_public.import_batches_processing_seconds(b) from app_public.import_batches b order by b.id desc limit 1",
    },
    {
      field: "PendingEmployer.candidates",
      sql: "select (select count(*) from app_public.pending_employers_candidates(p)) from app_public.pending_employers p order by p.id limit 1",
    },
  ];
  const client = await db.ownerPool.connect();
  const median = async (sql: string, params: unknown[] = []) => {
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const started = performance.now();
      await client.query(sql, params);
      if (i >= 3) times.push(performance.now() - started); // the first calls warm the plan cache
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  };
  try {
    const row = await median("select * from app_public.employers where id = $1", [employer]);
    console.log(`one employer row by id: ${row.toFixed(3)} ms (median of ${runs}), load ${load}`);
    console.log("| field | median ms | cost in rows |\n|---|---|---|");
    for (const { field, sql, params } of fields) {
      const ms = await median(sql, params);
      console.log(`| ${field} | ${ms.toFixed(3)} | ${Math.max(1, Math.round(ms / row))} |`);
    }
  } finally {
    client.release();
  }
} finally {
  await db.close();
}
