--! Previous: sha1:6fd09b9fe61c7fb543df35f37af637f639d72aea
--! Hash: sha1:a92de2d0168cca3d2d7bcdd7566aedfffea9db54
--! Message: Conflicts count pairs only within names held by at most 20 employers (more: common names); export order indexes on (timestamp, id)

--! split: 1-common-names.sql
-- Conflicts: pairs of employers sharing a name are counted only within names
-- held by a few employers.
--
-- unexplained_pairs is meant as a work list: pairs a steward should either
-- merge or mark as distinct. A compare form held by dozens of active employers
-- ("smith building services", "abc construction") is a common name, not
-- evidence that they are one company, and its pairs swamp the figure: at the
-- 1M scale one such form held by 1,693 employers gives 1.4M pairs on its own,
-- and listing the 21.6M pairs of all shared forms at every hourly refresh took
-- ~24 s. Forms held by more than analytics_pair_holder_limit() employers are
-- counted as common_names instead, and their pairs are left out.
create or replace function app_hidden.analytics_pair_holder_limit() returns integer
  language sql immutable parallel safe
  as $$ select 20 $$;
comment on function app_hidden.analytics_pair_holder_limit() is
  'The most active employers a compare form may be held by for its pairs to count in unexplained_pairs; forms held by more are common_names.';

alter table app_public.analytics_conflict_daily add column if not exists common_names integer;
comment on column app_public.analytics_conflict_daily.common_names is
  'Of the shared names, those held by more than 20 active employers (common names, not merge evidence): their pairs are not counted in unexplained_pairs. Snapshot, like shared_names.';
comment on column app_public.analytics_conflict_daily.unexplained_pairs is
  'Pairs of active employers sharing a name held by at most 20 of them that no distinction explains: candidates for a merge or a distinction. Names held by more are common_names.';

create or replace function app_hidden.analytics_write_conflict_days(days date[], today date) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_rows integer;
  v_limit integer := app_hidden.analytics_pair_holder_limit();
  v_shared integer;
  v_common integer;
  v_employers integer;
  v_unexplained integer;
begin
  if today = any (days) then
    select count(*)::integer, (count(*) filter (where cardinality(s.employer_ids) > v_limit))::integer
      into v_shared, v_common
      from app_private.analytics_shared_names s;
    select count(distinct x.id)::integer into v_employers
      from app_private.analytics_shared_names s cross join unnest(s.employer_ids) as x (id);
    -- except (a hashed set operation) rather than "not exists" (one index probe per pair).
    select count(*)::integer into v_unexplained from (
      select x.id, y.id
      from app_private.analytics_shared_names s
      cross join unnest(s.employer_ids) as x (id)
      cross join unnest(s.employer_ids) as y (id)
      where cardinality(s.employer_ids) <= v_limit and x.id < y.id
      except
      select dd.employer_id, dd.other_employer_id from app_public.employer_distinctions dd
    ) p;
  end if;
  insert into app_public.analytics_conflict_daily as c
      (day, shared_names, common_names, employers_sharing_names, unexplained_pairs, distinctions_recorded, merges, unmerges,
       refreshed_at)
    select d.day,
           case when d.day = today then v_shared end,
           case when d.day = today then v_common end,
           case when d.day = today then v_employers end,
           case when d.day = today then v_unexplained end,
           coalesce(ds.n, 0), coalesce(mg.n, 0), coalesce(um.n, 0), now()
    from (select distinct x as day from unnest(days) x) d
    left join lateral (
      select count(*)::integer as n from app_public.employer_distinctions dd
      where dd.recorded_at >= app_hidden.analytics_day_start(d.day) and dd.recorded_at < app_hidden.analytics_day_start(d.day + 1)
    ) ds on true
    left join lateral (
      select count(*)::integer as n from app_public.employer_merges m
      where m.merged_at >= app_hidden.analytics_day_start(d.day) and m.merged_at < app_hidden.analytics_day_start(d.day + 1)
    ) mg on true
    left join lateral (
      select count(*)::integer as n from app_public.employer_merges m
      where m.unmerged_at >= app_hidden.analytics_day_start(d.day) and m.unmerged_at < app_hidden.analytics_day_start(d.day + 1)
    ) um on true
  on conflict (day) do update set
    shared_names = coalesce(excluded.shared_names, c.shared_names),
    common_names = coalesce(excluded.common_names, c.common_names),
    employers_sharing_names = coalesce(excluded.employers_sharing_names, c.employers_sharing_names),
    unexplained_pairs = coalesce(excluded.unexplained_pairs, c.unexplained_pairs),
    distinctions_recorded = excluded.distinctions_recorded,
    merges = excluded.merges,
    unmerges = excluded.unmerges,
    refreshed_at = excluded.refreshed_at;
  get diagnostics v_rows = row_count;
  return v_rows;
end;
$$;

-- The dashboard's conflicts carry commonNames too (otherwise as in 000005).
create or replace function app_public.analytics_dashboard(from_day date, to_day date, source_system text default null)
  returns json
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if from_day is null or to_day is null or from_day > to_day or to_day - from_day > 3700 then
    raise exception 'Give fromDay and toDay, fromDay first, at most ten years apart' using errcode = 'BADRG';
  end if;
  return json_build_object(
    'fromDay', from_day,
    'toDay', to_day,
    'sourceSystem', source_system,
    'aliasesPerDay', json_build_object(
      'columns', json_build_array('day', 'sourceSystem', 'kind', 'aliasesAdded', 'publicAdded'),
      'rows', coalesce((
        select json_agg(json_build_array(a.day, a.source_system, a.kind, a.aliases_added, a.public_added)
                         order by a.day, a.source_system, a.kind)
        from app_public.analytics_alias_daily a
        where a.day between from_day and to_day
          and (analytics_dashboard.source_system is null or a.source_system = analytics_dashboard.source_system)
      ), '[]'::json)),
    'aliasTotals', coalesce((
      select json_agg(json_build_object('sourceSystem', t.source_system, 'aliasesAdded', t.added, 'publicAdded', t.public)
                       order by t.source_system)
      from (
        select a.source_system, sum(a.aliases_added) as added, sum(a.public_added) as public
        from app_public.analytics_alias_daily a
        where a.day between from_day and to_day
          and (analytics_dashboard.source_system is null or a.source_system = analytics_dashboard.source_system)
        group by a.source_system
      ) t), '[]'::json),
    'coverage', coalesce((
      select json_agg(json_build_object('day', c.day, 'activeEmployers', c.active_employers,
                                          'aliasCoverage', c.alias_coverage, 'identifierCoverage', c.identifier_coverage,
                                          'feedNamesResolved', c.feed_names_resolved) order by c.day)
      from app_public.analytics_coverage_daily c where c.day between from_day and to_day), '[]'::json),
    'conflicts', coalesce((
      select json_agg(json_build_object('day', c.day, 'sharedNames', c.shared_names,
                                          'commonNames', c.common_names, 'employersSharingNames', c.employers_sharing_names,
                                          'unexplainedPairs', c.unexplained_pairs, 'distinctionsRecorded', c.distinctions_recorded,
                                          'merges', c.merges, 'unmerges', c.unmerges) order by c.day)
      from app_public.analytics_conflict_daily c where c.day between from_day and to_day), '[]'::json),
    'decisionTotals', coalesce((
      select json_agg(json_build_object('action', d.action, 'decisions', d.n) order by d.action)
      from (select x.action, sum(x.decisions) as n from app_public.analytics_decision_daily x
            where x.day between from_day and to_day group by x.action) d), '[]'::json),
    'importTotals', coalesce((
      select json_agg(json_build_object('outcome', i.outcome, 'rows', i.n) order by i.outcome)
      from (select x.outcome, sum(x.rows) as n from app_public.analytics_import_daily x
            where x.day between from_day and to_day
              and (analytics_dashboard.source_system is null or x.source_system = analytics_dashboard.source_system)
            group by x.outcome) i), '[]'::json),
    'backlog', (
      select json_build_object('day', b.day, 'promotionItems', b.promotion_items,
                                'promotionOldestQueuedSince', b.promotion_oldest_queued_since,
                                'pendingItems', b.pending_items, 'pendingOldestFirstSeenAt', b.pending_oldest_first_seen_at,
                                'measuredAt', b.measured_at)
      from app_public.analytics_backlog_daily b order by b.day desc limit 1),
    'lastRefresh', (
      select json_build_object('mode', r.mode, 'triggeredBy', r.triggered_by, 'startedAt', r.started_at,
                                'finishedAt', r.finished_at)
      from app_public.analytics_refreshes r order by r.started_at desc limit 1)
  );
end;
$$;
comment on function app_public.analytics_dashboard(date, date, text) is
  'Everything the analytics dashboard shows for fromDay..toDay (UTC days, both included; optionally one source system), in one JSON value: aliasesPerDay ({columns, rows}: one row per day, source system and kind), aliasTotals, coverage and conflicts (one entry per day; conflicts with commonNames), decisionTotals, importTotals, the latest backlog snapshot and the last refresh. docs/ANALYTICS.md describes the shape.';

--! split: 2-export-order-indexes.sql
-- The CSV exports stream rows in a fixed order: aliases by (added_at, id),
-- decisions by (decided_at, id), pending employers by (first_seen_at, id).
-- Their first rows must come without reading the whole range first.
--
-- An index on the timestamp alone is not enough: the planner reads it and
-- sorts each run of equal timestamps by id, and writes made in one transaction
-- share one now() -- an import adds thousands of aliases and pending
-- employers with the same timestamp, a bulk promotion many decisions. At the
-- 1M scale, with 20,000 aliases sharing an added_at, the first 100 rows of
-- aliases.csv took 411 ms (every row of the run read and joined, then sorted)
-- against 1.4 ms on (added_at, id). pending_employers had no index on
-- first_seen_at at all (a sort of the whole table). An index on
-- (timestamp, id) gives the export's order outright and serves every range
-- scan the old single-column ones did.
create index if not exists aliases_added_at_id_idx on app_public.aliases (added_at, id);
drop index if exists app_public.aliases_added_at_idx;
create index if not exists canonical_decisions_decided_at_id_idx on app_public.canonical_decisions (decided_at, id);
drop index if exists app_public.canonical_decisions_decided_at_idx;
create index if not exists pending_employers_first_seen_at_id_idx on app_public.pending_employers (first_seen_at, id);
