-- Analytics at scale: incremental rollups.
--
-- Until now every refresh recomputed coverage and the shared-names snapshot
-- from every employer and alias (tens of seconds at 1M employers), even the
-- hourly one. Here the registry's tables mark what changed, and the refresh
-- recomputes only that:
--   * statement-level triggers (one statement, one insert of the distinct keys
--     it touched, whatever the number of rows) append to three change logs:
--     dirty days per day-keyed rollup, dirty employers (coverage) and dirty
--     compare forms (shared names). The logs have no unique key, so concurrent
--     writers never wait on each other; the refresh deduplicates and consumes them.
--   * coverage keeps, per active employer, the days it started to count
--     (created, first alias, first identifier) and, per day, how many started
--     that day; a refresh moves only the dirty employers' contributions, and the
--     coverage rows are running sums of those per-day counts (a few hundred rows).
--   * the shared-names snapshot keeps the compare forms held by two or more
--     active employers; a refresh recomputes only the dirty forms (index lookups).
-- A full rebuild (refreshAnalytics(input: { fullRebuild: true }), or the first refresh after this
-- migration) recomputes everything from the registry, as before.
--
-- Writes made with triggers off (session_replication_role = replica: the scale
-- seed, fixtures that backdate rows) are not marked: run a full rebuild after them.
--
-- Re-runnable: drops first, in reverse order of creation. 000004's trigger on
-- analytics_refreshes recomputed decisions and imports for each refresh's whole
-- range; the refresh below does it for the dirty days only, so it goes.
drop trigger if exists _600_integration_rollups on app_public.analytics_refreshes;
drop function if exists app_hidden.tg_analytics_refreshes__integration_rollups();
drop function if exists app_hidden.refresh_integration_rollups(date, date);
drop function if exists app_public.analytics_dashboard(date, date, text);
drop function if exists app_public.refresh_analytics(date, date, boolean);
drop function if exists app_public.refresh_analytics(date, date);
drop function if exists app_hidden.refresh_analytics_rollups(date, date, text, boolean);
drop function if exists app_hidden.refresh_analytics_rollups(date, date, text);
drop function if exists app_hidden.analytics_snapshot_backlogs(date);
drop function if exists app_hidden.analytics_update_feed_names_resolved();
drop function if exists app_hidden.analytics_write_conflict_days(date[], date);
drop function if exists app_hidden.analytics_update_shared_names(boolean);
drop function if exists app_hidden.analytics_write_coverage_days(date, date);
drop function if exists app_hidden.analytics_update_coverage(boolean);
drop function if exists app_hidden.analytics_write_import_days(date[]);
drop function if exists app_hidden.analytics_write_decision_days(date[]);
drop function if exists app_hidden.analytics_write_alias_days(date[]);
drop function if exists app_hidden.analytics_day_set_is_range(date[]);
drop trigger if exists _700_analytics_dirty_insert on app_public.import_rows;
drop trigger if exists _700_analytics_dirty_update on app_public.import_rows;
drop trigger if exists _700_analytics_dirty_delete on app_public.import_rows;
drop trigger if exists _700_analytics_dirty_insert on app_public.canonical_decisions;
drop trigger if exists _700_analytics_dirty_insert on app_public.employer_merges;
drop trigger if exists _700_analytics_dirty_update on app_public.employer_merges;
drop trigger if exists _700_analytics_dirty_delete on app_public.employer_merges;
drop trigger if exists _700_analytics_dirty_insert on app_public.employer_distinctions;
drop trigger if exists _700_analytics_dirty_update on app_public.employer_distinctions;
drop trigger if exists _700_analytics_dirty_delete on app_public.employer_distinctions;
drop trigger if exists _700_analytics_dirty_insert on app_public.employer_identifiers;
drop trigger if exists _700_analytics_dirty_update on app_public.employer_identifiers;
drop trigger if exists _700_analytics_dirty_delete on app_public.employer_identifiers;
drop trigger if exists _700_analytics_dirty_insert on app_public.aliases;
drop trigger if exists _700_analytics_dirty_update on app_public.aliases;
drop trigger if exists _700_analytics_dirty_delete on app_public.aliases;
drop trigger if exists _700_analytics_dirty_insert on app_public.employers;
drop trigger if exists _700_analytics_dirty_update on app_public.employers;
drop trigger if exists _700_analytics_dirty_delete on app_public.employers;
drop function if exists app_hidden.tg_import_rows__analytics_dirty();
drop function if exists app_hidden.tg_canonical_decisions__analytics_dirty();
drop function if exists app_hidden.tg_employer_merges__analytics_dirty();
drop function if exists app_hidden.tg_employer_distinctions__analytics_dirty();
drop function if exists app_hidden.tg_employer_identifiers__analytics_dirty();
drop function if exists app_hidden.tg_aliases__analytics_dirty();
drop function if exists app_hidden.tg_employers__analytics_dirty();
drop table if exists app_private.analytics_shared_names;
drop table if exists app_private.analytics_coverage_days;
drop table if exists app_private.analytics_coverage_employers;
drop table if exists app_private.analytics_rollup_state;
drop table if exists app_private.analytics_dirty_names;
drop table if exists app_private.analytics_dirty_employers;
drop table if exists app_private.analytics_dirty_days;
alter table app_public.analytics_refreshes drop column if exists mode;
alter table app_public.analytics_refreshes drop column if exists days_recomputed;
alter table app_public.analytics_refreshes drop column if exists employers_recomputed;
alter table app_public.analytics_refreshes drop column if exists names_recomputed;
alter table app_public.analytics_refreshes drop column if exists step_ms;

-------------------------------------------------------------------------------
-- What each refresh did, for the bench and the curious admin.
alter table app_public.analytics_refreshes
  add column mode text not null default 'full' constraint mode_known check (mode in ('full', 'incremental', 'range')),
  add column days_recomputed integer not null default 0,
  add column employers_recomputed integer not null default 0,
  add column names_recomputed integer not null default 0,
  add column step_ms jsonb not null default '{}'::jsonb;
comment on column app_public.analytics_refreshes.mode is 'full (everything recomputed from the registry), incremental (only what changed since the last refresh) or range (the days an admin named, plus what changed).';
comment on column app_public.analytics_refreshes.days_recomputed is 'Days recomputed in the day-keyed rollups (aliases, conflicts, decisions, imports), counted once per rollup.';
comment on column app_public.analytics_refreshes.employers_recomputed is 'Employers whose coverage was recomputed.';
comment on column app_public.analytics_refreshes.names_recomputed is 'Compare forms whose sharing between employers was recomputed.';
comment on column app_public.analytics_refreshes.step_ms is 'Milliseconds spent in each step of the refresh.';

-------------------------------------------------------------------------------
-- Change logs, filled by the triggers below, emptied by the refresh. No
-- visitor grants: the triggers are security definer.
create table app_private.analytics_dirty_days (
  rollup text not null constraint rollup_known check (rollup in ('alias', 'conflict', 'decision', 'import')),
  day date not null
);
create index analytics_dirty_days_rollup_idx on app_private.analytics_dirty_days (rollup, day);
comment on table app_private.analytics_dirty_days is 'Days of a day-keyed rollup that a write touched since the last refresh (duplicates allowed: no unique key, so writers never wait on each other).';

create table app_private.analytics_dirty_employers (
  employer_id bigint not null
);
comment on table app_private.analytics_dirty_employers is 'Employers whose coverage may have changed since the last refresh (duplicates allowed).';

create table app_private.analytics_dirty_names (
  compare_form text not null
);
comment on table app_private.analytics_dirty_names is 'Compare forms whose sharing between employers may have changed since the last refresh (duplicates allowed).';

-- One row once the incremental state below has been built by a full rebuild.
create table app_private.analytics_rollup_state (
  singleton boolean primary key default true constraint one_row check (singleton),
  built_at timestamptz not null default now()
);
comment on table app_private.analytics_rollup_state is 'Present once a full rebuild has built the incremental state; absent means the next refresh rebuilds everything.';

-- Coverage, per active employer: the days it started to count.
create table app_private.analytics_coverage_employers (
  employer_id bigint primary key,
  created_day date not null,
  alias_day date,
  identifier_day date
);
comment on table app_private.analytics_coverage_employers is 'Per active employer: the UTC day it was created, gained its first alias beyond its canonical name and its first identifier (never before it was created).';

-- Coverage, per day: how many active employers started to count that day.
create table app_private.analytics_coverage_days (
  day date primary key,
  employers integer not null,
  with_alias integer not null,
  with_identifier integer not null
);
comment on table app_private.analytics_coverage_days is 'Per UTC day: active employers created, gaining their first alias, gaining their first identifier; coverage is their running sum.';

-- Compare forms held by two or more active employers (the conflicts snapshot).
create table app_private.analytics_shared_names (
  compare_form text primary key,
  employer_ids bigint[] not null
);
comment on table app_private.analytics_shared_names is 'Compare forms (canonical names or aliases) held by two or more active employers, with those employers (sorted).';

alter table app_private.analytics_dirty_days enable row level security;
alter table app_private.analytics_dirty_employers enable row level security;
alter table app_private.analytics_dirty_names enable row level security;
alter table app_private.analytics_rollup_state enable row level security;
alter table app_private.analytics_coverage_employers enable row level security;
alter table app_private.analytics_coverage_days enable row level security;
alter table app_private.analytics_shared_names enable row level security;

-------------------------------------------------------------------------------
-- The triggers. Statement level with transition tables: one insert per
-- statement and log, of the distinct keys, so an import chunk of 1,000 rows
-- costs three small inserts. (Transition tables allow one event per trigger,
-- hence three triggers per table.) Updates mark only rows whose counted
-- columns changed: retiring an alias (valid_to) changes no figure.
create function app_hidden.tg_aliases__analytics_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op = 'INSERT' then
    with t as (select n.employer_id, n.compare_form, n.added_at from new_rows n),
         d as (insert into app_private.analytics_dirty_days (rollup, day)
                 select distinct 'alias', app_hidden.analytics_day(t.added_at) from t),
         e as (insert into app_private.analytics_dirty_employers (employer_id) select distinct t.employer_id from t)
    insert into app_private.analytics_dirty_names (compare_form) select distinct t.compare_form from t;
  elsif tg_op = 'DELETE' then
    with t as (select o.employer_id, o.compare_form, o.added_at from old_rows o),
         d as (insert into app_private.analytics_dirty_days (rollup, day)
                 select distinct 'alias', app_hidden.analytics_day(t.added_at) from t),
         e as (insert into app_private.analytics_dirty_employers (employer_id) select distinct t.employer_id from t)
    insert into app_private.analytics_dirty_names (compare_form) select distinct t.compare_form from t;
  else
    with t as (
           select x.employer_id, x.compare_form, x.added_at
           from old_rows o
           join new_rows n on n.id = o.id
           cross join lateral (values (o.employer_id, o.compare_form, o.added_at),
                                      (n.employer_id, n.compare_form, n.added_at)) as x (employer_id, compare_form, added_at)
           where (o.employer_id, o.compare_form, o.added_at, o.source_system, o.kind, o.visibility)
                 is distinct from (n.employer_id, n.compare_form, n.added_at, n.source_system, n.kind, n.visibility)
         ),
         d as (insert into app_private.analytics_dirty_days (rollup, day)
                 select distinct 'alias', app_hidden.analytics_day(t.added_at) from t),
         e as (insert into app_private.analytics_dirty_employers (employer_id) select distinct t.employer_id from t)
    insert into app_private.analytics_dirty_names (compare_form) select distinct t.compare_form from t;
  end if;
  return null;
end;
$$;
comment on function app_hidden.tg_aliases__analytics_dirty() is 'Marks the days, employers and compare forms a statement on aliases touched, for the next analytics refresh.';

create function app_hidden.tg_employers__analytics_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  -- The employer's other forms (its aliases) are added by the refresh, which
  -- treats every form of a dirty employer as dirty.
  if tg_op = 'INSERT' then
    with t as (select n.id, n.compare_name from new_rows n),
         e as (insert into app_private.analytics_dirty_employers (employer_id) select distinct t.id from t)
    insert into app_private.analytics_dirty_names (compare_form) select distinct t.compare_name from t;
  elsif tg_op = 'DELETE' then
    with t as (select o.id, o.compare_name from old_rows o),
         e as (insert into app_private.analytics_dirty_employers (employer_id) select distinct t.id from t)
    insert into app_private.analytics_dirty_names (compare_form) select distinct t.compare_name from t;
  else
    with t as (
           select x.id, x.compare_name
           from old_rows o
           join new_rows n on n.id = o.id
           cross join lateral (values (o.id, o.compare_name), (n.id, n.compare_name)) as x (id, compare_name)
           where (o.status, o.compare_name, o.created_at) is distinct from (n.status, n.compare_name, n.created_at)
         ),
         e as (insert into app_private.analytics_dirty_employers (employer_id) select distinct t.id from t)
    insert into app_private.analytics_dirty_names (compare_form) select distinct t.compare_name from t;
  end if;
  return null;
end;
$$;
comment on function app_hidden.tg_employers__analytics_dirty() is 'Marks the employers (and canonical compare forms) a statement on employers touched, for the next analytics refresh.';

create function app_hidden.tg_employer_identifiers__analytics_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    insert into app_private.analytics_dirty_employers (employer_id) select distinct n.employer_id from new_rows n;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    insert into app_private.analytics_dirty_employers (employer_id) select distinct o.employer_id from old_rows o;
  end if;
  return null;
end;
$$;
comment on function app_hidden.tg_employer_identifiers__analytics_dirty() is 'Marks the employers whose identifiers a statement touched, for the next analytics refresh.';

create function app_hidden.tg_employer_distinctions__analytics_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    insert into app_private.analytics_dirty_days (rollup, day)
      select distinct 'conflict', app_hidden.analytics_day(n.recorded_at) from new_rows n;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    insert into app_private.analytics_dirty_days (rollup, day)
      select distinct 'conflict', app_hidden.analytics_day(o.recorded_at) from old_rows o;
  end if;
  return null;
end;
$$;
comment on function app_hidden.tg_employer_distinctions__analytics_dirty() is 'Marks the days whose distinctions a statement touched, for the next analytics refresh.';

create function app_hidden.tg_employer_merges__analytics_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    insert into app_private.analytics_dirty_days (rollup, day)
      select distinct 'conflict', app_hidden.analytics_day(x.at)
      from new_rows n cross join lateral (values (n.merged_at), (n.unmerged_at)) as x (at)
      where x.at is not null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    insert into app_private.analytics_dirty_days (rollup, day)
      select distinct 'conflict', app_hidden.analytics_day(x.at)
      from old_rows o cross join lateral (values (o.merged_at), (o.unmerged_at)) as x (at)
      where x.at is not null;
  end if;
  return null;
end;
$$;
comment on function app_hidden.tg_employer_merges__analytics_dirty() is 'Marks the days whose merges or unmerges a statement touched, for the next analytics refresh.';

-- Decisions are append-only (000003), so only inserts can change a day.
create function app_hidden.tg_canonical_decisions__analytics_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  insert into app_private.analytics_dirty_days (rollup, day)
    select distinct 'decision', app_hidden.analytics_day(n.decided_at) from new_rows n;
  return null;
end;
$$;
comment on function app_hidden.tg_canonical_decisions__analytics_dirty() is 'Marks the days a statement added canonical decisions to, for the next analytics refresh.';

create function app_hidden.tg_import_rows__analytics_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op = 'INSERT' then
    insert into app_private.analytics_dirty_days (rollup, day)
      select distinct 'import', app_hidden.analytics_day(n.processed_at) from new_rows n
      where n.outcome is not null and n.processed_at is not null;
  elsif tg_op = 'DELETE' then
    insert into app_private.analytics_dirty_days (rollup, day)
      select distinct 'import', app_hidden.analytics_day(o.processed_at) from old_rows o
      where o.outcome is not null and o.processed_at is not null;
  else
    insert into app_private.analytics_dirty_days (rollup, day)
      select distinct 'import', app_hidden.analytics_day(x.at)
      from old_rows o
      join new_rows n on n.batch_id = o.batch_id and n.line = o.line
      cross join lateral (values (o.processed_at, o.outcome), (n.processed_at, n.outcome)) as x (at, outcome)
      where (o.outcome, o.processed_at, o.batch_id) is distinct from (n.outcome, n.processed_at, n.batch_id)
        and x.at is not null and x.outcome is not null;
  end if;
  return null;
end;
$$;
comment on function app_hidden.tg_import_rows__analytics_dirty() is 'Marks the days whose import row outcomes a statement touched, for the next analytics refresh.';

create trigger _700_analytics_dirty_insert after insert on app_public.employers
  referencing new table as new_rows for each statement execute function app_hidden.tg_employers__analytics_dirty();
create trigger _700_analytics_dirty_update after update on app_public.employers
  referencing old table as old_rows new table as new_rows for each statement execute function app_hidden.tg_employers__analytics_dirty();
create trigger _700_analytics_dirty_delete after delete on app_public.employers
  referencing old table as old_rows for each statement execute function app_hidden.tg_employers__analytics_dirty();
create trigger _700_analytics_dirty_insert after insert on app_public.aliases
  referencing new table as new_rows for each statement execute function app_hidden.tg_aliases__analytics_dirty();
create trigger _700_analytics_dirty_update after update on app_public.aliases
  referencing old table as old_rows new table as new_rows for each statement execute function app_hidden.tg_aliases__analytics_dirty();
create trigger _700_analytics_dirty_delete after delete on app_public.aliases
  referencing old table as old_rows for each statement execute function app_hidden.tg_aliases__analytics_dirty();
create trigger _700_analytics_dirty_insert after insert on app_public.employer_identifiers
  referencing new table as new_rows for each statement execute function app_hidden.tg_employer_identifiers__analytics_dirty();
create trigger _700_analytics_dirty_update after update on app_public.employer_identifiers
  referencing old table as old_rows new table as new_rows for each statement execute function app_hidden.tg_employer_identifiers__analytics_dirty();
create trigger _700_analytics_dirty_delete after delete on app_public.employer_identifiers
  referencing old table as old_rows for each statement execute function app_hidden.tg_employer_identifiers__analytics_dirty();
create trigger _700_analytics_dirty_insert after insert on app_public.employer_distinctions
  referencing new table as new_rows for each statement execute function app_hidden.tg_employer_distinctions__analytics_dirty();
create trigger _700_analytics_dirty_update after update on app_public.employer_distinctions
  referencing old table as old_rows new table as new_rows for each statement execute function app_hidden.tg_employer_distinctions__analytics_dirty();
create trigger _700_analytics_dirty_delete after delete on app_public.employer_distinctions
  referencing old table as old_rows for each statement execute function app_hidden.tg_employer_distinctions__analytics_dirty();
create trigger _700_analytics_dirty_insert after insert on app_public.employer_merges
  referencing new table as new_rows for each statement execute function app_hidden.tg_employer_merges__analytics_dirty();
create trigger _700_analytics_dirty_update after update on app_public.employer_merges
  referencing old table as old_rows new table as new_rows for each statement execute function app_hidden.tg_employer_merges__analytics_dirty();
create trigger _700_analytics_dirty_delete after delete on app_public.employer_merges
  referencing old table as old_rows for each statement execute function app_hidden.tg_employer_merges__analytics_dirty();
create trigger _700_analytics_dirty_insert after insert on app_public.canonical_decisions
  referencing new table as new_rows for each statement execute function app_hidden.tg_canonical_decisions__analytics_dirty();
create trigger _700_analytics_dirty_insert after insert on app_public.import_rows
  referencing new table as new_rows for each statement execute function app_hidden.tg_import_rows__analytics_dirty();
create trigger _700_analytics_dirty_update after update on app_public.import_rows
  referencing old table as old_rows new table as new_rows for each statement execute function app_hidden.tg_import_rows__analytics_dirty();
create trigger _700_analytics_dirty_delete after delete on app_public.import_rows
  referencing old table as old_rows for each statement execute function app_hidden.tg_import_rows__analytics_dirty();

-------------------------------------------------------------------------------
-- The refresh steps. Each recomputes one rollup for a set of days, or moves
-- the incremental state; app_hidden.refresh_analytics_rollups runs them.

-- A contiguous set of days is read with one range scan (the planner picks a
-- sequential scan for a long range); scattered days with one index range scan each.
create function app_hidden.analytics_day_set_is_range(days date[]) returns boolean
  language sql immutable
  as $$ select cardinality(days) > 0 and (select max(d) - min(d) + 1 from unnest(days) d) = cardinality(days) $$;

create function app_hidden.analytics_write_alias_days(days date[]) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_rows integer;
begin
  delete from app_public.analytics_alias_daily where day in (select unnest(days));
  if app_hidden.analytics_day_set_is_range(days) then
    insert into app_public.analytics_alias_daily (day, source_system, kind, aliases_added, public_added)
      select app_hidden.analytics_day(a.added_at), a.source_system, a.kind, count(*),
             count(*) filter (where a.visibility = 'public')
      from app_public.aliases a
      where a.added_at >= app_hidden.analytics_day_start((select min(d) from unnest(days) d))
        and a.added_at < app_hidden.analytics_day_start((select max(d) from unnest(days) d) + 1)
      group by 1, 2, 3;
  else
    insert into app_public.analytics_alias_daily (day, source_system, kind, aliases_added, public_added)
      select d.day, a.source_system, a.kind, count(*), count(*) filter (where a.visibility = 'public')
      from (select distinct x as day from unnest(days) x) d
      join app_public.aliases a
        on a.added_at >= app_hidden.analytics_day_start(d.day) and a.added_at < app_hidden.analytics_day_start(d.day + 1)
      group by 1, 2, 3;
  end if;
  get diagnostics v_rows = row_count;
  return v_rows;
end;
$$;

create function app_hidden.analytics_write_decision_days(days date[]) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  delete from app_public.analytics_decision_daily where day in (select unnest(days));
  insert into app_public.analytics_decision_daily (day, action, decided_by, decided_by_username, decisions)
    select d.day, c.action, c.decided_by, min(u.username::text), count(*)
    from (select distinct x as day from unnest(days) x) d
    join app_public.canonical_decisions c
      on c.decided_at >= app_hidden.analytics_day_start(d.day) and c.decided_at < app_hidden.analytics_day_start(d.day + 1)
    left join app_public.users u on u.id = c.decided_by
    group by 1, 2, 3;
end;
$$;

-- import_rows has no index on processed_at: one scan for the whole set of days.
create function app_hidden.analytics_write_import_days(days date[]) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  delete from app_public.analytics_import_daily where day in (select unnest(days));
  insert into app_public.analytics_import_daily (day, batch_id, source_system, outcome, rows)
    select app_hidden.analytics_day(r.processed_at), r.batch_id, b.source_system, r.outcome, count(*)
    from app_public.import_rows r
    join app_public.import_batches b on b.id = r.batch_id
    where r.outcome is not null
      and r.processed_at >= app_hidden.analytics_day_start((select min(d) from unnest(days) d))
      and r.processed_at < app_hidden.analytics_day_start((select max(d) from unnest(days) d) + 1)
      and app_hidden.analytics_day(r.processed_at) in (select unnest(days))
    group by 1, 2, 3, 4;
end;
$$;

-- Moves the coverage state: every active employer (full) or the dirty ones
-- (incremental), then the per-day counts by the difference. Returns the
-- earliest day whose count changed (coverage rows from there on are rewritten).
create function app_hidden.analytics_update_coverage(rebuild boolean, out first_changed date, out employers integer)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  create temp table if not exists analytics_redo_employers (employer_id bigint primary key) on commit drop;
  create temp table if not exists analytics_new_coverage (
    employer_id bigint, created_day date, alias_day date, identifier_day date
  ) on commit drop;
  truncate analytics_new_coverage;
  if rebuild then
    truncate analytics_redo_employers;
    truncate app_private.analytics_coverage_employers, app_private.analytics_coverage_days;
    insert into analytics_new_coverage
      with active as (
        select e.id, e.compare_name, app_hidden.analytics_day(e.created_at) as created_day
        from app_public.employers e where e.status = 'active'
      ), first_alias as (
        select a.employer_id, min(a.added_at) as added_at
        from app_public.aliases a
        join active e on e.id = a.employer_id and a.compare_form <> e.compare_name
        group by a.employer_id
      ), first_identifier as (
        select i.employer_id, min(i.added_at) as added_at
        from app_public.employer_identifiers i group by i.employer_id
      )
      select e.id, e.created_day,
             case when fa.added_at is not null then greatest(e.created_day, app_hidden.analytics_day(fa.added_at)) end,
             case when fi.added_at is not null then greatest(e.created_day, app_hidden.analytics_day(fi.added_at)) end
      from active e
      left join first_alias fa on fa.employer_id = e.id
      left join first_identifier fi on fi.employer_id = e.id;
  else
    -- employer_ids of dirty logs committed before this statement; later ones wait for the next refresh.
    with g as (delete from app_private.analytics_dirty_employers returning employer_id)
    insert into analytics_redo_employers select distinct g.employer_id from g
    on conflict do nothing;
    insert into analytics_new_coverage
      select e.id, x.created_day,
             case when fa.added_at is not null then greatest(x.created_day, app_hidden.analytics_day(fa.added_at)) end,
             case when fi.added_at is not null then greatest(x.created_day, app_hidden.analytics_day(fi.added_at)) end
      from analytics_redo_employers r
      join app_public.employers e on e.id = r.employer_id and e.status = 'active'
      cross join lateral (select app_hidden.analytics_day(e.created_at) as created_day) x
      -- (greatest() skips nulls: "case" keeps an employer without an alias without one)
      cross join lateral (
        select min(a.added_at) as added_at from app_public.aliases a
        where a.employer_id = e.id and a.compare_form <> e.compare_name
      ) fa
      cross join lateral (
        select min(i.added_at) as added_at from app_public.employer_identifiers i where i.employer_id = e.id
      ) fi;
  end if;

  -- The per-day counts move by (new contributions - old contributions).
  create temp table if not exists analytics_coverage_moves (
    day date primary key, employers integer, with_alias integer, with_identifier integer
  ) on commit drop;
  truncate analytics_coverage_moves;
  insert into analytics_coverage_moves
    select m.day, sum(m.employers), sum(m.with_alias), sum(m.with_identifier)
    from (
      select n.created_day as day, 1 as employers, 0 as with_alias, 0 as with_identifier from analytics_new_coverage n
      union all select n.alias_day, 0, 1, 0 from analytics_new_coverage n where n.alias_day is not null
      union all select n.identifier_day, 0, 0, 1 from analytics_new_coverage n where n.identifier_day is not null
      union all select o.created_day, -1, 0, 0
        from app_private.analytics_coverage_employers o join analytics_redo_employers r using (employer_id)
      union all select o.alias_day, 0, -1, 0
        from app_private.analytics_coverage_employers o join analytics_redo_employers r using (employer_id)
        where o.alias_day is not null
      union all select o.identifier_day, 0, 0, -1
        from app_private.analytics_coverage_employers o join analytics_redo_employers r using (employer_id)
        where o.identifier_day is not null
    ) m
    group by m.day
    having sum(m.employers) <> 0 or sum(m.with_alias) <> 0 or sum(m.with_identifier) <> 0;
  insert into app_private.analytics_coverage_days as c (day, employers, with_alias, with_identifier)
    select m.day, m.employers, m.with_alias, m.with_identifier from analytics_coverage_moves m
  on conflict (day) do update set
    employers = c.employers + excluded.employers,
    with_alias = c.with_alias + excluded.with_alias,
    with_identifier = c.with_identifier + excluded.with_identifier;
  delete from app_private.analytics_coverage_days c
    where c.employers = 0 and c.with_alias = 0 and c.with_identifier = 0;

  delete from app_private.analytics_coverage_employers o using analytics_redo_employers r
    where o.employer_id = r.employer_id;
  insert into app_private.analytics_coverage_employers (employer_id, created_day, alias_day, identifier_day)
    select n.employer_id, n.created_day, n.alias_day, n.identifier_day from analytics_new_coverage n;

  select min(m.day) into first_changed from analytics_coverage_moves m;
  select count(*)::integer into employers from analytics_new_coverage;
  if not rebuild then
    select count(*)::integer into employers from analytics_redo_employers;
  end if;
end;
$$;

-- Writes coverage rows from_day..to_day as running sums of the per-day
-- counts; only rows that are new or changed are written. Returns how many.
create function app_hidden.analytics_write_coverage_days(from_day date, to_day date) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_rows integer;
begin
  insert into app_public.analytics_coverage_daily as c
      (day, active_employers, with_alias, with_identifier, alias_coverage, identifier_coverage, refreshed_at)
    select r.day, r.employers, r.with_alias, r.with_identifier,
           coalesce(round(100.0 * r.with_alias / nullif(r.employers, 0), 2), 0),
           coalesce(round(100.0 * r.with_identifier / nullif(r.employers, 0), 2), 0),
           now()
    from (
      select d.day::date as day,
             coalesce((select sum(x.employers) from app_private.analytics_coverage_days x where x.day < from_day), 0)
               + coalesce(sum(k.employers) over w, 0) as employers,
             coalesce((select sum(x.with_alias) from app_private.analytics_coverage_days x where x.day < from_day), 0)
               + coalesce(sum(k.with_alias) over w, 0) as with_alias,
             coalesce((select sum(x.with_identifier) from app_private.analytics_coverage_days x where x.day < from_day), 0)
               + coalesce(sum(k.with_identifier) over w, 0) as with_identifier
      from generate_series(from_day, to_day, interval '1 day') as d (day)
      left join app_private.analytics_coverage_days k on k.day = d.day::date
      window w as (order by d.day)
    ) r
  on conflict (day) do update set
    active_employers = excluded.active_employers,
    with_alias = excluded.with_alias,
    with_identifier = excluded.with_identifier,
    alias_coverage = excluded.alias_coverage,
    identifier_coverage = excluded.identifier_coverage,
    refreshed_at = excluded.refreshed_at
  where (c.active_employers, c.with_alias, c.with_identifier)
        is distinct from (excluded.active_employers, excluded.with_alias, excluded.with_identifier);
  get diagnostics v_rows = row_count;
  return v_rows;
end;
$$;

-- Moves the shared-names snapshot: every compare form (full) or the dirty ones
-- and every form of the employers analytics_update_coverage just recomputed
-- (its temp table analytics_redo_employers). Returns the forms recomputed.
create function app_hidden.analytics_update_shared_names(rebuild boolean) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_names integer;
begin
  if rebuild then
    delete from app_private.analytics_dirty_names;
    truncate app_private.analytics_shared_names;
    insert into app_private.analytics_shared_names (compare_form, employer_ids)
      select n.compare_form, array_agg(distinct n.employer_id order by n.employer_id)
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
    return (select count(*) from app_private.analytics_shared_names);
  end if;
  create temp table if not exists analytics_redo_names (compare_form text primary key) on commit drop;
  truncate analytics_redo_names;
  with g as (delete from app_private.analytics_dirty_names returning compare_form)
  insert into analytics_redo_names
    select g.compare_form from g
    union
    select e.compare_name from analytics_redo_employers r join app_public.employers e on e.id = r.employer_id
    union
    select a.compare_form from analytics_redo_employers r join app_public.aliases a on a.employer_id = r.employer_id;
  delete from app_private.analytics_shared_names s using analytics_redo_names r where s.compare_form = r.compare_form;
  insert into app_private.analytics_shared_names (compare_form, employer_ids)
    select n.compare_form, array_agg(distinct n.employer_id order by n.employer_id)
    from (
      select e.id as employer_id, e.compare_name as compare_form
      from analytics_redo_names r
      join app_public.employers e on e.compare_name = r.compare_form and e.status = 'active'
      union all
      select a.employer_id, a.compare_form
      from analytics_redo_names r
      join app_public.aliases a on a.compare_form = r.compare_form
      join app_public.employers e on e.id = a.employer_id and e.status = 'active'
    ) n
    group by n.compare_form
    having count(distinct n.employer_id) > 1;
  select count(*)::integer into v_names from analytics_redo_names;
  return v_names;
end;
$$;

-- Writes conflict rows for the given days: distinctions, merges and unmerges
-- from their dates; the name-sharing snapshot (from analytics_shared_names)
-- for today only, the other days keeping the snapshot their own refreshes took.
create function app_hidden.analytics_write_conflict_days(days date[], today date) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_rows integer;
  v_shared integer;
  v_employers integer;
  v_unexplained integer;
begin
  if today = any (days) then
    select count(*)::integer into v_shared from app_private.analytics_shared_names;
    select count(distinct x.id)::integer into v_employers
      from app_private.analytics_shared_names s cross join unnest(s.employer_ids) as x (id);
    -- except (a hashed set operation) rather than "not exists" (one index probe per pair):
    -- at 100k employers there are ~370k pairs and ~900 distinctions.
    select count(*)::integer into v_unexplained from (
      select x.id, y.id
      from app_private.analytics_shared_names s
      cross join unnest(s.employer_ids) as x (id)
      cross join unnest(s.employer_ids) as y (id)
      where x.id < y.id
      except
      select dd.employer_id, dd.other_employer_id from app_public.employer_distinctions dd
    ) p;
  end if;
  insert into app_public.analytics_conflict_daily as c
      (day, shared_names, employers_sharing_names, unexplained_pairs, distinctions_recorded, merges, unmerges, refreshed_at)
    select d.day,
           case when d.day = today then v_shared end,
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

-- Share of feed names resolved at the end of each day (see 000004): as things
-- stand at refresh time, so every day is recomputed; feed_name_occurrences
-- holds one row per feed and compare form, and only changed rows are written.
create function app_hidden.analytics_update_feed_names_resolved() returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
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
        select n.day, count(*) as names, count(*) filter (where n.resolved) as resolved from names n group by n.day
      ), running as (
        select r.day, lead(r.day) over (order by r.day) as next_day,
               sum(r.names) over w as names, sum(r.resolved) over w as resolved
        from per_day r window w as (order by r.day)
      )
      select c2.day, round(100.0 * r.resolved / nullif(r.names, 0), 2)::double precision as share
      from app_public.analytics_coverage_daily c2
      left join running r on c2.day >= r.day and (r.next_day is null or c2.day < r.next_day)
    ) x
    where c.day = x.day and c.feed_names_resolved is distinct from x.share;
$$;

-- Today's backlog snapshot (as 000004 took it). The promotion queue is run
-- whole here: its cost is the promotion queue's, not the rollups'.
create function app_hidden.analytics_snapshot_backlogs(today date) returns void
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_promotion_items integer;
  v_promotion_oldest timestamptz;
begin
  begin
    select b.items, b.oldest_queued_since into v_promotion_items, v_promotion_oldest
      from app_public.promotion_backlog b;
  exception when sqlstate 'FDOFF' then
    v_promotion_items := null;
    v_promotion_oldest := null;
  end;
  insert into app_public.analytics_backlog_daily
      (day, promotion_items, promotion_oldest_queued_since, pending_items, pending_oldest_first_seen_at, measured_at)
    select today, v_promotion_items, v_promotion_oldest, p.open_items, p.oldest_first_seen_at, now()
    from app_public.pending_backlog p
  on conflict (day) do update set
    promotion_items = excluded.promotion_items,
    promotion_oldest_queued_since = excluded.promotion_oldest_queued_since,
    pending_items = excluded.pending_items,
    pending_oldest_first_seen_at = excluded.pending_oldest_first_seen_at,
    measured_at = excluded.measured_at;
end;
$$;

-------------------------------------------------------------------------------
-- The refresh.

create function app_hidden.refresh_analytics_rollups(
  from_day date, to_day date, triggered_by text, rebuild boolean default false
)
  returns app_public.analytics_refreshes
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_started timestamptz := clock_timestamp();
  v_step timestamptz := clock_timestamp();
  v_steps jsonb := '{}'::jsonb;
  v_today date := app_hidden.analytics_day(now());
  v_full boolean := coalesce(refresh_analytics_rollups.rebuild, false);
  v_mode text;
  v_from date := from_day;
  v_to date := coalesce(to_day, v_today);
  v_range date[] := '{}';
  v_alias_days date[];
  v_conflict_days date[];
  v_decision_days date[];
  v_import_days date[];
  v_coverage record;
  v_coverage_from date;
  v_alias_rows integer := 0;
  v_coverage_rows integer := 0;
  v_conflict_rows integer := 0;
  v_names integer;
  v_refresh app_public.analytics_refreshes;
begin
  -- One refresh at a time (the cron job and an admin may overlap).
  perform pg_advisory_xact_lock(hashtext('app_hidden.refresh_analytics_rollups'));
  if v_full and (from_day is not null or to_day is not null) then
    raise exception 'A full rebuild covers all of history: give no fromDay or toDay' using errcode = 'BADRG';
  end if;
  if from_day is not null and from_day > v_to then
    raise exception 'The first day (%) is after the last day (%)', from_day, v_to using errcode = 'BADRG';
  end if;
  if v_to > v_today then
    raise exception 'The last day (%) is in the future', v_to using errcode = 'BADRG';
  end if;
  if from_day is not null and v_to - from_day > 3700 then
    raise exception 'At most ten years can be refreshed at once' using errcode = 'BADRG';
  end if;
  -- Without the incremental state (first refresh, or just migrated) only a full rebuild is right.
  if not exists (select 1 from app_private.analytics_rollup_state) then
    v_full := true;
  end if;

  if v_full then
    v_mode := 'full';
    -- Marks logged so far are covered by the rebuild.
    delete from app_private.analytics_dirty_days;
    delete from app_private.analytics_dirty_employers;
    select least(
      (select app_hidden.analytics_day(min(e.created_at)) from app_public.employers e),
      (select app_hidden.analytics_day(min(a.added_at)) from app_public.aliases a),
      (select app_hidden.analytics_day(min(i.added_at)) from app_public.employer_identifiers i),
      (select app_hidden.analytics_day(min(d.recorded_at)) from app_public.employer_distinctions d),
      (select app_hidden.analytics_day(min(m.merged_at)) from app_public.employer_merges m)
    ) into v_from;
    v_from := least(coalesce(v_from, v_today), v_today);
    v_to := v_today;
    -- All of history: the rollups start empty (rows of days with nothing left must go too).
    delete from app_public.analytics_alias_daily;
    delete from app_public.analytics_decision_daily;
    delete from app_public.analytics_import_daily;
    select array_agg(d::date order by d) into v_range from generate_series(v_from, v_to, interval '1 day') d;
    v_alias_days := v_range;
    v_conflict_days := v_range;
    v_decision_days := v_range;
    v_import_days := v_range;
  else
    v_mode := case when from_day is null and to_day is null then 'incremental' else 'range' end;
    if v_mode = 'range' then
      v_from := coalesce(from_day, v_to);
      select array_agg(d::date order by d) into v_range from generate_series(v_from, v_to, interval '1 day') d;
    end if;
    -- Consume the marks committed so far (later ones wait for the next refresh).
    create temp table if not exists analytics_redo_days (rollup text, day date) on commit drop;
    truncate analytics_redo_days;
    with g as (delete from app_private.analytics_dirty_days returning rollup, day)
    insert into analytics_redo_days select distinct g.rollup, g.day from g;
    -- Days since the last refresh (quiet ones too) get their conflict rows.
    select array(
      select x from (
        select r.day as x from analytics_redo_days r where r.rollup = 'conflict'
        union select unnest(v_range)
        union select v_today
        union select d::date from generate_series(
          coalesce((select max(c.day) + 1 from app_public.analytics_conflict_daily c), v_today), v_today, interval '1 day') d
      ) u order by x
    ) into v_conflict_days;
    v_alias_days := array(select r.day from analytics_redo_days r where r.rollup = 'alias' union select unnest(v_range));
    v_decision_days := array(select r.day from analytics_redo_days r where r.rollup = 'decision' union select unnest(v_range));
    v_import_days := array(select r.day from analytics_redo_days r where r.rollup = 'import' union select unnest(v_range));
    if v_mode = 'incremental' then
      v_from := least(
        (select min(x) from unnest(v_alias_days || v_conflict_days || v_decision_days || v_import_days) x), v_today);
    end if;
  end if;
  v_steps := v_steps || jsonb_build_object('plan', round(extract(epoch from clock_timestamp() - v_step) * 1000));

  v_step := clock_timestamp();
  if cardinality(v_alias_days) > 0 then
    v_alias_rows := app_hidden.analytics_write_alias_days(v_alias_days);
  end if;
  if cardinality(v_decision_days) > 0 then
    perform app_hidden.analytics_write_decision_days(v_decision_days);
  end if;
  if cardinality(v_import_days) > 0 then
    perform app_hidden.analytics_write_import_days(v_import_days);
  end if;
  v_steps := v_steps || jsonb_build_object('days', round(extract(epoch from clock_timestamp() - v_step) * 1000));

  -- Coverage: move the state, then rewrite the rows from the earliest changed day
  -- (and any day not written yet, up to today).
  v_step := clock_timestamp();
  v_coverage := app_hidden.analytics_update_coverage(v_full);
  if v_full then
    v_coverage_from := v_from;
    delete from app_public.analytics_coverage_daily where day < v_from or day > v_today;
  else
    -- From the earliest changed count, the first day not written yet, the
    -- named range, or an event before the first row (a backdated alias):
    -- the rows stay one unbroken series up to today.
    v_coverage_from := least(
      v_coverage.first_changed,
      coalesce((select max(c.day) + 1 from app_public.analytics_coverage_daily c), v_today),
      (select min(x) from unnest(v_range || v_alias_days || v_conflict_days) x),
      v_today);
  end if;
  v_coverage_rows := app_hidden.analytics_write_coverage_days(v_coverage_from, v_today);
  perform app_hidden.analytics_update_feed_names_resolved();
  v_steps := v_steps || jsonb_build_object('coverage', round(extract(epoch from clock_timestamp() - v_step) * 1000));

  v_step := clock_timestamp();
  v_names := app_hidden.analytics_update_shared_names(v_full);
  if v_full then
    delete from app_public.analytics_conflict_daily where day < v_from or day > v_today;
  else
    -- a backdated distinction before the first row: fill the days between
    v_conflict_days := array(
      select x from unnest(v_conflict_days) x
      union
      select d::date from generate_series(
        (select min(x) from unnest(v_conflict_days) x),
        coalesce((select min(c.day) - 1 from app_public.analytics_conflict_daily c), v_today), interval '1 day') d
      order by 1);
  end if;
  v_conflict_rows := app_hidden.analytics_write_conflict_days(v_conflict_days, v_today);
  v_steps := v_steps || jsonb_build_object('conflicts', round(extract(epoch from clock_timestamp() - v_step) * 1000));

  v_step := clock_timestamp();
  perform app_hidden.analytics_snapshot_backlogs(v_today);
  v_steps := v_steps || jsonb_build_object('backlogs', round(extract(epoch from clock_timestamp() - v_step) * 1000));

  insert into app_private.analytics_rollup_state (singleton, built_at) values (true, now())
    on conflict (singleton) do nothing;
  delete from app_private.alias_insert_failures where occurred_at < now() - interval '30 days';

  insert into app_public.analytics_refreshes
      (triggered_by, requested_by, from_day, to_day, alias_rows, coverage_rows, conflict_rows, started_at, finished_at,
       mode, days_recomputed, employers_recomputed, names_recomputed, step_ms)
    values (refresh_analytics_rollups.triggered_by, app_hidden.current_user_id(),
            case when v_mode = 'range' then v_from else least(v_from, v_today) end,
            case when v_mode = 'range' then v_to else v_today end,
            v_alias_rows, v_coverage_rows, v_conflict_rows, v_started, clock_timestamp(),
            v_mode,
            cardinality(v_alias_days) + cardinality(v_conflict_days) + cardinality(v_decision_days) + cardinality(v_import_days),
            v_coverage.employers, v_names, v_steps)
    returning * into v_refresh;
  return v_refresh;
end;
$$;
comment on function app_hidden.refresh_analytics_rollups(date, date, text, boolean) is
  'Brings the analytics rollups up to date: only what changed since the last refresh (default), also the days from_day..to_day, or everything from the registry (rebuild, and the first time).';

create function app_public.refresh_analytics(from_day date default null, to_day date default null, full_rebuild boolean default false)
  returns app_public.analytics_refreshes
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  perform app_hidden.assert_feature_enabled('analytics');
  return app_hidden.refresh_analytics_rollups(from_day, to_day, 'admin', full_rebuild);
end;
$$;
comment on function app_public.refresh_analytics(date, date, boolean) is
  'Admin only: brings the analytics rollups up to date now, recomputing only what changed since the last refresh. fromDay..toDay (UTC days) also recomputes those days from the registry; fullRebuild recomputes all of history (after bulk loads made with triggers off). The hourly job does the incremental refresh by itself.';
grant execute on function app_public.refresh_analytics(date, date, boolean) to :ROLE_ADMIN;

-------------------------------------------------------------------------------
-- The dashboard in one round trip. Read through GraphQL connections, the
-- year-long breakdown of aliases by day, source and kind (2,610 rows at 100k)
-- costs grafast one object per group; built here as one JSON value (json, not
-- jsonb: built as text, about twice as fast) it costs the API one scalar. Security invoker: the
-- rollups' row-level security (analysts, FEATURE_DISABLED) applies as usual.
create function app_public.analytics_dashboard(from_day date, to_day date, source_system text default null)
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
                                          'employersSharingNames', c.employers_sharing_names,
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
  'Everything the analytics dashboard shows for fromDay..toDay (UTC days, both included; optionally one source system), in one JSON value: aliasesPerDay ({columns, rows}: one row per day, source system and kind), aliasTotals, coverage and conflicts (one entry per day), decisionTotals, importTotals, the latest backlog snapshot and the last refresh. docs/ANALYTICS.md describes the shape.';
grant execute on function app_public.analytics_dashboard(date, date, text) to :ROLE_ANALYST;
