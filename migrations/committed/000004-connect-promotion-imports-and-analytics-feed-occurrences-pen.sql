--! Previous: sha1:777dcef3fcb14a0d3b0a8f1ab41d20401837852c
--! Hash: sha1:efd8f8061ad811eda40d7735409e649b7fa38e49
--! Message: Connect promotion, imports and analytics: feed occurrences, pending conflicts, decision/import/pending rollups and exports

--! split: 1-current.sql
-- Enter migration here

--! split: 7-integration.sql
-- Integration of promotion (3-promotion.sql), imports (4-imports.sql) and
-- analytics (5-analytics.sql): the places those files marked SEAM(...).
--   1. A finished import batch records its names in the promotion evidence
--      (app_hidden.record_name_occurrences), once per batch.
--   2. Open pending employers show as conflicts in the promotion queue.
--   3. Analytics: decisions per day (by action and steward), import outcomes
--      per day and batch, the pending backlog, and coverage's share of feed
--      names resolved. The rollups are filled by a trigger on
--      analytics_refreshes, so app_hidden.refresh_analytics_rollups (5) stays
--      as it is and every refresh (cron, admin, operator) fills them too.
-- Re-runnable: drops first, in reverse order of creation. Nothing here edits
-- the tables of 3, 4 or 5; it only adds triggers to them.
drop view if exists app_hidden.export_pending_employers;
drop view if exists app_hidden.export_canonical_decisions;
drop trigger if exists _600_integration_rollups on app_public.analytics_refreshes;
drop function if exists app_hidden.tg_analytics_refreshes__integration_rollups();
drop function if exists app_hidden.refresh_integration_rollups(date, date);
drop table if exists app_public.analytics_backlog_daily cascade;
drop view if exists app_public.pending_backlog_by_batch;
drop view if exists app_public.pending_backlog;
drop table if exists app_public.analytics_import_daily cascade;
drop table if exists app_public.analytics_decision_daily cascade;
drop trigger if exists _600_record_name_occurrences on app_public.import_batches;
drop function if exists app_hidden.tg_import_batches__record_name_occurrences();

-------------------------------------------------------------------------------
-- 1. Imports feed the promotion evidence.
--
-- app_public.import_rows is the one source of both counts: while a batch is
-- processed, each chunk adds its rows to app_public.feed_name_occurrences
-- (per feed and compare form: the imports' running count); when the batch
-- is done, this trigger adds the same rows, per name as written, to
-- app_public.alias_occurrences through app_hidden.record_name_occurrences
-- (the promotion evidence). Both skip error rows and names without a compare
-- form, so for a feed and compare form the two totals agree once its batches
-- are done (test/integration/import-occurrences.test.ts checks this).
-- A batch becomes done exactly once (process_import_chunk returns early for
-- done batches), so each batch is recorded once.
create or replace function app_hidden.tg_import_batches__record_name_occurrences() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_name record;
  v_seen timestamptz := coalesce(new.received_at, new.created_at);
begin
  for v_name in
    select r.name, count(*) as row_count, count(distinct r.project) as project_count
    from (
      select btrim(regexp_replace(i.company_name, '\s+', ' ', 'g')) as name,
             nullif(btrim(i.project_id), '') as project
      from app_public.import_rows i
      where i.batch_id = new.id and i.outcome is not null and i.outcome <> 'error'
    ) r
    where app_hidden.name_compare_form(r.name) <> ''
    group by r.name
    order by r.name
  loop
    perform app_hidden.record_name_occurrences(
      v_name.name, new.source_system, v_name.row_count, v_name.project_count, v_seen, v_seen);
  end loop;
  return null;
end;
$$;
comment on function app_hidden.tg_import_batches__record_name_occurrences() is
  'When an import batch is done: records each name it carried (as written) in the promotion evidence, with its rows and distinct projects.';
create trigger _600_record_name_occurrences
  after update of state on app_public.import_batches
  for each row
  when (new.state = 'done' and old.state is distinct from 'done')
  execute function app_hidden.tg_import_batches__record_name_occurrences();

-------------------------------------------------------------------------------
-- 2. Open pending items as promotion conflicts. A pending item's spellings
-- are kept by base form (the compare form without legal forms), so a
-- candidate conflicts with every open item holding a spelling of the same
-- base form: "Zephyrine Tiling" and "Zephyrine Tiling Pty Ltd" are one
-- company waiting in the pending queue. One index lookup (pending_name_unique).
create or replace function app_hidden.promotion_pending_conflicts(compare_form text) returns jsonb
  language sql stable
  as $$
    select coalesce(jsonb_agg(jsonb_build_object(
             'kind', 'open_pending_item', 'pendingId', p.id, 'name', p.name) order by p.id), '[]'::jsonb)
    from app_public.pending_employer_names n
    join app_public.pending_employers p on p.id = n.pending_employer_id and p.status = 'open'
    where n.base_form = app_hidden.name_base_form(promotion_pending_conflicts.compare_form)
  $$;
comment on function app_hidden.promotion_pending_conflicts(text) is
  'Open pending items holding a spelling of this name (same base form), as [{"kind": "open_pending_item", "pendingId", "name"}].';
grant execute on function app_hidden.promotion_pending_conflicts(text) to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- 3. Analytics rollups.
create table app_public.analytics_decision_daily (
  id bigint generated always as identity primary key,
  day date not null,
  action app_public.canonical_decision_action not null,
  decided_by bigint,
  decided_by_username text,
  decisions integer not null,
  constraint analytics_decision_daily_unique unique nulls not distinct (day, action, decided_by)
);
create index analytics_decision_daily_decided_by_idx on app_public.analytics_decision_daily (decided_by, day);
create index analytics_decision_daily_action_idx on app_public.analytics_decision_daily (action, day);
comment on table app_public.analytics_decision_daily is 'Canonical-name decisions per (UTC) day, by action and by steward. Filter on day, action or decidedBy; sum with aggregates or groupedAggregates.';
comment on column app_public.analytics_decision_daily.id is 'Row id (rows are replaced at each refresh).';
comment on column app_public.analytics_decision_daily.day is 'The UTC day the decisions were made.';
comment on column app_public.analytics_decision_daily.action is 'promote, reject, defer or revert.';
comment on column app_public.analytics_decision_daily.decided_by is 'The steward (user id); empty for operator work.';
comment on column app_public.analytics_decision_daily.decided_by_username is 'The steward''s username at refresh time.';
comment on column app_public.analytics_decision_daily.decisions is 'Decisions made.';

create table app_public.analytics_import_daily (
  day date not null,
  batch_id bigint not null references app_public.import_batches (id) on delete cascade,
  source_system text not null references app_public.source_systems (key) on update cascade on delete cascade,
  outcome app_public.import_row_outcome not null,
  rows integer not null,
  primary key (day, batch_id, outcome)
);
create index analytics_import_daily_batch_idx on app_public.analytics_import_daily (batch_id);
create index analytics_import_daily_source_system_idx on app_public.analytics_import_daily (source_system, day);
comment on table app_public.analytics_import_daily is 'Import rows per (UTC) day they were processed, by batch and outcome. Sum over batches for outcomes per day, over days for outcomes per batch.';
comment on column app_public.analytics_import_daily.day is 'The UTC day the rows got their outcome.';
comment on column app_public.analytics_import_daily.batch_id is 'The import batch.';
comment on column app_public.analytics_import_daily.source_system is 'The batch''s feed.';
comment on column app_public.analytics_import_daily.outcome is 'What became of the rows.';
comment on column app_public.analytics_import_daily.rows is 'Rows with that outcome.';

-- The backlogs as they stood at each day's last refresh. The promotion queue
-- is computed when asked and costs seconds on a large registry
-- (docs/PROMOTION.md), so /metrics and the health check read this snapshot
-- instead of running the queue at every scrape.
create table app_public.analytics_backlog_daily (
  day date primary key,
  promotion_items integer,
  promotion_oldest_queued_since timestamptz,
  pending_items integer not null,
  pending_oldest_first_seen_at timestamptz,
  measured_at timestamptz not null default now()
);
comment on table app_public.analytics_backlog_daily is 'The promotion and pending backlogs as the last refresh of each (UTC) day found them (days before the first refresh are missing). For the live figures read promotionBacklogs and pendingBacklogs.';
comment on column app_public.analytics_backlog_daily.day is 'The UTC day.';
comment on column app_public.analytics_backlog_daily.promotion_items is 'Items queued in the canonical promotion queue; empty while canonical_promotion was switched off.';
comment on column app_public.analytics_backlog_daily.promotion_oldest_queued_since is 'Since when the oldest of them waited.';
comment on column app_public.analytics_backlog_daily.pending_items is 'Open pending employers.';
comment on column app_public.analytics_backlog_daily.pending_oldest_first_seen_at is 'When the oldest of them was first seen.';
comment on column app_public.analytics_backlog_daily.measured_at is 'When the snapshot was taken.';

alter table app_public.analytics_decision_daily enable row level security;
alter table app_public.analytics_import_daily enable row level security;
alter table app_public.analytics_backlog_daily enable row level security;
create policy select_analyst on app_public.analytics_decision_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
create policy select_analyst on app_public.analytics_import_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
grant select on app_public.analytics_decision_daily to :ROLE_ANALYST;
grant select on app_public.analytics_import_daily to :ROLE_ANALYST;
create policy select_analyst on app_public.analytics_backlog_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
grant select on app_public.analytics_backlog_daily to :ROLE_ANALYST;

-- The pending backlog, live (it is small: open items only).
create view app_public.pending_backlog with (security_invoker = true) as
  select count(*)::integer as open_items,
         coalesce(sum(p.occurrence_count), 0)::bigint as open_rows,
         min(p.first_seen_at) as oldest_first_seen_at,
         round((extract(epoch from now() - min(p.first_seen_at)) / 86400)::numeric, 2) as oldest_item_age_days,
         now() as measured_at
  from app_public.pending_employers p
  where p.status = 'open';
comment on view app_public.pending_backlog is 'The pending-employer queue in one row: open items, the import rows behind them and the age of the oldest.';
comment on column app_public.pending_backlog.open_items is 'Pending items waiting for a steward.';
comment on column app_public.pending_backlog.open_rows is 'Import rows that carried their names.';
comment on column app_public.pending_backlog.oldest_first_seen_at is 'When the oldest open item was first seen.';
comment on column app_public.pending_backlog.oldest_item_age_days is 'Its age in days.';
comment on column app_public.pending_backlog.measured_at is 'When the figures were read.';
grant select on app_public.pending_backlog to :ROLE_ANALYST;

create view app_public.pending_backlog_by_batch with (security_invoker = true) as
  select r.batch_id,
         b.source_system,
         b.file_name,
         count(distinct r.pending_employer_id)::integer as open_items,
         count(*)::integer as open_rows,
         min(p.first_seen_at) as oldest_first_seen_at,
         round((extract(epoch from now() - min(p.first_seen_at)) / 86400)::numeric, 2) as oldest_item_age_days
  from app_public.import_rows r
  join app_public.pending_employers p on p.id = r.pending_employer_id and p.status = 'open'
  join app_public.import_batches b on b.id = r.batch_id
  group by r.batch_id, b.source_system, b.file_name;
comment on view app_public.pending_backlog_by_batch is 'Open pending items per import batch whose rows carried them (an item seen in two batches counts in both).';
comment on column app_public.pending_backlog_by_batch.batch_id is 'The import batch.';
comment on column app_public.pending_backlog_by_batch.source_system is 'The batch''s feed.';
comment on column app_public.pending_backlog_by_batch.file_name is 'The uploaded file''s name.';
comment on column app_public.pending_backlog_by_batch.oldest_first_seen_at is 'When the oldest of those items was first seen.';
comment on column app_public.pending_backlog_by_batch.open_items is 'Open pending items its rows carried.';
comment on column app_public.pending_backlog_by_batch.open_rows is 'Its rows that wait on those items.';
comment on column app_public.pending_backlog_by_batch.oldest_item_age_days is 'Age in days of the oldest of those items.';
grant select on app_public.pending_backlog_by_batch to :ROLE_ANALYST;

-- Recomputes the integration rollups for from_day..to_day; called by the
-- trigger below at the end of every app_hidden.refresh_analytics_rollups.
create or replace function app_hidden.refresh_integration_rollups(from_day date, to_day date) returns void
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_today date := app_hidden.analytics_day(now());
  v_promotion_items integer;
  v_promotion_oldest timestamptz;
begin
  -- Backlog snapshot, for today only (the past cannot be reconstructed).
  if v_today between from_day and to_day then
    begin
      select b.items, b.oldest_queued_since into v_promotion_items, v_promotion_oldest
        from app_public.promotion_backlog b;
    exception when sqlstate 'FDOFF' then
      v_promotion_items := null;
      v_promotion_oldest := null;
    end;
    insert into app_public.analytics_backlog_daily
        (day, promotion_items, promotion_oldest_queued_since, pending_items, pending_oldest_first_seen_at, measured_at)
      select v_today, v_promotion_items, v_promotion_oldest, p.open_items, p.oldest_first_seen_at, now()
      from app_public.pending_backlog p
    on conflict (day) do update set
      promotion_items = excluded.promotion_items,
      promotion_oldest_queued_since = excluded.promotion_oldest_queued_since,
      pending_items = excluded.pending_items,
      pending_oldest_first_seen_at = excluded.pending_oldest_first_seen_at,
      measured_at = excluded.measured_at;
  end if;

  delete from app_public.analytics_decision_daily where day between from_day and to_day;
  insert into app_public.analytics_decision_daily (day, action, decided_by, decided_by_username, decisions)
    select app_hidden.analytics_day(d.decided_at), d.action, d.decided_by, min(u.username::text), count(*)
    from app_public.canonical_decisions d
    left join app_public.users u on u.id = d.decided_by
    where d.decided_at >= app_hidden.analytics_day_start(from_day)
      and d.decided_at < app_hidden.analytics_day_start(to_day + 1)
    group by 1, 2, 3;

  delete from app_public.analytics_import_daily where day between from_day and to_day;
  insert into app_public.analytics_import_daily (day, batch_id, source_system, outcome, rows)
    select app_hidden.analytics_day(r.processed_at), r.batch_id, b.source_system, r.outcome, count(*)
    from app_public.import_rows r
    join app_public.import_batches b on b.id = r.batch_id
    where r.outcome is not null
      and r.processed_at >= app_hidden.analytics_day_start(from_day)
      and r.processed_at < app_hidden.analytics_day_start(to_day + 1)
    group by 1, 2, 3, 4;

  -- Share of feed names resolved at the end of each day: names (per feed and
  -- compare form) first seen by then, resolved when the name landed on an
  -- employer or its pending item was matched or made an employer (as things
  -- stand at refresh time, like the rest of coverage). Empty before the
  -- first import.
  update app_public.analytics_coverage_daily c
    set feed_names_resolved = x.share
    from (
      with names as (
        select app_hidden.analytics_day(o.first_seen_at) as day,
               (o.employer_id is not null or exists (
                  select 1 from app_public.pending_employer_names pn
                  join app_public.pending_employers p on p.id = pn.pending_employer_id
                  where pn.base_form = app_hidden.name_base_form(o.name) and p.status in ('matched', 'created')
                )) as resolved
        from app_public.feed_name_occurrences o
      ), per_day as (
        select n.day, count(*) as names, count(*) filter (where n.resolved) as resolved
        from names n where n.day <= to_day group by n.day
      ), running as (
        select r.day, sum(r.names) over w as names, sum(r.resolved) over w as resolved
        from per_day r window w as (order by r.day)
      )
      select d.day::date as day, round(100.0 * r.resolved / nullif(r.names, 0), 2)::double precision as share
      from generate_series(from_day, to_day, interval '1 day') as d (day)
      left join lateral (
        select * from running r where r.day <= d.day::date order by r.day desc limit 1
      ) r on true
    ) x
    where c.day = x.day;
end;
$$;
comment on function app_hidden.refresh_integration_rollups(date, date) is
  'Recomputes decisions per day, import outcomes per day and coverage''s share of feed names resolved for from_day..to_day, and snapshots today''s backlogs.';

create or replace function app_hidden.tg_analytics_refreshes__integration_rollups() returns trigger
  language plpgsql volatile
  as $$
begin
  perform app_hidden.refresh_integration_rollups(new.from_day, new.to_day);
  return null;
end;
$$;
comment on function app_hidden.tg_analytics_refreshes__integration_rollups() is
  'Fills the promotion and import rollups for the days an analytics refresh just recomputed.';
create trigger _600_integration_rollups
  after insert on app_public.analytics_refreshes
  for each row execute function app_hidden.tg_analytics_refreshes__integration_rollups();

-- The decisions export: the canonical decision log with usernames.
create view app_hidden.export_canonical_decisions with (security_invoker = true) as
  select d.id as decision_id,
         d.decided_at,
         d.action,
         d.employer_id,
         d.name_before,
         d.name_after,
         d.candidate_name,
         d.rationale,
         d.decided_role,
         d.defer_until,
         d.decided_by,
         u.username::text as decided_by_username
  from app_public.canonical_decisions d
  left join app_public.users u on u.id = d.decided_by;
comment on view app_hidden.export_canonical_decisions is 'The decisions CSV export (GET /exports/decisions.csv).';
grant select on app_hidden.export_canonical_decisions to :ROLE_ANALYST;

-- The pending export: every pending item with its state and resolution.
create view app_hidden.export_pending_employers with (security_invoker = true) as
  select p.id as pending_employer_id,
         p.name,
         p.source_system,
         p.status,
         p.occurrence_count,
         p.conflict,
         p.first_seen_at,
         p.last_seen_at,
         p.resolved_employer_id,
         u.username::text as resolved_by,
         p.resolved_at
  from app_public.pending_employers p
  left join app_public.users u on u.id = p.resolved_by;
comment on view app_hidden.export_pending_employers is 'The pending CSV export (GET /exports/pending.csv).';
grant select on app_hidden.export_pending_employers to :ROLE_ANALYST;
