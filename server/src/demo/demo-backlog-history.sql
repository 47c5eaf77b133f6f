-- The backlog chart's past days for the demo: what a nightly snapshot would
-- have found on each day of the generated year. Run by demo-history.ts once
-- the promotion queue and today's analytics are computed (today's row is the
-- real snapshot, and a day already snapshotted is kept as it is).
--
-- Reconstructed from the history itself, so the chart agrees with the rest:
--   * a promotion queue item waited from when its candidate appeared (the alias
--     it proposed, else the employer's registration) until a steward decided
--     it; the items queued now waited since their queued_since;
--   * a pending item was open from its first sighting until it was resolved.
-- Deferred items count only until the deferral (the queue hides them).
with bounds as (
  select (now() at time zone 'utc')::date as today,
         (select min(first_seen_at) from app_public.pending_employers) as history_start),
days as (
  select g::date as day, (g::date + 1)::timestamp at time zone 'utc' as day_end
  from bounds b, generate_series(b.today - 364, b.today - 1, interval '1 day') g
  where (g::date + 1)::timestamp at time zone 'utc' > b.history_start),
waited as (
  select coalesce(a.added_at, e.created_at) as since, c.decided_at as until
  from app_public.canonical_decisions c
  join app_public.employers e on e.id = c.employer_id
  left join app_public.aliases a on a.id = coalesce(c.candidate_alias_id, c.former_alias_id)
  union all
  select q.queued_since, null from app_hidden.promotion_queue_items q
  where q.deferred_until is null or q.deferred_until <= current_date),
promotion as (
  select d.day, count(w.since)::integer as items, min(w.since) as oldest
  from days d left join waited w on w.since < d.day_end and (w.until is null or w.until >= d.day_end)
  group by d.day),
pending as (
  select d.day, count(p.id)::integer as items, min(p.first_seen_at) as oldest
  from days d left join app_public.pending_employers p
    on p.first_seen_at < d.day_end and (p.resolved_at is null or p.resolved_at >= d.day_end)
  group by d.day)
insert into app_public.analytics_backlog_daily
    (day, promotion_items, promotion_oldest_queued_since, pending_items, pending_oldest_first_seen_at, measured_at)
  -- Measured a minute before the day ended, as the last refresh of the day.
  select d.day, pr.items, pr.oldest, pe.items, pe.oldest, d.day_end - interval '1 minute'
  from days d join promotion pr on pr.day = d.day join pending pe on pe.day = d.day
  order by d.day
on conflict (day) do nothing;
