// Demo data, loaded once and idempotently: every step adds only what is missing.
// On the first start the promotion queue and the analytics are brought up to
// date before the banner prints, so the first screens show a registry in use.
import type { Pool } from "pg";
import type { Logger } from "pino";
import { loadDemoUsers } from "./demo-users.ts";
import { loadDemoEmployers } from "./demo-employers.ts";
import { loadDemoImports } from "./demo-imports.ts";
import { loadDemoBacklogHistory, loadDemoHistory } from "./demo-history.ts";
import { refreshDirtyEmployers } from "../promotion/queue-store.ts";

/** Loads what is missing; returns one line about the demo data for the start banner. */
export async function loadDemoData(ownerPool: Pool, logger: Logger): Promise<string> {
  const users = await loadDemoUsers(ownerPool);
  const employers = await loadDemoEmployers(ownerPool);
  // After the employers (it dates them back), before today's feed file (the latest import).
  const history = await loadDemoHistory(ownerPool);
  // After the employers: the feed's rows match them, or wait in the pending queue.
  const imports = await loadDemoImports(ownerPool);
  const { rows: refreshed } = await ownerPool.query<{ any: boolean }>(
    "select exists (select 1 from app_public.analytics_refreshes) as any",
  );
  if (users + employers + imports > 0 || history || !refreshed[0]!.any) {
    // What the worker does, done now rather than a moment after the banner.
    await refreshDirtyEmployers(ownerPool);
    await ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'cron', true)");
    // The refresh snapshots today's backlogs only; the generated year has its own.
    if (history) await loadDemoBacklogHistory(ownerPool);
    // The stewards' decisions replayed through the matcher, as the nightly job does, so the analytics chart of
    // auto precision has its first point. Queued for the worker (about 2 s of work), not run before the banner.
    await ownerPool.query(
      "select graphile_worker.add_job('match_calibration_runs__record', job_key => 'match_calibration_runs__record', max_attempts => 1)",
    );
    logger.info({ users, employers, imports, history }, "demo data loaded");
  }
  const { rows } = await ownerPool.query<{
    active: number;
    archived: number;
    merged: number;
    decisions: number;
    batches: number;
  }>(
    `select (select count(*) from app_public.employers where status = 'active')::int as active,
            (select count(*) from app_public.employers where status = 'archived')::int as archived,
            (select count(*) from app_public.employers where status = 'merged')::int as merged,
            (select count(*) from app_public.canonical_decisions)::int as decisions,
            (select count(*) from app_public.import_batches where state = 'done')::int as batches`,
  );
  const s = rows[0]!;
  return (
    `${s.active} active employers (${s.archived} archived: ABNs the ABR cancelled; ${s.merged} merged), ` +
    `a year of history: ${s.batches} imports, ${s.decisions} decisions`
  );
}
