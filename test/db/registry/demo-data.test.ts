import { loadDemoData } from "../../../server/src/demo/load-demo-data.ts";
import { pino } from "pino";
import { defaultThresholds } from "../../../server/src/ops/health.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const counts = async () =>
  (
    await db.ownerPool.query(`select
      (select count(*)::int from app_public.users) as users,
      (select count(*)::int from app_public.employers) as employers,
      (select count(*)::int from app_public.employers where status = 'archived') as archived,
      (select count(*)::int from app_public.aliases) as aliases,
      (select count(*)::int from app_public.employer_identifiers) as identifiers,
      (select count(*)::int from app_public.import_batches) as batches,
      (select count(*)::int from app_public.pending_employers) as pending,
      (select count(*)::int from app_public.analytics_backlog_daily) as backlog_days`)
  ).rows[0];

it("loads the demo users, the ABR sample and the BCI sample once, with provenance, and a second load adds nothing", async () => {
  await loadDemoData(db.ownerPool, pino({ level: "silent" }));
  const first = await counts();
  expect(first.users).toBe(6); // the three demo logins and three stewards of the history
  expect(first.employers).toBeGreaterThan(100);
  expect(first.archived).toBeGreaterThan(20);
  expect(first.aliases).toBeGreaterThan(100);
  expect(first.identifiers).toBeGreaterThan(300);
  const provenance = await db.ownerPool.query(
    "select distinct source_system from app_public.employer_identifiers union select distinct source_system from app_public.aliases where import_batch_id is null order by 1",
  );
  expect(provenance.rows.map((r) => r.source_system)).toEqual(["abr", "bci", "manual"]);
  // The BCI sample, matched: feed spellings from the feed, and work for both queues.
  expect(first.batches).toBe(53); // a year of weekly imports, and today's file
  const batch = await db.ownerPool.query(
    "select state, row_count, pending_count, aliases_added_count from app_public.import_batches where file_name = 'bci-sample.csv'",
  );
  expect(batch.rows[0]).toMatchObject({ state: "done", row_count: 200 });
  expect(batch.rows[0].pending_count).toBeGreaterThan(0);
  // The sample's pending names share only words without identity ("and",
  // "&", legal forms) with registered employers, or score under the
  // candidates' floor: open items without candidates, for a steward to create.
  const work = await db.ownerPool.query<{ pending_open: number; queued: number }>(
    `select (select count(*)::int from app_public.pending_employers p where p.status = 'open') as pending_open,
            (select count(*)::int from app_public.canonical_promotion_queue()) as queued`,
  );
  expect(work.rows[0]!.pending_open).toBeGreaterThan(0);
  expect(work.rows[0]!.queued).toBeGreaterThan(0);

  await loadDemoData(db.ownerPool, pino({ level: "silent" }));
  expect(await counts()).toEqual(first);

  const found = await db.ownerPool.query(
    "select m.band, e.name from app_public.search_employers('qbe insurance international') m join app_public.employers e on e.id = m.employer_id",
  );
  expect(found.rows[0]?.name).toMatch(/QBE INSURANCE/i);

  // A registry in use: a year of history, by several stewards, and figures computed before the banner.
  const history = (
    await db.ownerPool.query(`select
      (select count(distinct date_trunc('week', received_at))::int from app_public.import_batches where state = 'done') as weeks,
      (select count(distinct decided_by)::int from app_public.canonical_decisions) as stewards,
      (select json_object_agg(action, n) from (select action, count(*)::int as n from app_public.canonical_decisions group by action) a) as actions,
      (select (now() - min(decided_at) > interval '300 days') from app_public.canonical_decisions) as decisions_span_year,
      (select max(decided_at) <= now() from app_public.canonical_decisions) as none_in_future,
      (select count(*)::int from app_public.employer_merges) as merges,
      (select count(*)::int from app_public.employer_distinctions) as distinctions,
      (select count(*)::int from app_public.pending_employers where status <> 'open') as pending_resolved,
      (select count(*)::int from app_public.pending_employers where status = 'open') as pending_open,
      (select count(distinct day)::int from app_public.analytics_decision_daily) as decision_days,
      (select count(distinct day)::int from app_public.analytics_import_daily) as import_days,
      (select min(day) < current_date - 300 from app_public.analytics_alias_daily) as aliases_span_year,
      (select items from app_hidden.promotion_backlog_now()) as backlog,
      (select count(*)::int from app_public.canonical_promotion_queue('promote')) as to_promote,
      (select count(*)::int from app_public.canonical_promotion_queue('fix_spelling')) as to_fix`)
  ).rows[0];
  expect(history).toMatchObject({
    weeks: 53,
    decisions_span_year: true,
    none_in_future: true,
    aliases_span_year: true,
  });
  expect(history.stewards).toBeGreaterThanOrEqual(4);
  expect(Object.keys(history.actions).sort()).toEqual(["defer", "promote", "reject"]);
  expect(history.merges).toBeGreaterThanOrEqual(5);
  expect(history.distinctions).toBeGreaterThanOrEqual(5);
  expect(history.pending_resolved).toBeGreaterThan(history.pending_open);
  expect(history.pending_open).toBeGreaterThan(0);
  expect(history.decision_days).toBeGreaterThan(60);
  expect(history.import_days).toBeGreaterThan(50);
  // ops health's review backlog bound (50 items) holds on the fresh demo, with work left in both tasks.
  expect(history.backlog).toBeLessThanOrEqual(defaultThresholds.review_backlog);
  expect(history.to_promote).toBeGreaterThan(0);
  expect(history.to_fix).toBeGreaterThan(0);

  // The backlog chart covers the year, not only today: each past day as the history had it.
  const backlog = (
    await db.ownerPool.query(`select
      (select count(*)::int from app_public.analytics_backlog_daily) as days,
      (select count(*)::int from app_public.analytics_backlog_daily where promotion_items is null) as without_promotion,
      (select count(distinct promotion_items)::int from app_public.analytics_backlog_daily) as promotion_values,
      (select max(pending_items)::int from app_public.analytics_backlog_daily) as pending_max,
      (select pending_items from app_public.analytics_backlog_daily
        where day = (now() at time zone 'utc')::date - 1) as yesterday_pending,
      (select count(*)::int from app_public.pending_employers
        where status = 'open' and first_seen_at < ((now() at time zone 'utc')::date)::timestamp at time zone 'utc') as open_before_today,
      (select promotion_items from app_public.analytics_backlog_daily order by day limit 1) as first_promotion,
      (select promotion_items from app_public.analytics_backlog_daily order by day desc limit 1) as today_promotion,
      (select items from app_hidden.promotion_backlog_now()) as promotion_now`)
  ).rows[0];
  expect(backlog.days).toBeGreaterThan(300);
  expect(backlog.without_promotion).toBe(0);
  expect(backlog.promotion_values).toBeGreaterThan(10);
  expect(backlog.pending_max).toBeGreaterThan(0);
  // No pending item of the history was resolved today: yesterday's open items are today's, less today's file's.
  expect(backlog.yesterday_pending).toBe(backlog.open_before_today);
  // Today's row is the real snapshot; the stewards worked the queue down over the year.
  expect(backlog.today_promotion).toBe(backlog.promotion_now);
  expect(backlog.first_promotion).toBeGreaterThan(backlog.today_promotion);

  // The README's examples use the demo's names.
  const acme = await db.ownerPool.query(
    "select e.name, m.band from app_public.search_employers('Acme Constructions P/L') m join app_public.employers e on e.id = m.employer_id",
  );
  expect(acme.rows[0]).toEqual({ name: "Acme Constructions Pty Ltd", band: "auto" });
}, 300_000); // two full loads of the ABR sample: seconds on an idle machine, minutes on a busy CI one
