-- Analytics: daily rollups of what the registry records, read by analysts
-- (GraphQL connections with filters and aggregates, CSV exports), refreshed
-- by a graphile-worker cron task (server/src/tasks/analytics_rollups__refresh.ts)
-- and on demand by an admin (refreshAnalytics). Dashboards read the rollups,
-- never the million-row tables, so each dashboard query stays in milliseconds.
--
-- Days are UTC days (app_hidden.analytics_day).
--
-- Seams for work that lands in other issues (their tables are not here yet):
--   SEAM(promotion): canonical decisions per day by action and steward, and the
--     promotion backlog (size, oldest age): add app_public.analytics_decision_daily,
--     fill it in app_hidden.refresh_analytics_rollups where marked, and an export
--     "decisions" in server/src/exports/export-definitions.ts.
--   SEAM(imports): import outcomes per batch and per day, the pending backlog
--     (size, age, by batch) and analytics_coverage_daily.feed_names_resolved:
--     add app_public.analytics_import_daily, fill it where marked; import row
--     errors on alias inserts also go to app_private.alias_insert_failures
--     (server/src/metrics/alias-insert-failures.ts).
-- This folder is re-runnable: drop first, in reverse order of creation.
drop function if exists app_public.refresh_analytics(date, date) cascade;
drop function if exists app_hidden.refresh_analytics_rollups(date, date, text) cascade;
drop view if exists app_hidden.export_aliases cascade;
drop table if exists app_private.alias_insert_failures cascade;
drop table if exists app_public.analytics_conflict_daily cascade;
drop table if exists app_public.analytics_coverage_daily cascade;
drop table if exists app_public.analytics_alias_daily cascade;
drop table if exists app_public.analytics_refreshes cascade;
drop function if exists app_hidden.analytics_readable() cascade;
drop function if exists app_hidden.analytics_day(timestamptz) cascade;
drop function if exists app_hidden.analytics_day_start(date) cascade;

-------------------------------------------------------------------------------
-- Helpers
create function app_hidden.analytics_day(at timestamptz) returns date
  language sql immutable parallel safe
  as $$ select (at at time zone 'UTC')::date $$;
comment on function app_hidden.analytics_day(timestamptz) is 'The (UTC) day an event counts for in the analytics rollups.';

create function app_hidden.analytics_day_start(day date) returns timestamptz
  language sql immutable parallel safe
  as $$ select day::timestamp at time zone 'UTC' $$;
comment on function app_hidden.analytics_day_start(date) is 'The instant a (UTC) analytics day starts.';

-- Used by the row-level security policies of the rollups: reading analytics
-- while an admin has switched the feature off raises FEATURE_DISABLED. Wrapped
-- as (select ...) in the policies, it runs once per query, not once per row.
create function app_hidden.analytics_readable() returns boolean
  language plpgsql stable
  as $$
begin
  perform app_hidden.assert_feature_enabled('analytics');
  return true;
end;
$$;
comment on function app_hidden.analytics_readable() is 'True, or FEATURE_DISABLED when the analytics feature is switched off.';
grant execute on function app_hidden.analytics_day(timestamptz) to :ROLE_ANALYST;
grant execute on function app_hidden.analytics_day_start(date) to :ROLE_ANALYST;
grant execute on function app_hidden.analytics_readable() to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Refreshes: when the rollups were last computed, by whom, for which days.
create table app_public.analytics_refreshes (
  id bigint generated always as identity primary key,
  triggered_by text not null constraint triggered_by_known check (triggered_by in ('cron', 'admin', 'operator')),
  requested_by bigint references app_public.users (id) on delete set null,
  from_day date not null,
  to_day date not null,
  alias_rows integer not null,
  coverage_rows integer not null,
  conflict_rows integer not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz not null default now(),
  constraint day_range check (from_day <= to_day)
);
create index analytics_refreshes_requested_by_idx on app_public.analytics_refreshes (requested_by);
create index analytics_refreshes_started_at_idx on app_public.analytics_refreshes (started_at);
comment on table app_public.analytics_refreshes is 'Each computation of the analytics rollups: by the hourly job (cron), an admin (refreshAnalytics) or an operator.';
comment on column app_public.analytics_refreshes.triggered_by is 'cron (the hourly background job), admin (the refreshAnalytics mutation) or operator (a command line).';
comment on column app_public.analytics_refreshes.requested_by is 'The admin who asked for it, for admin refreshes.';
comment on column app_public.analytics_refreshes.from_day is 'First day recomputed.';
comment on column app_public.analytics_refreshes.to_day is 'Last day recomputed.';
comment on column app_public.analytics_refreshes.alias_rows is 'Rows written to analyticsAliasDailies.';
comment on column app_public.analytics_refreshes.coverage_rows is 'Rows written to analyticsCoverageDailies.';
comment on column app_public.analytics_refreshes.conflict_rows is 'Rows written to analyticsConflictDailies.';
comment on column app_public.analytics_refreshes.started_at is 'When the computation started.';
comment on column app_public.analytics_refreshes.finished_at is 'When it finished.';

-------------------------------------------------------------------------------
-- Aliases created per day, by source system and kind.
create table app_public.analytics_alias_daily (
  day date not null,
  source_system text not null references app_public.source_systems (key) on update cascade on delete cascade,
  kind app_public.alias_kind not null,
  aliases_added integer not null,
  public_added integer not null,
  primary key (day, source_system, kind)
);
create index analytics_alias_daily_source_system_idx on app_public.analytics_alias_daily (source_system, day);
create index analytics_alias_daily_kind_idx on app_public.analytics_alias_daily (kind, day);
comment on table app_public.analytics_alias_daily is 'Aliases created per (UTC) day, by source system and kind. Filter on day and sourceSystem; sum with aggregates or groupedAggregates.';
comment on column app_public.analytics_alias_daily.day is 'The UTC day the aliases were added.';
comment on column app_public.analytics_alias_daily.source_system is 'Where the names came from.';
comment on column app_public.analytics_alias_daily.kind is 'The kind of name.';
comment on column app_public.analytics_alias_daily.aliases_added is 'Aliases added that day (still present: hard-deleted aliases no longer count).';
comment on column app_public.analytics_alias_daily.public_added is 'Of those, how many are public (visible to API clients).';

-------------------------------------------------------------------------------
-- Coverage: how much of the registry has names and identifiers, day by day.
create table app_public.analytics_coverage_daily (
  day date primary key,
  active_employers integer not null,
  with_alias integer not null,
  with_identifier integer not null,
  alias_coverage double precision not null,
  identifier_coverage double precision not null,
  feed_names_resolved double precision,
  refreshed_at timestamptz not null default now()
);
comment on table app_public.analytics_coverage_daily is 'Coverage at the end of each (UTC) day: the share of active employers with at least one alias beyond the canonical name, and with an identifier. Computed from when employers, aliases and identifiers were added, with each employer''s status as it is at refresh time.';
comment on column app_public.analytics_coverage_daily.day is 'The UTC day (for today: so far).';
comment on column app_public.analytics_coverage_daily.active_employers is 'Employers created by the end of the day that are active.';
comment on column app_public.analytics_coverage_daily.with_alias is 'Of those, how many had an alias other than their canonical name by then.';
comment on column app_public.analytics_coverage_daily.with_identifier is 'Of those, how many had an external identifier by then.';
comment on column app_public.analytics_coverage_daily.alias_coverage is 'with_alias as a percentage of active_employers (0 to 100, two decimals).';
comment on column app_public.analytics_coverage_daily.identifier_coverage is 'with_identifier as a percentage of active_employers (0 to 100, two decimals).';
comment on column app_public.analytics_coverage_daily.feed_names_resolved is 'The percentage of feed names matched to an employer. Empty until imports are recorded.';
comment on column app_public.analytics_coverage_daily.refreshed_at is 'When the row was computed.';

-------------------------------------------------------------------------------
-- Conflicts: names shared by employers, distinctions and merges, per day.
create table app_public.analytics_conflict_daily (
  day date primary key,
  shared_names integer,
  employers_sharing_names integer,
  unexplained_pairs integer,
  distinctions_recorded integer not null,
  merges integer not null,
  unmerges integer not null,
  refreshed_at timestamptz not null default now()
);
comment on table app_public.analytics_conflict_daily is 'Conflicts per (UTC) day. The name-sharing counts are a snapshot taken by the refreshes of that day (empty for days before the first refresh); distinctions, merges and unmerges are counted from their dates.';
comment on column app_public.analytics_conflict_daily.day is 'The UTC day.';
comment on column app_public.analytics_conflict_daily.shared_names is 'Compare forms (canonical names or aliases) held by two or more active employers.';
comment on column app_public.analytics_conflict_daily.employers_sharing_names is 'Active employers holding such a name.';
comment on column app_public.analytics_conflict_daily.unexplained_pairs is 'Pairs of active employers sharing a name that no distinction explains: candidates for a merge or a distinction.';
comment on column app_public.analytics_conflict_daily.distinctions_recorded is 'Distinctions stewards recorded that day.';
comment on column app_public.analytics_conflict_daily.merges is 'Merges made that day.';
comment on column app_public.analytics_conflict_daily.unmerges is 'Merges undone that day.';
comment on column app_public.analytics_conflict_daily.refreshed_at is 'When the row was last computed.';

-- SEAM(promotion): app_public.analytics_decision_daily (day, action, decided_by, decisions) here.
-- SEAM(imports): app_public.analytics_import_daily (day, batch_id, outcome, rows) here.

-------------------------------------------------------------------------------
-- Analysts read every rollup (while the feature is on); nobody writes them
-- but the refresh function. API clients have no grant at all.
alter table app_public.analytics_refreshes enable row level security;
alter table app_public.analytics_alias_daily enable row level security;
alter table app_public.analytics_coverage_daily enable row level security;
alter table app_public.analytics_conflict_daily enable row level security;
create policy select_analyst on app_public.analytics_refreshes for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
create policy select_analyst on app_public.analytics_alias_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
create policy select_analyst on app_public.analytics_coverage_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
create policy select_analyst on app_public.analytics_conflict_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
grant select on app_public.analytics_refreshes to :ROLE_ANALYST;
grant select on app_public.analytics_alias_daily to :ROLE_ANALYST;
grant select on app_public.analytics_coverage_daily to :ROLE_ANALYST;
grant select on app_public.analytics_conflict_daily to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Failed alias inserts, recorded by the server after a failed alias mutation
-- (the failed transaction itself cannot write anything): the health check's
-- "alias insert failures an hour" and the metrics gauge read them, whichever
-- process saw the failure. Kept 30 days.
create table app_private.alias_insert_failures (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  operation text not null constraint operation_length check (length(operation) between 1 and 100),
  code text not null constraint code_length check (length(code) between 1 and 100),
  source text not null default 'graphql' constraint source_known check (source in ('graphql', 'import'))
);
create index alias_insert_failures_occurred_at_idx on app_private.alias_insert_failures (occurred_at);
alter table app_private.alias_insert_failures enable row level security;
comment on table app_private.alias_insert_failures is 'One row per failed attempt to add an alias (GraphQL mutation or import row), with the error code. No visitor grants.';

-------------------------------------------------------------------------------
-- Exports that are not rollups: security_invoker, so the caller's row-level
-- security applies; analysts only (API clients have no grant).
create view app_hidden.export_aliases with (security_invoker = true) as
  select a.id as alias_id,
         a.employer_id,
         e.name as employer_name,
         e.status as employer_status,
         a.name as alias,
         a.kind,
         a.visibility,
         a.valid_from,
         a.valid_to,
         a.source_system,
         a.source_ref,
         a.import_batch_id,
         a.import_row,
         u.username::text as added_by,
         a.added_at
  from app_public.aliases a
  join app_public.employers e on e.id = a.employer_id
  left join app_public.users u on u.id = a.added_by;
comment on view app_hidden.export_aliases is 'The aliases CSV export (GET /exports/aliases.csv).';
grant select on app_hidden.export_aliases to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- The refresh: recomputes the rollups for a range of days. Without a range it
-- recomputes yesterday and today, or all of history on the first run.
create function app_hidden.refresh_analytics_rollups(from_day date, to_day date, triggered_by text)
  returns app_public.analytics_refreshes
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_started timestamptz := clock_timestamp();
  v_today date := app_hidden.analytics_day(now());
  v_from date := from_day;
  v_to date := coalesce(to_day, v_today);
  v_alias_rows integer;
  v_coverage_rows integer;
  v_conflict_rows integer;
  v_refresh app_public.analytics_refreshes;
begin
  -- One refresh at a time (the cron job and an admin may overlap).
  perform pg_advisory_xact_lock(hashtext('app_hidden.refresh_analytics_rollups'));
  if v_from is null then
    select max(c.day) - 1 into v_from from app_public.analytics_coverage_daily c;
  end if;
  if v_from is null then
    select least(
      (select app_hidden.analytics_day(min(e.created_at)) from app_public.employers e),
      (select app_hidden.analytics_day(min(a.added_at)) from app_public.aliases a),
      (select app_hidden.analytics_day(min(i.added_at)) from app_public.employer_identifiers i),
      (select app_hidden.analytics_day(min(d.recorded_at)) from app_public.employer_distinctions d),
      (select app_hidden.analytics_day(min(m.merged_at)) from app_public.employer_merges m)
    ) into v_from;
  end if;
  v_from := least(coalesce(v_from, v_to), v_to);
  if from_day is not null and from_day > v_to then
    raise exception 'The first day (%) is after the last day (%)', from_day, v_to using errcode = 'BADRG';
  end if;
  if v_to > v_today then
    raise exception 'The last day (%) is in the future', v_to using errcode = 'BADRG';
  end if;
  if v_to - v_from > 3700 then
    raise exception 'At most ten years can be refreshed at once' using errcode = 'BADRG';
  end if;

  -- Aliases per day, by source system and kind.
  delete from app_public.analytics_alias_daily where day between v_from and v_to;
  insert into app_public.analytics_alias_daily (day, source_system, kind, aliases_added, public_added)
    select app_hidden.analytics_day(a.added_at), a.source_system, a.kind, count(*),
           count(*) filter (where a.visibility = 'public')
    from app_public.aliases a
    where a.added_at >= app_hidden.analytics_day_start(v_from)
      and a.added_at < app_hidden.analytics_day_start(v_to + 1)
    group by 1, 2, 3;
  get diagnostics v_alias_rows = row_count;

  -- Coverage at the end of each day: for every active employer, the day it
  -- gained its first alias (other than its canonical name) and its first
  -- identifier; then running totals of the three per-day counts.
  insert into app_public.analytics_coverage_daily
      (day, active_employers, with_alias, with_identifier, alias_coverage, identifier_coverage, refreshed_at)
    with active as (
      select e.id, e.compare_name, app_hidden.analytics_day(e.created_at) as created_day
      from app_public.employers e
      where e.status = 'active'
    ), first_alias as (
      select a.employer_id, min(a.added_at) as added_at
      from app_public.aliases a
      join active e on e.id = a.employer_id and a.compare_form <> e.compare_name
      group by a.employer_id
    ), first_identifier as (
      select i.employer_id, min(i.added_at) as added_at
      from app_public.employer_identifiers i
      group by i.employer_id
    ), per_employer as (
      select e.created_day,
             greatest(e.created_day, app_hidden.analytics_day(fa.added_at)) as alias_day,
             greatest(e.created_day, app_hidden.analytics_day(fi.added_at)) as identifier_day,
             fa.added_at is not null as has_alias,
             fi.added_at is not null as has_identifier
      from active e
      left join first_alias fa on fa.employer_id = e.id
      left join first_identifier fi on fi.employer_id = e.id
    ), per_day as (
      select x.day, sum(x.employers) as employers, sum(x.aliased) as aliased, sum(x.identified) as identified
      from per_employer p
      cross join lateral (
        values (p.created_day, 1, 0, 0),
               (case when p.has_alias then p.alias_day end, 0, 1, 0),
               (case when p.has_identifier then p.identifier_day end, 0, 0, 1)
      ) as x (day, employers, aliased, identified)
      where x.day is not null and x.day <= v_to
      group by x.day
    ), running as (
      select r.day,
             sum(r.employers) over w as employers,
             sum(r.aliased) over w as aliased,
             sum(r.identified) over w as identified
      from per_day r
      window w as (order by r.day)
    )
    select d.day::date,
           coalesce(r.employers, 0),
           coalesce(r.aliased, 0),
           coalesce(r.identified, 0),
           coalesce(round(100.0 * r.aliased / nullif(r.employers, 0), 2), 0),
           coalesce(round(100.0 * r.identified / nullif(r.employers, 0), 2), 0),
           now()
    from generate_series(v_from, v_to, interval '1 day') as d (day)
    left join lateral (
      select * from running r where r.day <= d.day::date order by r.day desc limit 1
    ) r on true
  on conflict (day) do update set
    active_employers = excluded.active_employers,
    with_alias = excluded.with_alias,
    with_identifier = excluded.with_identifier,
    alias_coverage = excluded.alias_coverage,
    identifier_coverage = excluded.identifier_coverage,
    refreshed_at = excluded.refreshed_at;
  get diagnostics v_coverage_rows = row_count;
  -- SEAM(imports): set feed_names_resolved from the import rows' outcomes here.

  -- Conflicts. The name-sharing snapshot is taken for today only (it cannot be
  -- reconstructed for the past); the other counts come from their dates.
  create temp table if not exists analytics_shared_names (
    compare_form text, employer_ids bigint[]
  ) on commit drop;
  truncate analytics_shared_names;
  if v_today between v_from and v_to then
    insert into analytics_shared_names (compare_form, employer_ids)
      select n.compare_form, array_agg(distinct n.employer_id)
      from (
        select e.id as employer_id, e.compare_name as compare_form
        from app_public.employers e where e.status = 'active'
        union all
        select a.employer_id, a.compare_form
        from app_public.aliases a
        join app_public.employers e on e.id = a.employer_id and e.status = 'active'
      ) n
      group by n.compare_form
      having count(distinct n.employer_id) > 1;
  end if;
  insert into app_public.analytics_conflict_daily
      (day, shared_names, employers_sharing_names, unexplained_pairs, distinctions_recorded, merges, unmerges, refreshed_at)
    select d.day::date,
           case when d.day::date = v_today then (select count(*) from analytics_shared_names) end,
           case when d.day::date = v_today then (
             select count(distinct x.id) from analytics_shared_names s cross join unnest(s.employer_ids) as x (id)
           ) end,
           case when d.day::date = v_today then (
             select count(*) from (
               select distinct x.id as a, y.id as b
               from analytics_shared_names s
               cross join unnest(s.employer_ids) as x (id)
               cross join unnest(s.employer_ids) as y (id)
               where x.id < y.id
             ) p
             where not exists (
               select 1 from app_public.employer_distinctions dd
               where dd.employer_id = p.a and dd.other_employer_id = p.b
             )
           ) end,
           (select count(*) from app_public.employer_distinctions dd
             where app_hidden.analytics_day(dd.recorded_at) = d.day::date),
           (select count(*) from app_public.employer_merges m
             where app_hidden.analytics_day(m.merged_at) = d.day::date),
           (select count(*) from app_public.employer_merges m
             where app_hidden.analytics_day(m.unmerged_at) = d.day::date),
           now()
    from generate_series(v_from, v_to, interval '1 day') as d (day)
  on conflict (day) do update set
    shared_names = coalesce(excluded.shared_names, analytics_conflict_daily.shared_names),
    employers_sharing_names = coalesce(excluded.employers_sharing_names, analytics_conflict_daily.employers_sharing_names),
    unexplained_pairs = coalesce(excluded.unexplained_pairs, analytics_conflict_daily.unexplained_pairs),
    distinctions_recorded = excluded.distinctions_recorded,
    merges = excluded.merges,
    unmerges = excluded.unmerges,
    refreshed_at = excluded.refreshed_at;
  get diagnostics v_conflict_rows = row_count;

  -- SEAM(promotion): recompute app_public.analytics_decision_daily for v_from..v_to here.
  -- SEAM(imports): recompute app_public.analytics_import_daily for v_from..v_to here.

  delete from app_private.alias_insert_failures where occurred_at < now() - interval '30 days';

  insert into app_public.analytics_refreshes
      (triggered_by, requested_by, from_day, to_day, alias_rows, coverage_rows, conflict_rows, started_at, finished_at)
    values (refresh_analytics_rollups.triggered_by, app_hidden.current_user_id(), v_from, v_to,
            v_alias_rows, v_coverage_rows, v_conflict_rows, v_started, clock_timestamp())
    returning * into v_refresh;
  return v_refresh;
end;
$$;
comment on function app_hidden.refresh_analytics_rollups(date, date, text) is 'Recomputes the analytics rollups for from_day..to_day (default: yesterday and today; all of history the first time).';

create function app_public.refresh_analytics(from_day date default null, to_day date default null)
  returns app_public.analytics_refreshes
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  perform app_hidden.assert_feature_enabled('analytics');
  return app_hidden.refresh_analytics_rollups(from_day, to_day, 'admin');
end;
$$;
comment on function app_public.refresh_analytics(date, date) is 'Admin only: recomputes the analytics rollups now, for fromDay..toDay (UTC days; default yesterday and today, or all of history the first time). The hourly job does the same by itself.';
grant execute on function app_public.refresh_analytics(date, date) to :ROLE_ADMIN;
