--! Previous: sha1:efd8f8061ad811eda40d7735409e649b7fa38e49
--! Hash: sha1:6fd09b9fe61c7fb543df35f37af637f639d72aea
--! Message: Promotion queue store, one matcher for search and imports, import speed, incremental analytics, search statistics refresh

--! split: 1-current.sql
-- Enter migration here

--! split: 2-promotion-store.sql
-- The promotion queue, stored. app_hidden.promotion_candidates (migration
-- 000003) computes every candidate of every employer when asked: seconds at
-- 20k employers, the statement timeout above ~15k. Here each current
-- candidate is kept in app_hidden.promotion_queue_items with its evidence,
-- score and impact, and canonicalPromotionQueue reads that table.
--
-- How it stays current (docs/PROMOTION.md, "How the queue is stored"):
--   * Statement-level triggers (transition tables, set-based) on every table
--     the candidates read find the employers a statement affected, including
--     the other employers whose candidates list it as a conflict, and hand
--     them to app_hidden.mark_promotion_dirty.
--   * Small changes are recomputed at once, in the same statement, up to a
--     budget per transaction (what a steward or a test does by hand);
--     anything bigger (an import's chunk, a trust-rank change) is written to
--     app_private.promotion_dirty_employers and the graphile-worker task
--     promotion_queue__refresh recomputes it in batches.
--   * A decision recomputes its employer synchronously, so the item leaves
--     the queue in the decision's transaction. Claims are joined live at
--     read time, deferrals are filtered at read time (deferred_until).
--   * Recomputing an employer takes a transaction-scoped advisory lock on it:
--     the worker and the by-hand path only try it (an employer somebody else
--     is recomputing stays dirty for the next pass, nobody waits, no
--     deadlock); a decision waits for it. Whoever holds the lock recomputes
--     in a statement that sees everything committed before it.
--   * A daily cron pass marks employers whose aliases expired (valid_to).
-- The live computation stays as the reference: app_hidden.promotion_queue_live().
--
-- Re-runnable: drops first, in reverse order of creation (the backlog view of
-- 000003 too: it is replaced below, and depends on functions dropped here).
drop view if exists app_public.promotion_backlog;
drop trigger if exists _600_promotion_dirty_insert on app_public.canonical_decisions;
drop trigger if exists _600_promotion_dirty_insert on app_public.source_systems;
drop trigger if exists _600_promotion_dirty_update on app_public.source_systems;
drop trigger if exists _600_promotion_dirty_insert on app_public.employer_distinctions;
drop trigger if exists _600_promotion_dirty_delete on app_public.employer_distinctions;
drop trigger if exists _600_promotion_dirty_insert on app_public.pending_employer_names;
drop trigger if exists _600_promotion_dirty_update on app_public.pending_employer_names;
drop trigger if exists _600_promotion_dirty_delete on app_public.pending_employer_names;
drop trigger if exists _600_promotion_dirty_update on app_public.pending_employers;
drop trigger if exists _600_promotion_dirty_delete on app_public.pending_employers;
drop trigger if exists _600_promotion_dirty_insert on app_public.alias_occurrences;
drop trigger if exists _600_promotion_dirty_update on app_public.alias_occurrences;
drop trigger if exists _600_promotion_dirty_delete on app_public.alias_occurrences;
drop trigger if exists _600_promotion_dirty_insert on app_public.aliases;
drop trigger if exists _600_promotion_dirty_update on app_public.aliases;
drop trigger if exists _600_promotion_dirty_delete on app_public.aliases;
drop trigger if exists _600_promotion_dirty_insert on app_public.employers;
drop trigger if exists _600_promotion_dirty_update on app_public.employers;
drop trigger if exists _600_promotion_dirty_delete on app_public.employers;
drop function if exists app_hidden.tg_canonical_decisions__promotion_refresh();
drop function if exists app_hidden.tg_source_systems__promotion_dirty();
drop function if exists app_hidden.tg_employer_distinctions__promotion_dirty();
drop function if exists app_hidden.tg_pending_employer_names__promotion_dirty();
drop function if exists app_hidden.tg_pending_employers__promotion_dirty();
drop function if exists app_hidden.tg_alias_occurrences__promotion_dirty();
drop function if exists app_hidden.tg_aliases__promotion_dirty();
drop function if exists app_hidden.tg_employers__promotion_dirty();
drop function if exists app_hidden.promotion_employers_by_base_forms(text[]);
drop function if exists app_hidden.promotion_employers_by_compare_forms(text[]);
drop function if exists app_hidden.mark_promotion_expired_aliases();
drop function if exists app_hidden.mark_all_promotion_dirty();
drop function if exists app_hidden.refresh_dirty_promotion_queue(integer);
drop function if exists app_hidden.mark_promotion_dirty(bigint[]);
drop function if exists app_hidden.queue_promotion_refresh();
drop function if exists app_hidden.refresh_promotion_queue_items(bigint[], boolean);
drop function if exists app_hidden.promotion_backlog_now();
drop function if exists app_hidden.promotion_queue_live();
drop function if exists app_hidden.promotion_queue_enabled();
drop function if exists app_hidden.promotion_store_settings();
drop table if exists app_private.promotion_dirty_employers cascade;
drop table if exists app_hidden.promotion_queue_items cascade;

-------------------------------------------------------------------------------
create or replace function app_hidden.promotion_store_settings() returns jsonb
  language sql immutable
  as $$
    select jsonb_build_object(
      -- employers a transaction may recompute in its own statements before the
      -- rest goes to the worker (a steward's edit: a few; an import: thousands)
      'sync_budget', 200,
      -- employers the worker recomputes per transaction
      'batch_size', 500
    )
  $$;
comment on function app_hidden.promotion_store_settings() is 'How the stored promotion queue is refreshed: the per-transaction budget of immediate recomputes and the worker''s batch size.';

-------------------------------------------------------------------------------
-- The store: one row per queued or deferred candidate (the live view's
-- status 'queued' or 'deferred'), without the claim (joined at read time).
create table app_hidden.promotion_queue_items (
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  alias_id bigint references app_public.aliases (id) on delete cascade,
  employer_name text not null,
  candidate_name text,
  candidate_kind app_public.alias_kind,
  rules text[] not null,
  score numeric not null,
  impact bigint not null,
  priority numeric not null,
  candidate_rows bigint not null,
  candidate_projects bigint not null,
  canonical_rows bigint not null,
  first_seen_at timestamptz,
  last_seen_at timestamptz,
  sources jsonb not null,
  conflicts jsonb not null,
  conflict_count integer not null,
  last_decision_id bigint,
  queued_since timestamptz not null,
  evidence jsonb not null,
  deferred_until date,
  refreshed_at timestamptz not null default now(),
  constraint promotion_queue_items_unique unique nulls not distinct (employer_id, alias_id)
);
-- The queue's order, so the first page is an index scan.
-- deferred_until and conflict_count are included so counting the queue
-- (totalCount, the backlog view, the gauges) is an index-only scan.
create index promotion_queue_items_order_idx
  on app_hidden.promotion_queue_items (priority desc, queued_since, employer_id, alias_id nulls first)
  include (deferred_until, conflict_count);
create index promotion_queue_items_alias_idx on app_hidden.promotion_queue_items (alias_id) where alias_id is not null;
comment on table app_hidden.promotion_queue_items is
  'The canonical promotion queue, stored: every queued or deferred candidate with its evidence, score and impact, kept current by triggers and the promotion_queue__refresh task.';
comment on column app_hidden.promotion_queue_items.deferred_until is 'Set while a deferral runs: the item shows again from this day (filtered when read).';
comment on column app_hidden.promotion_queue_items.refreshed_at is 'When the employer''s candidates were last recomputed.';
alter table app_hidden.promotion_queue_items enable row level security;
create policy select_analyst on app_hidden.promotion_queue_items for select to :ROLE_ANALYST using (true);
-- Reads only: rows are written by the security definer functions below.
grant select on app_hidden.promotion_queue_items to :ROLE_ANALYST;

-- Employers whose candidates must be recomputed. Append-only marks (no
-- unique key, so marking never waits for another transaction); the worker
-- removes the marks it has seen once it has recomputed their employers. No
-- foreign key: a mark for an employer deleted meanwhile recomputes nothing.
create table app_private.promotion_dirty_employers (
  id bigint generated always as identity primary key,
  employer_id bigint not null,
  marked_at timestamptz not null default now()
);
create index promotion_dirty_employers_employer_idx on app_private.promotion_dirty_employers (employer_id, id);
comment on table app_private.promotion_dirty_employers is 'Employers whose stored promotion candidates are out of date, waiting for the promotion_queue__refresh task.';
alter table app_private.promotion_dirty_employers enable row level security;
-- No policy and no grant: only the owner's functions touch it.

-------------------------------------------------------------------------------
-- The feature switch as a condition the planner evaluates once (a one-time
-- filter), so the SQL queue function below stays inlinable.
create or replace function app_hidden.promotion_queue_enabled() returns boolean
  language plpgsql stable
  as $$
begin
  perform app_hidden.assert_feature_enabled('canonical_promotion');
  return true;
end;
$$;
comment on function app_hidden.promotion_queue_enabled() is 'True, or FEATURE_DISABLED when canonical_promotion is off.';
grant execute on function app_hidden.promotion_queue_enabled() to :ROLE_ANALYST;

-- Recomputes the stored candidates of these employers from the live view.
-- wait_for_lock: decisions wait for an employer another transaction is
-- recomputing; everybody else skips it (it stays dirty). Returns the
-- employers recomputed (those skipped are not in the array).
create or replace function app_hidden.refresh_promotion_queue_items(employer_ids bigint[], wait_for_lock boolean default false)
  returns bigint[]
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_ids bigint[];
begin
  if wait_for_lock then
    perform pg_advisory_xact_lock(hashtext('promotion_queue_items'), (x.id % 2147483647)::integer)
      from (select distinct u.id from unnest(employer_ids) u (id) where u.id is not null order by u.id) x;
    select array_agg(distinct u.id) into v_ids from unnest(employer_ids) u (id) where u.id is not null;
  else
    select array_agg(x.id) into v_ids
      from (select distinct u.id from unnest(employer_ids) u (id) where u.id is not null order by u.id) x
      where pg_try_advisory_xact_lock(hashtext('promotion_queue_items'), (x.id % 2147483647)::integer);
  end if;
  if v_ids is null then
    return '{}';
  end if;
  -- New statements from here on: each sees everything committed before it,
  -- including what the holder of the lock we may have waited for wrote.
  delete from app_hidden.promotion_queue_items q where q.employer_id = any (v_ids);
  insert into app_hidden.promotion_queue_items (
      employer_id, alias_id, employer_name, candidate_name, candidate_kind, rules, score, impact, priority,
      candidate_rows, candidate_projects, canonical_rows, first_seen_at, last_seen_at, sources, conflicts,
      conflict_count, last_decision_id, queued_since, evidence, deferred_until)
    select c.employer_id, c.alias_id, c.employer_name, c.candidate_name, c.candidate_kind, c.rules, c.score, c.impact,
           c.priority, c.candidate_rows, c.candidate_projects, c.canonical_rows, c.first_seen_at, c.last_seen_at,
           c.sources, c.conflicts, c.conflict_count, c.last_decision_id, c.queued_since, c.evidence,
           case when c.status = 'deferred' then d.defer_until end
    from app_hidden.promotion_candidates c
    left join app_public.canonical_decisions d on d.id = c.last_decision_id
    where c.employer_id = any (v_ids) and c.status in ('queued', 'deferred');
  return v_ids;
end;
$$;
comment on function app_hidden.refresh_promotion_queue_items(bigint[], boolean) is
  'Recomputes the stored promotion candidates of these employers from app_hidden.promotion_candidates; returns the employers recomputed (others were being recomputed elsewhere and stay dirty).';

-- Queues the worker's job, once per transaction (visible to the worker when
-- the transaction commits, like the marks). One pending job at a time (job
-- key); the crontab's runs catch marks left while graphile-worker's schema
-- did not exist yet (during the first migration).
create or replace function app_hidden.queue_promotion_refresh() returns void
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if coalesce(current_setting('app.promotion_job_queued', true), '') <> 'yes'
     and to_regnamespace('graphile_worker') is not null then
    perform graphile_worker.add_job('promotion_queue__refresh', '{}'::json, queue_name := 'promotion_queue__refresh',
                                    job_key := 'promotion_queue__refresh', job_key_mode := 'preserve_run_at');
    perform set_config('app.promotion_job_queued', 'yes', true);
  end if;
end;
$$;
comment on function app_hidden.queue_promotion_refresh() is 'Queues the promotion_queue__refresh job once per transaction (when graphile-worker is installed).';

-- Every trigger ends here: recompute now within the transaction's budget,
-- otherwise (or when another transaction holds an employer) leave a mark
-- for the worker and queue its job once per transaction.
create or replace function app_hidden.mark_promotion_dirty(employer_ids bigint[]) returns void
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_ids bigint[];
  v_done bigint[] := '{}';
  v_used integer := coalesce(nullif(current_setting('app.promotion_sync_used', true), ''), '0')::integer;
  v_budget integer := (app_hidden.promotion_store_settings()->>'sync_budget')::integer;
begin
  select array_agg(distinct u.id) into v_ids from unnest(employer_ids) u (id) where u.id is not null;
  if v_ids is null then
    return;
  end if;
  if v_used + cardinality(v_ids) <= v_budget then
    v_done := app_hidden.refresh_promotion_queue_items(v_ids, false);
    perform set_config('app.promotion_sync_used', (v_used + cardinality(v_ids))::text, true);
  end if;
  insert into app_private.promotion_dirty_employers (employer_id)
    select u.id from unnest(v_ids) u (id) where not (u.id = any (v_done));
  if found then
    perform app_hidden.queue_promotion_refresh();
  end if;
end;
$$;
comment on function app_hidden.mark_promotion_dirty(bigint[]) is
  'Marks employers whose promotion candidates changed: recomputed at once within the transaction''s budget, otherwise left for the promotion_queue__refresh task.';

-- One pass of the worker: up to max_employers marked employers (oldest
-- marks first), recomputed in this transaction; their marks seen at the
-- start are removed. Marks of transactions still running stay (invisible
-- here) and so do employers another transaction is recomputing.
create or replace function app_hidden.refresh_dirty_promotion_queue(max_employers integer default null)
  returns table (employers integer, skipped integer, items bigint, remaining bigint)
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_max_id bigint;
  v_ids bigint[];
  v_done bigint[];
begin
  select max(d.id) into v_max_id from app_private.promotion_dirty_employers d;
  select array_agg(x.employer_id) into v_ids from (
    select d.employer_id from app_private.promotion_dirty_employers d
    where d.id <= v_max_id
    group by d.employer_id
    order by min(d.id)
    limit coalesce(max_employers, (app_hidden.promotion_store_settings()->>'batch_size')::integer)
  ) x;
  if v_ids is null then
    return query select 0, 0, 0::bigint, 0::bigint;
    return;
  end if;
  v_done := app_hidden.refresh_promotion_queue_items(v_ids, false);
  delete from app_private.promotion_dirty_employers d where d.employer_id = any (v_done) and d.id <= v_max_id;
  return query
    select cardinality(v_done), cardinality(v_ids) - cardinality(v_done),
           (select count(*) from app_hidden.promotion_queue_items q where q.employer_id = any (v_done)),
           (select count(distinct d.employer_id) from app_private.promotion_dirty_employers d);
end;
$$;
comment on function app_hidden.refresh_dirty_promotion_queue(integer) is
  'The worker''s pass: recomputes up to max_employers dirty employers (default batch_size) and clears their marks; returns how many, how many were skipped (being recomputed elsewhere), their items and the employers still dirty.';

-- The full rebuild, resumable: marks every active employer dirty and drops
-- stored rows of employers no longer active; passes of
-- refresh_dirty_promotion_queue do the rest (npm run ops -- promotion rebuild,
-- or the worker).
create or replace function app_hidden.mark_all_promotion_dirty() returns bigint
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_count bigint;
begin
  delete from app_hidden.promotion_queue_items q
    where not exists (select 1 from app_public.employers e where e.id = q.employer_id and e.status = 'active');
  insert into app_private.promotion_dirty_employers (employer_id)
    select e.id from app_public.employers e where e.status = 'active' order by e.id;
  get diagnostics v_count = row_count;
  perform app_hidden.queue_promotion_refresh();
  return v_count;
end;
$$;
comment on function app_hidden.mark_all_promotion_dirty() is 'Full rebuild, step 1: marks every active employer dirty (and drops rows of inactive ones); returns how many.';

-- Daily: a retired alias (valid_to) stops being a candidate, and may let the
-- "canonical looks like a feed spelling" item appear. The last week, so a
-- missed day is caught up.
create or replace function app_hidden.mark_promotion_expired_aliases() returns bigint
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_count bigint;
begin
  insert into app_private.promotion_dirty_employers (employer_id)
    select distinct a.employer_id from app_public.aliases a
    where a.valid_to > current_date - 7 and a.valid_to <= current_date;
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;
comment on function app_hidden.mark_promotion_expired_aliases() is 'Marks employers with aliases retired in the last week, for the daily refresh.';

-------------------------------------------------------------------------------
-- Who else is affected. An employer's candidates list conflicts with the
-- other employers holding the candidate's compare form (as canonical name or
-- alias), and the canonical name's feed rows come by compare form; so a name
-- changing on one employer touches every employer holding that compare form.
create or replace function app_hidden.promotion_employers_by_compare_forms(compare_forms text[]) returns bigint[]
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    select coalesce(array_agg(distinct x.id), '{}') from (
      select a.employer_id as id from app_public.aliases a where a.compare_form = any (compare_forms)
      union all
      select e.id from app_public.employers e where e.compare_name = any (compare_forms)
    ) x
  $$;

-- Open pending items conflict by base form (app_hidden.promotion_pending_conflicts).
create or replace function app_hidden.promotion_employers_by_base_forms(base_forms text[]) returns bigint[]
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    select coalesce(array_agg(distinct a.employer_id), '{}') from app_public.aliases a where a.base_form = any (base_forms)
  $$;

-------------------------------------------------------------------------------
-- The triggers: one function per table, one statement-level trigger per
-- event (a trigger with transition tables serves one event).
create or replace function app_hidden.tg_employers__promotion_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_ids bigint[];
  v_forms text[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.id), array_agg(n.compare_name) into v_ids, v_forms from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.compare_name) into v_forms from old_rows o;
  else
    select array_agg(n.id), array_agg(distinct f.form) into v_ids, v_forms
      from new_rows n join old_rows o on o.id = n.id
      cross join lateral (values (n.compare_name), (o.compare_name)) f (form)
      where (n.name, n.compare_name, n.base_name, n.status, n.created_at)
            is distinct from (o.name, o.compare_name, o.base_name, o.status, o.created_at);
  end if;
  if v_ids is null and v_forms is null then
    return null;
  end if;
  perform app_hidden.mark_promotion_dirty(
    coalesce(v_ids, '{}') || app_hidden.promotion_employers_by_compare_forms(coalesce(v_forms, '{}')));
  return null;
end;
$$;
create trigger _600_promotion_dirty_insert after insert on app_public.employers
  referencing new table as new_rows for each statement execute function app_hidden.tg_employers__promotion_dirty();
create trigger _600_promotion_dirty_update after update on app_public.employers
  referencing new table as new_rows old table as old_rows
  for each statement execute function app_hidden.tg_employers__promotion_dirty();
create trigger _600_promotion_dirty_delete after delete on app_public.employers
  referencing old table as old_rows for each statement execute function app_hidden.tg_employers__promotion_dirty();

create or replace function app_hidden.tg_aliases__promotion_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_ids bigint[];
  v_forms text[];
begin
  if tg_op = 'INSERT' then
    select array_agg(n.employer_id), array_agg(n.compare_form) into v_ids, v_forms from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(o.employer_id), array_agg(o.compare_form) into v_ids, v_forms from old_rows o;
  else
    select array_agg(distinct f.id), array_agg(distinct f.form) into v_ids, v_forms
      from new_rows n join old_rows o on o.id = n.id
      cross join lateral (values (n.employer_id, n.compare_form), (o.employer_id, o.compare_form)) f (id, form)
      where (n.employer_id, n.name, n.compare_form, n.base_form, n.kind, n.valid_to, n.source_system, n.added_at)
            is distinct from (o.employer_id, o.name, o.compare_form, o.base_form, o.kind, o.valid_to, o.source_system, o.added_at);
  end if;
  if v_ids is null then
    return null;
  end if;
  perform app_hidden.mark_promotion_dirty(v_ids || app_hidden.promotion_employers_by_compare_forms(v_forms));
  return null;
end;
$$;
create trigger _600_promotion_dirty_insert after insert on app_public.aliases
  referencing new table as new_rows for each statement execute function app_hidden.tg_aliases__promotion_dirty();
create trigger _600_promotion_dirty_update after update on app_public.aliases
  referencing new table as new_rows old table as old_rows
  for each statement execute function app_hidden.tg_aliases__promotion_dirty();
create trigger _600_promotion_dirty_delete after delete on app_public.aliases
  referencing old table as old_rows for each statement execute function app_hidden.tg_aliases__promotion_dirty();

create or replace function app_hidden.tg_alias_occurrences__promotion_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_forms text[];
begin
  if tg_op = 'INSERT' then
    select array_agg(distinct n.compare_form) into v_forms from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct o.compare_form) into v_forms from old_rows o;
  else
    select array_agg(distinct f.form) into v_forms
      from new_rows n join old_rows o on o.id = n.id
      cross join lateral (values (n.compare_form), (o.compare_form)) f (form)
      where (n.compare_form, n.source_system, n.row_count, n.project_count, n.first_seen_at, n.last_seen_at)
            is distinct from (o.compare_form, o.source_system, o.row_count, o.project_count, o.first_seen_at, o.last_seen_at);
  end if;
  if v_forms is null then
    return null;
  end if;
  perform app_hidden.mark_promotion_dirty(app_hidden.promotion_employers_by_compare_forms(v_forms));
  return null;
end;
$$;
create trigger _600_promotion_dirty_insert after insert on app_public.alias_occurrences
  referencing new table as new_rows for each statement execute function app_hidden.tg_alias_occurrences__promotion_dirty();
create trigger _600_promotion_dirty_update after update on app_public.alias_occurrences
  referencing new table as new_rows old table as old_rows
  for each statement execute function app_hidden.tg_alias_occurrences__promotion_dirty();
create trigger _600_promotion_dirty_delete after delete on app_public.alias_occurrences
  referencing old table as old_rows for each statement execute function app_hidden.tg_alias_occurrences__promotion_dirty();

-- A pending item's status or name shows in the conflicts of candidates with
-- one of its spellings' base forms.
create or replace function app_hidden.tg_pending_employers__promotion_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_forms text[];
begin
  if tg_op = 'DELETE' then
    -- its spellings go with it (on delete cascade): their own trigger marks them
    return null;
  end if;
  select array_agg(distinct pn.base_form) into v_forms
    from new_rows n join old_rows o on o.id = n.id
    join app_public.pending_employer_names pn on pn.pending_employer_id = n.id
    where (n.status, n.name) is distinct from (o.status, o.name);
  if v_forms is null then
    return null;
  end if;
  perform app_hidden.mark_promotion_dirty(app_hidden.promotion_employers_by_base_forms(v_forms));
  return null;
end;
$$;
create trigger _600_promotion_dirty_update after update on app_public.pending_employers
  referencing new table as new_rows old table as old_rows
  for each statement execute function app_hidden.tg_pending_employers__promotion_dirty();

create or replace function app_hidden.tg_pending_employer_names__promotion_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_forms text[];
begin
  if tg_op = 'INSERT' then
    select array_agg(distinct n.base_form) into v_forms from new_rows n;
  elsif tg_op = 'DELETE' then
    select array_agg(distinct o.base_form) into v_forms from old_rows o;
  else
    select array_agg(distinct f.form) into v_forms
      from new_rows n join old_rows o on o.id = n.id
      cross join lateral (values (n.base_form), (o.base_form)) f (form)
      where (n.base_form, n.pending_employer_id) is distinct from (o.base_form, o.pending_employer_id);
  end if;
  if v_forms is null then
    return null;
  end if;
  perform app_hidden.mark_promotion_dirty(app_hidden.promotion_employers_by_base_forms(v_forms));
  return null;
end;
$$;
create trigger _600_promotion_dirty_insert after insert on app_public.pending_employer_names
  referencing new table as new_rows for each statement execute function app_hidden.tg_pending_employer_names__promotion_dirty();
create trigger _600_promotion_dirty_update after update on app_public.pending_employer_names
  referencing new table as new_rows old table as old_rows
  for each statement execute function app_hidden.tg_pending_employer_names__promotion_dirty();
create trigger _600_promotion_dirty_delete after delete on app_public.pending_employer_names
  referencing old table as old_rows for each statement execute function app_hidden.tg_pending_employer_names__promotion_dirty();

-- A recorded distinction turns name_of_other_employer into distinct_employer.
create or replace function app_hidden.tg_employer_distinctions__promotion_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_ids bigint[];
begin
  if tg_op = 'INSERT' then
    select array_agg(x.id) into v_ids from new_rows n cross join lateral (values (n.employer_id), (n.other_employer_id)) x (id);
  else
    select array_agg(x.id) into v_ids from old_rows o cross join lateral (values (o.employer_id), (o.other_employer_id)) x (id);
  end if;
  perform app_hidden.mark_promotion_dirty(v_ids);
  return null;
end;
$$;
create trigger _600_promotion_dirty_insert after insert on app_public.employer_distinctions
  referencing new table as new_rows for each statement execute function app_hidden.tg_employer_distinctions__promotion_dirty();
create trigger _600_promotion_dirty_delete after delete on app_public.employer_distinctions
  referencing old table as old_rows for each statement execute function app_hidden.tg_employer_distinctions__promotion_dirty();

-- Trust ranks and source names are part of every item's evidence: a change
-- marks each employer with a name or feed rows from that source (usually far
-- over the budget: the worker's job).
create or replace function app_hidden.tg_source_systems__promotion_dirty() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_keys text[];
begin
  if tg_op = 'INSERT' then
    return null; -- nothing refers to a new source yet
  end if;
  select array_agg(n.key) into v_keys from new_rows n join old_rows o on o.key = n.key
    where (n.trust_rank, n.name) is distinct from (o.trust_rank, o.name);
  if v_keys is null then
    return null;
  end if;
  perform app_hidden.mark_promotion_dirty(
    array(select a.employer_id from app_public.aliases a where a.source_system = any (v_keys))
    || app_hidden.promotion_employers_by_compare_forms(
         array(select o.compare_form from app_public.alias_occurrences o where o.source_system = any (v_keys))));
  return null;
end;
$$;
create trigger _600_promotion_dirty_update after update on app_public.source_systems
  referencing new table as new_rows old table as old_rows
  for each statement execute function app_hidden.tg_source_systems__promotion_dirty();

-- A decision changes its employer's item in the same transaction: recomputed
-- here, synchronously, waiting for the employer if the worker holds it.
-- Decisions are inserted last by the decision functions, after the names changed.
create or replace function app_hidden.tg_canonical_decisions__promotion_refresh() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  perform app_hidden.refresh_promotion_queue_items(array(select distinct n.employer_id from new_rows n), true);
  return null;
end;
$$;
create trigger _600_promotion_dirty_insert after insert on app_public.canonical_decisions
  referencing new table as new_rows
  for each statement execute function app_hidden.tg_canonical_decisions__promotion_refresh();

-------------------------------------------------------------------------------
-- The queue. language sql, stable, no security definer and no settings: the
-- planner inlines it into PostGraphile's query, so `first: 20` becomes an
-- index scan on promotion_queue_items_order_idx with a limit.
create or replace function app_public.canonical_promotion_queue() returns setof app_public.promotion_queue_item
  language sql stable
  as $$
    -- The claim as scalar subqueries, not a join: the planner drops them when
    -- the caller does not read them (totalCount), and runs them for the rows
    -- of one page only.
    select q.employer_id, q.employer_name, q.alias_id, q.candidate_name, q.candidate_kind, q.rules, q.score, q.impact,
           q.priority, q.candidate_rows, q.candidate_projects, q.canonical_rows, q.first_seen_at, q.last_seen_at,
           q.sources, q.conflicts, q.conflict_count, 'queued'::text, q.last_decision_id, q.queued_since,
           (select pc.claimed_by from app_public.promotion_claims pc
            where pc.employer_id = q.employer_id and pc.expires_at > now()),
           (select u.username::text from app_public.promotion_claims pc join app_public.users u on u.id = pc.claimed_by
            where pc.employer_id = q.employer_id and pc.expires_at > now()),
           (select pc.expires_at from app_public.promotion_claims pc
            where pc.employer_id = q.employer_id and pc.expires_at > now()),
           q.evidence
    from app_hidden.promotion_queue_items q
    where (q.deferred_until is null or q.deferred_until <= current_date)
      and app_hidden.promotion_queue_enabled()
    order by q.priority desc, q.queued_since, q.employer_id, q.alias_id nulls first
  $$;
comment on function app_public.canonical_promotion_queue() is
  'Analysts and stewards: names that could serve better as canonical names, most important first (impact times uncertainty). Rejected names stay out unless new evidence arrives; deferred ones return when their date passes.';
grant execute on function app_public.canonical_promotion_queue() to :ROLE_ANALYST;

-- The backlog in one row (columns as in 000003), counted in the store with
-- the few live claims hashed in, instead of a claim lookup per item. Still
-- raises FEATURE_DISABLED when the feature is off (the daily snapshot in
-- app_hidden.refresh_integration_rollups relies on it).
create or replace view app_public.promotion_backlog with (security_invoker = true) as
  select
    count(*)::integer as items,
    (count(*) filter (where c.employer_id is null))::integer as unclaimed_items,
    (count(*) filter (where c.employer_id is not null))::integer as claimed_items,
    (count(*) filter (where q.conflict_count > 0))::integer as items_with_conflicts,
    min(q.queued_since) as oldest_queued_since,
    round((extract(epoch from now() - min(q.queued_since)) / 86400)::numeric, 2) as oldest_item_age_days,
    now() as measured_at
  from app_hidden.promotion_queue_items q
  left join (
    select pc.employer_id from app_public.promotion_claims pc
    join app_public.users u on u.id = pc.claimed_by
    where pc.expires_at > now()
  ) c on c.employer_id = q.employer_id
  where (q.deferred_until is null or q.deferred_until <= current_date)
    and app_hidden.promotion_queue_enabled();
-- As in 000003 (a re-run of this file drops the view with the table it reads).
comment on view app_public.promotion_backlog is 'The promotion queue in one row: how many items, how many claimed, and the age of the oldest.';
comment on column app_public.promotion_backlog.items is 'Items in the queue.';
comment on column app_public.promotion_backlog.oldest_queued_since is 'Since when the oldest item waits.';
comment on column app_public.promotion_backlog.oldest_item_age_days is 'Its age in days.';
grant select on app_public.promotion_backlog to :ROLE_ANALYST;

-- The reference: the same queue computed live from app_hidden.promotion_candidates,
-- as canonical_promotion_queue did before the store. Tests compare the two;
-- slow on a large registry.
create or replace function app_hidden.promotion_queue_live() returns setof app_public.promotion_queue_item
  language sql stable
  as $$
    select c.employer_id, c.employer_name, c.alias_id, c.candidate_name, c.candidate_kind, c.rules, c.score, c.impact,
           c.priority, c.candidate_rows, c.candidate_projects, c.canonical_rows, c.first_seen_at, c.last_seen_at,
           c.sources, c.conflicts, c.conflict_count, c.status, c.last_decision_id, c.queued_since, c.claimed_by,
           c.claimed_by_username, c.claim_expires_at, c.evidence
    from app_hidden.promotion_candidates c
    where c.status = 'queued' and app_hidden.promotion_queue_enabled()
    order by c.priority desc, c.queued_since, c.employer_id, c.alias_id nulls first
  $$;
comment on function app_hidden.promotion_queue_live() is 'The promotion queue computed live (the reference for the stored one; seconds on a large registry).';
grant execute on function app_hidden.promotion_queue_live() to :ROLE_ANALYST;

-- The backlog now, for /metrics and the health check (read as the owner):
-- cheap since the queue is stored, so they no longer read the daily
-- snapshot in analytics_backlog_daily (which stays, for the history chart).
-- Items and the oldest are null while canonical_promotion is switched off.
create or replace function app_hidden.promotion_backlog_now(out items integer, out oldest_queued_since timestamptz)
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    select case when app_public.feature_enabled('canonical_promotion') is not false then count(*)::integer end,
           case when app_public.feature_enabled('canonical_promotion') is not false then min(q.queued_since) end
    from app_hidden.promotion_queue_items q
    where q.deferred_until is null or q.deferred_until <= current_date
  $$;
comment on function app_hidden.promotion_backlog_now() is 'Items in the promotion queue now and since when the oldest waits (null while the feature is off).';

-------------------------------------------------------------------------------
-- Backfill: the candidates of every active employer as the data stands.
select app_hidden.refresh_promotion_queue_items(array(select e.id from app_public.employers e where e.status = 'active'));

--! split: 3-import-matching.sql
-- Import matching (issue 5): one matcher for searchEmployers and the import
-- worker, an import path that does not depend on the alias_search switch, and
-- the per-chunk costs that made a 100k-row import take minutes.
--
-- 1. app_hidden.match_employers is the body of search_employers (identifier,
--    exact, candidate generation, scoring, bands), moved here unchanged except
--    for the feature check. app_public.search_employers checks the alias_search
--    switch and returns what match_employers returns, so the GraphQL search and
--    the import cannot drift apart: there is one copy of the scoring SQL.
--    Import matching calls match_employers directly, so switching the public
--    search off (an incident measure) no longer fails every import job.
-- 2. process_import_chunk (replaced):
--    * name forms (compare, base) are computed once per distinct name of the
--      batch and kept in app_private.import_name_forms, not once per row (the
--      normaliser costs ~40 µs a call: 200k calls for a 100k-row file);
--    * the chunk's temporary table is analysed and indexed by base form, so the
--      final update reads the chunk's rows only (it scanned the whole batch on
--      every chunk) and clustering finds a group's rows by index;
--    * a feed_spelling alias that cannot be inserted (a conflict, a constraint)
--      no longer aborts the chunk or vanishes silently: it is recorded in
--      app_private.alias_insert_failures (source 'import', counted by /metrics
--      and ops health) and the row's explanation says why the alias is missing.
-- 3. The "batch done" trigger computes compare forms per distinct name, not per row.
-- Re-runnable: functions are created or replaced, the new table is created if not exists.

-- pg_trgm's settings exist once its library is loaded in the session;
-- only then may the owner name one in a function's SET clause.
select public.similarity('', '');

-------------------------------------------------------------------------------
-- 1. One matcher.
create or replace function app_hidden.match_employers(
  query text,
  include_aliases boolean default true,
  include_archived boolean default false
) returns setof app_public.employer_match
  language plpgsql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  -- The % operator below uses this threshold in the index scan; at
  -- the default 0.3 it fetches and rechecks thousands of tokens that the
  -- similarity >= token_min_similarity filter then drops. Same results.
  set pg_trgm.similarity_threshold = 0.55
  -- Plan the big statement once per session, not on every call (~2 ms).
  set plan_cache_mode = force_generic_plan
  as $$
declare
  v_settings jsonb := app_hidden.search_settings();
  v_role text := app_hidden.current_role_name();
  -- API clients see public names of active employers only.
  v_staff boolean := v_role not in ('api_client', 'anonymous');
  v_aliases boolean := coalesce(include_aliases, true);
  v_archived boolean := coalesce(include_archived, false) and v_role not in ('api_client', 'anonymous');
  v_query text;
  v_compare text;
  v_base text;
  v_tokens text[];
  v_address text;
  v_digits text;
  v_total double precision;
  v_common integer;
  -- An identifier or an exact current name answers the search: no fuzzy stage.
  v_settled boolean;
begin
  if query is null or btrim(query) = '' then
    raise exception 'Type a name or an identifier to search for' using errcode = 'BADQY';
  end if;
  if length(query) > 500 then
    raise exception 'A search may have at most 500 characters' using errcode = 'BADQY';
  end if;
  -- Control characters carry no meaning in a name: treat them as spaces.
  v_query := btrim(regexp_replace(query, '[\x01-\x1F\x7F]+', ' ', 'g'));
  if v_query = '' then
    return;
  end if;
  v_compare := app_hidden.name_compare_form(v_query);
  -- A web address names its organisation by its domain ("pch.net",
  -- "www.protocollabs.com", "ntt.co.jp"): similar names are looked up by that
  -- name, and such matches stay out of the auto band (see resolved).
  v_address := app_hidden.web_address_name(v_query);
  v_base := app_hidden.name_base_form(coalesce(v_address, v_query));
  v_tokens := app_hidden.name_search_tokens(coalesce(v_address, v_query), v_base);
  v_digits := regexp_replace(v_query, '[\s-]', '', 'g');
  select greatest(s.name_count, 1) into v_total from app_private.search_stats s;
  v_common := greatest(50, (v_total * (v_settings->>'common_token_share')::float8)::int);
  -- Settled when a visible employer answers to the query as an identifier or
  -- by a current name's exact compare form. Those rank above every fuzzy
  -- match and get the same band without them, so the fuzzy stage (most of
  -- the cost) would only add ranks below.
  v_settled := exists (
      select 1
      from app_public.employer_identifiers i
      join app_public.identifier_schemes s on s.key = i.scheme
      join app_public.employers e on e.id = i.employer_id
      join app_public.employers survivor on survivor.id = coalesce(e.merged_into, e.id)
      where i.value in (v_digits, v_query) and (v_staff or s.is_public) and length(v_digits) <= 100
        and (survivor.status = 'active' or (v_archived and survivor.status = 'archived'))
    ) or exists (
      select 1
      from app_private.search_names n
      join app_public.employers e on e.id = n.employer_id
      join app_public.employers survivor on survivor.id = coalesce(e.merged_into, e.id)
      where n.compare_form = v_compare
        and (n.valid_to is null or n.valid_to >= current_date)
        and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
        and (survivor.status = 'active' or (v_archived and survivor.status = 'archived'))
    );

  return query
  with
  -- Identifier: the whole query is an identifier's value (ABN/ACN with or without spaces).
  by_identifier as (
    select i.employer_id, 1.0::float8 as score, 'identifier'::app_public.match_method as method,
           i.value as matched_name, i.scheme as matched_kind,
           format('Identifier: %s %s', i.scheme, i.value) as explanation, 3 as priority
    from app_public.employer_identifiers i
    join app_public.identifier_schemes s on s.key = i.scheme
    where i.value in (v_digits, v_query) and (v_staff or s.is_public)
      and length(v_digits) <= 100
  ),
  -- Exact: a name with the same compare form, or the same once legal forms are dropped.
  by_exact as (
    select n.employer_id,
           case when n.compare_form = v_compare then 1.0 else 0.97 end
             * case when n.valid_to is not null and n.valid_to < current_date then 0.98 else 1 end as score,
           'exact'::app_public.match_method as method, n.name as matched_name, n.kind as matched_kind,
           case when n.compare_form = v_compare
                then format('Exact: same name as the %s name "%s"', n.kind, n.name)
                else format('Exact apart from legal form: "%s" (%s)', n.name, n.kind) end
             || case when n.valid_to is not null and n.valid_to < current_date
                     then format('; a retired name (until %s)', n.valid_to) else '' end as explanation,
           2 as priority
    from app_private.search_names n
    where (n.compare_form = v_compare or n.base_form = v_base)
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    union all
    -- The same letters apart from spaces: "ACME Packet" and "AcmePacket".
    select n.employer_id, 0.95, 'exact'::app_public.match_method, n.name, n.kind,
           format('Exact apart from spacing: "%s" (%s)', n.name, n.kind), 2
    from app_private.search_names n
    where n.squashed = replace(v_base, ' ', '') and n.base_form <> v_base and length(n.squashed) >= 4
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
  ),
  -- How common each query word is; misspelt words borrow a known word's postings.
  query_tokens as (
    select t.token, t.pos, coalesce(st.name_count, 0) as df
    from unnest(v_tokens) with ordinality as t(token, pos)
    left join app_private.search_tokens st on st.token = t.token
  ),
  -- Known words close to a query word: by trigrams, or by edit distance among
  -- words that start with the same two letters (typos like "goolge", "tecent").
  -- Only for query words the registry hardly knows (df <= 5): a word
  -- found in many names is not a typo, and its neighbours only add postings.
  similar_tokens as (
    select distinct on (q.token, st.token) q.token as query_token, st.token, st.df
    from query_tokens q
    cross join lateral (
      (select t.token, t.name_count as df from app_private.search_tokens t
       where length(q.token) >= 4 and q.df <= 5 and t.token operator(public.%) q.token and t.token <> q.token
         and public.similarity(q.token, t.token) >= (v_settings->>'token_min_similarity')::float8
       order by public.similarity(q.token, t.token) desc
       limit 4)
      union all
      (select t.token, t.name_count from app_private.search_tokens t
       where length(q.token) >= 4 and q.df <= 5
         and t.token collate "C" >= left(q.token, 2) collate "C"
         and t.token collate "C" < (left(q.token, 1) || chr(ascii(substr(q.token, 2, 1)) + 1)) collate "C"
         and abs(length(t.token) - length(q.token)) <= 2 and t.token <> q.token
         and public.levenshtein_less_equal(q.token, t.token, app_hidden.typo_allowance(q.token))
             <= app_hidden.typo_allowance(q.token)
       limit 8)
    ) st
  ),
  -- Words to look names up by: the rare ones, not "construction".
  -- Not "and always the rarest" any more: when every known word is common
  -- (no probe), candidates are the names holding ALL the known words (a GIN AND
  -- over the posting lists) instead of every name with the rarest common word
  -- (226,828 rows for "holdings" at 1M, 115 ms of bitmap alone).
  -- Rarest first, and only while the names they bring stay within
  -- max_probe_postings: a few hundred names are scored, so bitmaps of a
  -- hundred thousand names (thirty typo neighbours of three unknown words)
  -- only cost time, and rarer words pick better candidates.
  probe_tokens as (
    select token
    from (
      select token, sum(df) over (order by df, token rows between unbounded preceding and 1 preceding) as before
      from (
        select token, df from query_tokens where df between 1 and v_common
        union
        select token, df from similar_tokens where df <= v_common
      ) p
    ) ranked
    where coalesce(before, 0) < (v_settings->>'max_probe_postings')::int
  ),
  -- At most max_candidates names, and none once the search is settled (an
  -- identifier or an exact current name answered it).
  candidates as (
    select n.* from app_private.search_names n
    where not v_settled
      and (n.tokens && (select coalesce(array_agg(token), '{}') from probe_tokens)
           or n.tokens @> (select case when count(*) > 0 and not exists (select 1 from probe_tokens)
                                       then array_agg(token) else array[chr(1)] end
                           from query_tokens where df > 0))
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    limit (v_settings->>'max_candidates')::int
  ),
  -- Initials: "AGS" finds "Acme Group Services", and "Internet Initiative Japan" finds "IIJ".
  initials_candidates as (
    select n.*, 'name' as which from app_private.search_names n
    where not v_settled and cardinality(v_tokens) = 1 and length(v_tokens[1]) between 2 and 6 and n.initials = v_tokens[1]
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    union all
    select n.*, 'query' from app_private.search_names n
    where not v_settled and app_hidden.name_initials(v_base) is not null and length(app_hidden.name_initials(v_base)) >= 3
      and n.compare_form = app_hidden.name_initials(v_base)
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    limit 200
  ),
  weights as (
    select token, pos, ln((v_total + 1) / (df + 1)) + 0.1 as w, df from query_tokens
  ),
  -- Every query word against every word of a candidate name: 1 when equal,
  -- less for a typo or a similar spelling, 0 otherwise.
  pairs as (
    select c.id, w.token as q, w.w as qw, w.pos as qpos, ct.token as c, ct.pos as cpos,
           ln((v_total + 1) / (coalesce(st.name_count, 0) + 1)) + 0.1 as cw,
           case
             when ct.token = w.token then 1.0
             -- A typo: at most typo_allowance edits. Lengths further apart cannot be, and the
             -- bounded distance stops counting past the allowance (the same answers, cheaper).
             when length(w.token) >= 4 and length(ct.token) >= 4
                  and abs(length(w.token) - length(ct.token)) <= app_hidden.typo_allowance(w.token)
                  and public.levenshtein_less_equal(w.token, ct.token, app_hidden.typo_allowance(w.token))
                      <= app_hidden.typo_allowance(w.token)
               then 0.9 - 0.1 * public.levenshtein_less_equal(w.token, ct.token, app_hidden.typo_allowance(w.token))
             when length(w.token) >= 4 and length(ct.token) >= 4
                  and public.similarity(w.token, ct.token) >= (v_settings->>'token_min_similarity')::float8
               then public.similarity(w.token, ct.token)
             else 0
           end as m
    from candidates c
    cross join lateral unnest(c.tokens) with ordinality as ct(token, pos)
    left join app_private.search_tokens st on st.token = ct.token
    cross join weights w
  ),
  query_side as (
    select id, sum(qw * best) as matched, sum(qw) as total,
           string_agg(case when best = 1 then q end, ' ' order by qpos) as shared,
           string_agg(case when best > 0 and best < 1 then q || '~' || best_c end, ' ' order by qpos) as fuzzy_pairs
    from (
      select distinct on (id, q) id, q, qw, qpos, m as best, c as best_c
      from pairs order by id, q, m desc
    ) b
    group by id
  ),
  name_side as (
    select id, sum(cw * best) as matched, sum(cw) as total, bool_or(cpos = 1 and qpos = 1 and best > 0) as same_start
    from (
      select distinct on (id, c) id, c, cw, cpos, qpos, m as best
      from pairs order by id, c, m desc
    ) b
    group by id
  ),
  scored as (
    select c.id, c.employer_id, c.name, c.kind, c.valid_to, q.shared, q.fuzzy_pairs,
           -- How much of the name the query covers, and how much of the query the name explains.
           n.matched / greatest(n.total, 0.0001) as name_cover,
           q.matched / greatest(q.total, 0.0001) as query_cover,
           n.same_start
    from candidates c
    join query_side q on q.id = c.id
    join name_side n on n.id = c.id
    where q.matched > 0
  ),
  by_fuzzy as (
    select s.employer_id,
           least(0.95, 0.6 * s.name_cover + 0.4 * s.query_cover + case when s.same_start then 0.03 else 0 end)
             * case when s.valid_to is not null and s.valid_to < current_date then 0.98 else 1 end as score,
           'fuzzy'::app_public.match_method as method, s.name as matched_name, s.kind as matched_kind,
           format('Similar to the %s name "%s"', s.kind, s.name)
             || case when s.shared is not null then format('; shared words: %s', s.shared) else '' end
             || case when s.fuzzy_pairs is not null then format('; misspelt words: %s', s.fuzzy_pairs) else '' end
             || format('; covers %s%% of the name and %s%% of the query',
                       round((100 * s.name_cover)::numeric), round((100 * s.query_cover)::numeric))
             || coalesce((select '; counted little as common: ' || string_agg(q.token, ', ')
                          from query_tokens q where q.df > v_common or q.df >= v_total * 0.25), '')
             || case when s.valid_to is not null and s.valid_to < current_date
                     then format('; a retired name (until %s)', s.valid_to) else '' end as explanation,
           1 as priority
    from scored s
    union all
    select i.employer_id, 0.65, 'fuzzy'::app_public.match_method, i.name, i.kind,
           case when i.which = 'name' then format('The query is the initials of the %s name "%s"', i.kind, i.name)
                else format('The %s name "%s" is the initials of the query', i.kind, i.name) end, 1
    from initials_candidates i
  ),
  all_matches as (
    select * from by_identifier
    union all select * from by_exact
    union all select * from by_fuzzy
  ),
  -- Follow merges to the survivor; drop archived employers unless asked for.
  resolved as (
    select coalesce(e.merged_into, e.id) as employer_id,
           case when e.merged_into is not null then e.id end as matched_employer_id,
           case when v_address is not null and m.score < 1 then least(m.score, 0.85) else m.score end as score,
           m.method, m.matched_name, m.matched_kind,
           m.explanation || case when e.merged_into is not null
                                 then format('; found on employer #%s, merged into #%s', e.id, e.merged_into) else '' end
             || case when v_address is not null and m.score < 1
                     then format('; the query read as the web address of "%s" (a person confirms)', v_address) else '' end
             as explanation,
           m.priority
    from all_matches m
    join app_public.employers e on e.id = m.employer_id
    join app_public.employers survivor on survivor.id = coalesce(e.merged_into, e.id)
    where survivor.status = 'active' or (v_archived and survivor.status = 'archived')
  ),
  best_per_employer as (
    select distinct on (employer_id) *
    from resolved
    order by employer_id, priority desc, score desc, matched_name
  ),
  ranked as (
    select b.*, row_number() over (order by b.priority desc, b.score desc, b.employer_id) as rank
    from best_per_employer b
    order by b.priority desc, b.score desc, b.employer_id
    limit (v_settings->>'max_results')::int
  ),
  with_runner_up as (
    select r.*,
           lead(r.score) over (order by r.rank) as next_score,
           lead(r.employer_id) over (order by r.rank) as next_employer_id,
           lead(r.method) over (order by r.rank) as next_method
    from ranked r
  )
  select w.employer_id, round(w.score::numeric, 4)::float8,
         case
           when w.rank > 1 then
             case when w.score >= (v_settings->>'review_min_score')::float8 then 'review' else 'new' end
           -- Two employers answering to the same identifier or exact name: a person decides.
           when w.method in ('identifier', 'exact') and w.next_method = w.method and w.next_score >= w.score then 'review'
           when w.method = 'identifier' then 'auto'
           when w.method = 'exact' and w.score = 1 then 'auto'
           when w.next_employer_id is not null and app_hidden.are_distinct(w.employer_id, w.next_employer_id)
                and w.next_score >= (v_settings->>'review_min_score')::float8 then 'review'
           when w.score >= (v_settings->>'auto_min_score')::float8
                and w.score - coalesce(w.next_score, 0) >= (v_settings->>'auto_min_margin')::float8 then 'auto'
           when w.score >= (v_settings->>'review_min_score')::float8 then 'review'
           else 'new'
         end::app_public.match_band,
         w.method, w.matched_name, w.matched_kind, w.matched_employer_id,
         w.explanation
           || case when w.rank = 1 and w.next_score is not null
                   then format('; margin over the next employer: %s', round((w.score - w.next_score)::numeric, 2))
                   else '' end,
         w.rank::int
  from with_runner_up w
  order by w.rank;
end;
$$;
comment on function app_hidden.match_employers(text, boolean, boolean) is
  'The matcher behind searchEmployers (identifiers, exact names, similar names; scores, bands, explanations), without the alias_search switch: import matching calls it directly. Callers outside the database reach it through app_public.search_employers only.';

create or replace function app_public.search_employers(
  query text,
  include_aliases boolean default true,
  include_archived boolean default false
) returns setof app_public.employer_match
  language plpgsql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  -- The switch is the public search's: imports match through match_employers without it.
  perform app_hidden.assert_feature_enabled('alias_search');
  return query select * from app_hidden.match_employers(query, include_aliases, include_archived);
end;
$$;
comment on function app_public.search_employers(text, boolean, boolean) is
  'Finds employers by any of their names or identifiers, best first: identifiers, then exact names, then similar names, each with a score, a band and an explanation. includeAliases: false searches canonical names only (the old name-only search). API clients see public names of active employers only.';
grant execute on function app_public.search_employers(text, boolean, boolean) to :ROLE_API_CLIENT;

-------------------------------------------------------------------------------
-- 2. Import processing.

-- The compare and base form of each distinct name of a batch in progress,
-- computed once (a feed repeats a company on every project). Emptied when the
-- batch is done, like app_private.import_name_matches.
create table if not exists app_private.import_name_forms (
  batch_id bigint not null references app_public.import_batches (id) on delete cascade,
  name text not null,
  compare_form text not null,
  base_form text not null,
  primary key (batch_id, name)
);
alter table app_private.import_name_forms enable row level security;
comment on table app_private.import_name_forms is 'Name forms per distinct name of a batch in progress (a cache of the normaliser; no grants).';

-- Where a batch's processing time goes, per stage, summed over its chunks:
-- the profile a speed change is judged by (npm run bench:import prints it).
-- Kept with the batch (a dozen rows each); no grants, owner and worker only.
create table if not exists app_private.import_stage_timings (
  batch_id bigint not null references app_public.import_batches (id) on delete cascade,
  stage text not null,
  milliseconds double precision not null default 0,
  calls integer not null default 0,
  primary key (batch_id, stage)
);
alter table app_private.import_stage_timings enable row level security;
comment on table app_private.import_stage_timings is 'Processing time of each import batch per stage (summed over chunks): the import profile (no grants).';

-- Adds the time since started to a batch's stage and returns now, so a
-- function times its stages as laps: v_t := app_hidden.import_stage_lap(batch, 'stage', v_t).
create or replace function app_hidden.import_stage_lap(batch_id bigint, stage text, started timestamptz) returns timestamptz
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
    insert into app_private.import_stage_timings as t (batch_id, stage, milliseconds, calls)
      values (import_stage_lap.batch_id, import_stage_lap.stage,
              extract(epoch from clock_timestamp() - import_stage_lap.started) * 1000, 1)
    on conflict (batch_id, stage) do update
      set milliseconds = t.milliseconds + excluded.milliseconds, calls = t.calls + 1;
    select clock_timestamp();
  $$;
comment on function app_hidden.import_stage_lap(bigint, text, timestamptz) is 'Adds the time since started to an import batch''s stage (app_private.import_stage_timings); returns clock_timestamp().';

create or replace function app_hidden.remember_import_name_forms(batch_id bigint, names text[]) returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
    insert into app_private.import_name_forms (batch_id, name, compare_form, base_form)
      select remember_import_name_forms.batch_id, d.name, app_hidden.name_compare_form(d.name), app_hidden.name_base_form(d.name)
      from (
        select u.name from unnest(names) u(name) where u.name is not null
        -- The batch's known names, read by the primary key (the table is
        -- filled faster than autovacuum analyses it, so no anti-join plans on
        -- its statistics).
        except
        select f.name from app_private.import_name_forms f
        where f.batch_id = remember_import_name_forms.batch_id and f.name = any (names)
      ) d
    on conflict do nothing
  $$;
comment on function app_hidden.remember_import_name_forms(bigint, text[]) is 'Stores the name forms of the names a batch has not seen yet (app_private.import_name_forms).';

-- The code an alias insert failure is counted under: the GraphQL code for a
-- duplicate (what addAlias reports), else the name of the SQL error class.
create or replace function app_hidden.alias_failure_code(sqlstate text) returns text
  language sql immutable
  as $$
    select case sqlstate
             when '23505' then 'DUPLICATE_ALIAS'
             when '23514' then 'CHECK_VIOLATION'
             when '23503' then 'FOREIGN_KEY_VIOLATION'
             when '23502' then 'NOT_NULL_VIOLATION'
             else 'SQLSTATE_' || coalesce(sqlstate, 'UNKNOWN')
           end
  $$;
comment on function app_hidden.alias_failure_code(text) is 'The code a failed alias insert is recorded under in app_private.alias_insert_failures.';

-- The names of a coming chunk (the next one, or with skip = chunk_size the one
-- after it) that will need the fuzzy matcher: no identifier of a known
-- employer, not exactly one employer's name, not matched yet. The worker
-- matches them on other connections while the chunk before is processed.
-- Read-only: it must not wait for the chunk in flight (which writes the
-- batch's name forms), so it computes the forms the cache does not have yet.
drop function if exists app_hidden.import_names_to_search(bigint, integer);
create or replace function app_hidden.import_names_to_search(batch_id bigint, chunk_size integer, skip integer default 0)
  returns table (compare_form text, name text)
  language sql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
    with next_rows as (
      select btrim(regexp_replace(coalesce(r.company_name, ''), '\s+', ' ', 'g')) as name,
             regexp_replace(coalesce(r.abn, ''), '[\s-]', '', 'g') as abn, regexp_replace(coalesce(r.acn, ''), '[\s-]', '', 'g') as acn,
             btrim(coalesce(r.bci_company_id, '')) as bci
      from app_public.import_rows r
      where r.batch_id = import_names_to_search.batch_id and r.outcome is null
      order by r.line offset greatest(skip, 0) limit chunk_size
    ), unknown as (
      select distinct n.name
      from next_rows n
      where n.name <> '' and length(n.name) <= 500 and n.name !~ '^[=+@-]' and n.name !~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]'
        and not exists (select 1 from app_public.employer_identifiers i
                        where (i.scheme = 'abn' and i.value = n.abn) or (i.scheme = 'acn' and i.value = n.acn)
                           or (i.scheme = 'bci_company' and i.value = n.bci))
    ), forms as (
      select u.name, coalesce(f.compare_form, app_hidden.name_compare_form(u.name)) as compare_form
      from unknown u
      left join app_private.import_name_forms f on f.batch_id = import_names_to_search.batch_id and f.name = u.name
    )
    select distinct on (f.compare_form) f.compare_form, f.name
    from forms f
    where not exists (select 1 from app_private.import_name_matches m
                      where m.batch_id = import_names_to_search.batch_id and m.compare_form = f.compare_form)
      and (select count(distinct coalesce(e.merged_into, e.id)) from app_private.search_names s
           join app_public.employers e on e.id = s.employer_id
           where s.compare_form = f.compare_form) <> 1
    order by f.compare_form, f.name
  $$;
comment on function app_hidden.import_names_to_search(bigint, integer, integer) is 'Names of a coming chunk of a batch that the fuzzy matcher will be asked about (for matching them ahead, in parallel).';

-- Matches one name for a batch and keeps the answer (see import_names_to_search).
create or replace function app_hidden.search_import_name(batch_id bigint, compare_form text, name text) returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
    insert into app_private.import_name_matches (batch_id, compare_form, employer_id, score, band, method, explanation)
      select search_import_name.batch_id, search_import_name.compare_form, s.employer_id, s.score, s.band, s.method, s.explanation
      from (select 1) one left join lateral (select * from app_hidden.match_employers(search_import_name.name) limit 1) s on true
    on conflict do nothing
  $$;

-- Clustering looks for an open item with a spelling of trigram similarity
-- >= 0.7; at pg_trgm's default threshold (0.3) the index fetched and rechecked
-- every loosely similar spelling first. Same items found.
alter function app_hidden.cluster_pending_rows(text) set pg_trgm.similarity_threshold = 0.7;

create or replace function app_hidden.process_import_chunk(batch_id bigint, chunk_size integer default 2000)
  returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_batch app_public.import_batches;
  v_count integer;
  v_aliases integer;
  v_new record;
  v_first_line integer;
  v_last_line integer;
  v_alias_id bigint;
  v_state text;
  v_message text;
  -- Start of the stage being timed (app_hidden.import_stage_lap).
  v_t timestamptz := clock_timestamp();
begin
  perform app_hidden.assert_feature_enabled('imports');
  -- NO KEY UPDATE, not UPDATE: it still serialises the chunks of a batch (and
  -- its counters), but the look-ahead's inserts into import_name_matches (and
  -- the stage timings) on other connections need a KEY SHARE lock on this row
  -- for their foreign key, which FOR UPDATE blocks: the look-ahead lanes stood
  -- still after their first name until each chunk committed, so matching and
  -- chunks ran one after the other instead of side by side.
  select * into v_batch from app_public.import_batches b where b.id = process_import_chunk.batch_id for no key update;
  if v_batch.id is null then
    raise exception 'No import batch #%', batch_id using errcode = 'NTFND';
  end if;
  if v_batch.state in ('done', 'receiving') then
    return 0;
  end if;
  if v_batch.state = 'queued' or v_batch.started_at is null then
    update app_public.import_batches b set state = 'processing', started_at = coalesce(b.started_at, now()), last_error = null
      where b.id = v_batch.id;
  end if;

  create temp table if not exists import_chunk (
    line integer primary key,
    company_name text, abn_form text, acn_form text, bci_form text, notes text[],
    compare_form text, base_form text,
    id_employer_id bigint, id_explanation text, id_conflict text,
    name_employer_id bigint, name_score double precision, name_band app_public.match_band,
    name_method app_public.match_method, name_explanation text, name_exact_ids bigint[],
    outcome app_public.import_row_outcome, employer_id bigint, score double precision, explanation text,
    error text, conflict text, pending_employer_id bigint, alias_id bigint
  ) on commit drop;
  create temp table if not exists import_chunk_names (
    compare_form text primary key, name text, employer_id bigint, score double precision,
    band app_public.match_band, method app_public.match_method, explanation text, exact_ids bigint[],
    needs_search boolean not null default false, searched boolean not null default false
  ) on commit drop;
  -- Clustering updates a chunk's rows by base form, group after group.
  create index if not exists import_chunk_base_form_idx on import_chunk (base_form);
  create temp table if not exists import_chunk_new_aliases (
    line integer primary key, employer_id bigint, name text, source_ref text,
    alias_id bigint, failure_code text, failure text
  ) on commit drop;
  truncate import_chunk, import_chunk_names, import_chunk_new_aliases;

  insert into import_chunk (line, company_name, abn_form, acn_form, bci_form, notes, error)
    select r.line, r.name,
           case when r.abn_v <> '' and app_hidden.abn_is_valid(r.abn_v) then r.abn_v end,
           case when r.acn_v <> '' and app_hidden.acn_is_valid(r.acn_v) then r.acn_v end,
           case when r.bci_v ~ '^[A-Za-z0-9_-]{1,40}$' then r.bci_v end,
           array_remove(array[
             case when r.abn_v <> '' and not app_hidden.abn_is_valid(r.abn_v) then format('ABN "%s" ignored: not a valid ABN', left(r.abn_v, 40)) end,
             case when r.acn_v <> '' and not app_hidden.acn_is_valid(r.acn_v) then format('ACN "%s" ignored: not a valid ACN', left(r.acn_v, 40)) end,
             case when r.bci_v <> '' and r.bci_v !~ '^[A-Za-z0-9_-]{1,40}$' then format('BCI company id "%s" ignored: not a valid id', left(r.bci_v, 40)) end
           ], null),
           case
             when r.name = '' then 'company_name is empty'
             when length(r.name) > 500 then format('company_name has %s characters (at most 500)', length(r.name))
             when r.name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then 'company_name contains control characters'
             when r.name ~ '^[=+@-]' or r.name ~ '^[\t\r]' then 'company_name looks like a spreadsheet formula (starts with =, +, - or @): not imported as a name'
           end
    from (
      select i.line, btrim(regexp_replace(coalesce(i.company_name, ''), '\s+', ' ', 'g')) as name,
             regexp_replace(coalesce(i.abn, ''), '[\s-]', '', 'g') as abn_v,
             regexp_replace(coalesce(i.acn, ''), '[\s-]', '', 'g') as acn_v,
             btrim(coalesce(i.bci_company_id, '')) as bci_v
      from app_public.import_rows i
      where i.batch_id = v_batch.id and i.outcome is null
      order by i.line
      limit chunk_size
      for update
    ) r;
  get diagnostics v_count = row_count;
  -- A temporary table has no statistics: without them the planner takes the
  -- chunk for a handful of rows and picks nested loops over whole tables.
  analyze import_chunk;
  select min(c.line), max(c.line) into v_first_line, v_last_line from import_chunk c;
  if v_count = 0 then
    v_t := clock_timestamp();
    -- Marking the batch done records its names' occurrences (trigger _600).
    update app_public.import_batches b set state = 'done', finished_at = now() where b.id = v_batch.id;
    delete from app_private.import_name_matches m where m.batch_id = v_batch.id;
    delete from app_private.import_name_forms f where f.batch_id = v_batch.id;
    v_t := app_hidden.import_stage_lap(v_batch.id, '9 batch done: promotion evidence', v_t);
    return 0;
  end if;
  v_t := app_hidden.import_stage_lap(v_batch.id, '1 read and check rows', v_t);

  -- Name forms once per distinct name of the batch, not once per row (a
  -- company comes back on every project; see app_private.import_name_forms).
  perform app_hidden.remember_import_name_forms(v_batch.id, array(
    select distinct c.company_name from import_chunk c where c.error is null));
  update import_chunk c set compare_form = f.compare_form, base_form = f.base_form
    from app_private.import_name_forms f
    where f.batch_id = v_batch.id and f.name = c.company_name and c.error is null;
  -- Again, now that the joins below have name forms to go by (and the final
  -- update of import_rows reads the chunk's rows only, not the whole batch).
  analyze import_chunk;
  v_t := app_hidden.import_stage_lap(v_batch.id, '2 name forms', v_t);

  -- 1. Identifiers (following merges to the survivor).
  with hits as (
    select c.line, coalesce(e.merged_into, e.id) as employer_id, i.scheme, i.value
    from import_chunk c
    join app_public.employer_identifiers i
      on (i.scheme = 'abn' and i.value = c.abn_form) or (i.scheme = 'acn' and i.value = c.acn_form)
         or (i.scheme = 'bci_company' and i.value = c.bci_form)
    join app_public.employers e on e.id = i.employer_id
    where c.error is null
  ), per_line as (
    select h.line, array_agg(distinct h.employer_id) as ids,
           string_agg(format('%s %s', h.scheme, h.value), ', ' order by h.scheme) as which
    from hits h group by h.line
  )
  update import_chunk c
    set id_employer_id = case when cardinality(p.ids) = 1 then p.ids[1] end,
        id_explanation = format('Identifier: %s', p.which),
        id_conflict = case when cardinality(p.ids) > 1
                           then format('The identifiers %s belong to different employers (#%s)', p.which, array_to_string(p.ids, ', #')) end
    from per_line p where p.line = c.line;

  v_t := app_hidden.import_stage_lap(v_batch.id, '3 identifiers', v_t);

  -- 2. Names: each distinct compare form once. An exact name of exactly one
  -- active employer is what searchEmployers ranks first in the auto band, so
  -- it is settled set-based; every other name goes through search_employers.
  insert into import_chunk_names (compare_form, name)
    select c.compare_form, min(c.company_name) from import_chunk c
    where c.error is null group by c.compare_form;
  analyze import_chunk_names;
  with exact as (
    select n.compare_form, array_agg(distinct coalesce(e.merged_into, e.id)) as ids,
           min(format('Exact: same name as the %s name "%s"', s.kind, s.name)) as explanation
    from import_chunk_names n
    join app_private.search_names s on s.compare_form = n.compare_form
      and (s.valid_to is null or s.valid_to >= current_date)
    join app_public.employers e on e.id = s.employer_id
    join app_public.employers survivor on survivor.id = coalesce(e.merged_into, e.id) and survivor.status = 'active'
    group by n.compare_form
  )
  update import_chunk_names n
    set exact_ids = x.ids,
        employer_id = case when cardinality(x.ids) = 1 then x.ids[1] end,
        score = case when cardinality(x.ids) = 1 then 1.0 end,
        band = case when cardinality(x.ids) = 1 then 'auto'::app_public.match_band end,
        method = case when cardinality(x.ids) = 1 then 'exact'::app_public.match_method end,
        explanation = case when cardinality(x.ids) = 1 then x.explanation end
    from exact x where x.compare_form = n.compare_form;
  v_t := app_hidden.import_stage_lap(v_batch.id, '4 exact names', v_t);
  -- Rows with an identifier need no fuzzy search: only an exact name (above)
  -- is strong enough to contradict an identifier.
  update import_chunk_names n set needs_search = exists (
      select 1 from import_chunk c where c.compare_form = n.compare_form and c.error is null and c.id_employer_id is null)
    where n.band is null;
  update import_chunk_names n
    set employer_id = m.employer_id, score = m.score, band = m.band, method = m.method, explanation = m.explanation,
        searched = true
    from app_private.import_name_matches m
    where m.batch_id = v_batch.id and m.compare_form = n.compare_form and n.band is null and n.needs_search;
  update import_chunk_names n
    set employer_id = m.employer_id, score = m.score, band = m.band, method = m.method, explanation = m.explanation
    from (
      select n2.compare_form, s.*
      from import_chunk_names n2
      left join lateral (select * from app_hidden.match_employers(n2.name) limit 1) s on true
      where n2.band is null and n2.needs_search and not n2.searched
    ) m
    where m.compare_form = n.compare_form;
  insert into app_private.import_name_matches (batch_id, compare_form, employer_id, score, band, method, explanation)
    select v_batch.id, n.compare_form, n.employer_id, n.score, n.band, n.method, n.explanation
    from import_chunk_names n where n.needs_search and not n.searched
    on conflict do nothing;
  update import_chunk c
    set name_employer_id = n.employer_id, name_score = n.score, name_band = n.band, name_method = n.method,
        name_explanation = n.explanation, name_exact_ids = n.exact_ids
    from import_chunk_names n where n.compare_form = c.compare_form;
  v_t := app_hidden.import_stage_lap(v_batch.id, '5 fuzzy names (in the chunk)', v_t);

  -- 3. One outcome per row.
  update import_chunk c set
    outcome = case
      when c.error is not null then 'error'
      when c.id_conflict is not null then 'conflict'
      when c.id_employer_id is not null and c.name_band = 'auto' and c.name_employer_id <> c.id_employer_id
           and not (c.id_employer_id = any (coalesce(c.name_exact_ids, '{}'))) then 'conflict'
      when c.id_employer_id is not null then 'matched_identifier'
      when c.name_band = 'auto' and c.name_method = 'fuzzy' then 'matched_fuzzy'
      when c.name_band = 'auto' then 'matched_exact'
      else 'pending'
    end::app_public.import_row_outcome,
    employer_id = case when c.error is not null then null
                       when c.id_conflict is not null then null
                       when c.id_employer_id is not null then c.id_employer_id
                       when c.name_band = 'auto' then c.name_employer_id end,
    score = case when c.error is not null then null
                 when c.id_employer_id is not null and c.id_conflict is null then 1.0
                 else c.name_score end,
    conflict = case
      when c.id_conflict is not null then c.id_conflict
      when c.id_employer_id is not null and c.name_band = 'auto' and c.name_employer_id <> c.id_employer_id
           and not (c.id_employer_id = any (coalesce(c.name_exact_ids, '{}')))
        then format('%s names employer #%s, but the name "%s" matches employer #%s (%s)',
                    c.id_explanation, c.id_employer_id, c.company_name, c.name_employer_id, c.name_explanation)
    end,
    explanation = case
      when c.error is not null then null
      when c.id_employer_id is not null then c.id_explanation
      when c.name_band = 'auto' then c.name_explanation
      when c.name_employer_id is not null then format('Best candidate #%s scored %s (%s band): %s', c.name_employer_id, c.name_score, c.name_band, c.name_explanation)
      else 'No employer has a similar name'
    end || coalesce('; ' || array_to_string(nullif(c.notes, '{}'), '; '), '');
  update import_chunk c set explanation = c.conflict where c.outcome = 'conflict';

  v_t := app_hidden.import_stage_lap(v_batch.id, '6 outcomes', v_t);

  -- 4. Unmatched names join (or start) pending items.
  perform app_hidden.cluster_pending_rows(v_batch.source_system);
  v_t := app_hidden.import_stage_lap(v_batch.id, '7 clustering pending rows', v_t);

  -- 5. A matched name that is not yet a name of its employer becomes a
  -- feed_spelling alias, with the first row that carried it as provenance.
  insert into import_chunk_new_aliases (line, employer_id, name, source_ref)
    select distinct on (c.employer_id, c.compare_form) c.line, c.employer_id, c.company_name, c.bci_form
    from import_chunk c
    join app_public.employers e on e.id = c.employer_id
    where c.outcome in ('matched_identifier', 'matched_exact', 'matched_fuzzy')
      and c.compare_form <> e.compare_name
      and not exists (select 1 from app_public.aliases a where a.employer_id = c.employer_id and a.compare_form = c.compare_form)
    order by c.employer_id, c.compare_form, c.line;
  begin
    -- All at once: the usual case.
    with added as (
      insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, import_batch_id, import_row)
        select n.employer_id, n.name, 'feed_spelling', 'internal', v_batch.source_system, n.source_ref, v_batch.id, n.line
        from import_chunk_new_aliases n order by n.line
        on conflict on constraint alias_unique_per_employer do nothing
        returning id, import_row
    )
    update import_chunk_new_aliases n set alias_id = a.id from added a where a.import_row = n.line;
  exception when others then
    -- One name the table refuses (a constraint, a trigger) must not cost the
    -- chunk its outcomes, nor stop the batch for good: row by row, each
    -- refusal noted with its reason.
    for v_new in select * from import_chunk_new_aliases n order by n.line loop
      begin
        v_alias_id := null;
        insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, import_batch_id, import_row)
          values (v_new.employer_id, v_new.name, 'feed_spelling', 'internal', v_batch.source_system, v_new.source_ref, v_batch.id, v_new.line)
          on conflict on constraint alias_unique_per_employer do nothing
          returning id into v_alias_id;
        update import_chunk_new_aliases n set alias_id = v_alias_id where n.line = v_new.line;
      exception when others then
        get stacked diagnostics v_state = returned_sqlstate, v_message = message_text;
        update import_chunk_new_aliases n set failure_code = v_state, failure = v_message where n.line = v_new.line;
      end;
    end loop;
  end;
  -- No id back: the employer got the name between the check above and the
  -- insert (another import or a steward at the same moment).
  update import_chunk_new_aliases n
    set failure_code = '23505', failure = 'the employer already has this name (added at the same time elsewhere)'
    where n.alias_id is null and n.failure_code is null;
  -- Counted where /metrics and ops health look (app_private.alias_insert_failures).
  insert into app_private.alias_insert_failures (operation, code, source)
    select 'import_batches__process', app_hidden.alias_failure_code(n.failure_code), 'import'
    from import_chunk_new_aliases n where n.failure_code is not null order by n.line;
  update import_chunk c
    set alias_id = n.alias_id,
        explanation = case when n.failure_code is null then c.explanation
                           else c.explanation || format('; the name was not added as an alias of employer #%s: %s (%s)',
                                                        n.employer_id, n.failure, app_hidden.alias_failure_code(n.failure_code)) end
    from import_chunk_new_aliases n where n.line = c.line;
  select count(*) into v_aliases from import_chunk_new_aliases n where n.alias_id is not null;
  v_t := app_hidden.import_stage_lap(v_batch.id, '8a feed_spelling aliases', v_t);

  -- 6. Occurrences per (feed, name).
  insert into app_public.feed_name_occurrences as o (source_system, compare_form, name, occurrence_count, employer_id,
                                                     first_batch_id, last_batch_id)
    select v_batch.source_system, c.compare_form, min(c.company_name), count(*),
           (array_agg(c.employer_id order by c.line desc))[1], v_batch.id, v_batch.id
    from import_chunk c where c.error is null and c.compare_form <> ''
    group by c.compare_form
  on conflict (source_system, compare_form) do update
    set occurrence_count = o.occurrence_count + excluded.occurrence_count, employer_id = excluded.employer_id,
        last_seen_at = now(), last_batch_id = excluded.last_batch_id;

  v_t := app_hidden.import_stage_lap(v_batch.id, '8b feed name occurrences', v_t);

  -- 7. Write the outcomes and the batch's counters.
  update app_public.import_rows r
    set outcome = c.outcome, employer_id = c.employer_id, score = c.score, explanation = c.explanation,
        error = c.error, pending_employer_id = c.pending_employer_id, alias_id = c.alias_id, processed_at = now()
    from import_chunk c
    -- The chunk's rows, spelt out as the range of the index of unprocessed
    -- rows: a batch's rows are newer than their statistics, and the planner
    -- otherwise walked the whole batch on every chunk (quadratic in the
    -- file's size). They are still unprocessed: the chunk locked them.
    where r.batch_id = v_batch.id and r.line = c.line
      and r.outcome is null and r.line between v_first_line and v_last_line;
  update app_public.import_batches b set
    rows_processed = b.rows_processed + v_count,
    matched_identifier_count = b.matched_identifier_count + (select count(*) from import_chunk where outcome = 'matched_identifier'),
    matched_exact_count = b.matched_exact_count + (select count(*) from import_chunk where outcome = 'matched_exact'),
    matched_fuzzy_count = b.matched_fuzzy_count + (select count(*) from import_chunk where outcome = 'matched_fuzzy'),
    pending_count = b.pending_count + (select count(*) from import_chunk where outcome = 'pending'),
    conflict_count = b.conflict_count + (select count(*) from import_chunk where outcome = 'conflict'),
    rejected_count = b.rejected_count + (select count(*) from import_chunk where outcome = 'rejected'),
    error_count = b.error_count + (select count(*) from import_chunk where outcome = 'error'),
    aliases_added_count = b.aliases_added_count + v_aliases
    where b.id = v_batch.id;
  v_t := app_hidden.import_stage_lap(v_batch.id, '8c write outcomes and counters', v_t);
  return v_count;
end;
$$;
comment on function app_hidden.process_import_chunk(bigint, integer) is 'Gives the next chunk_size unprocessed rows of a batch their outcome, in one transaction; returns how many (0 when the batch is done, which it then marks).';


-------------------------------------------------------------------------------
-- 3. A finished batch's names go to the promotion evidence (000004, point 1):
-- the same rows and counts as app_hidden.record_name_occurrences called once
-- per distinct name in name order (what this trigger did before), in one
-- statement. The loop cost ~0.2 ms a name (two asserts, the normaliser twice,
-- one upsert each): seconds for a big file. Equal to the loop because
--  * the names of a batch's rows with an outcome other than error passed the
--    chunk's checks, which are assert_name's (not empty, at most 500
--    characters, no control characters), and the source system is checked once;
--  * names sharing a compare form are summed into one row per form first (one
--    upsert may touch a row once), and a new row keeps the least name, the one
--    the loop inserted first; an existing row keeps its name either way;
--  * the compare form comes from the batch's name forms where it has them, as before.
create or replace function app_hidden.tg_import_batches__record_name_occurrences() returns trigger
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_seen timestamptz := coalesce(new.received_at, new.created_at);
begin
  perform app_hidden.assert_source_system(new.source_system);
  insert into app_public.alias_occurrences as o
      (compare_form, name, source_system, row_count, project_count, first_seen_at, last_seen_at)
    select f.compare_form, min(f.name), new.source_system, sum(f.row_count)::bigint, sum(f.project_count)::bigint,
           v_seen, v_seen
    from (
      select g.name, g.row_count, g.project_count,
             -- The name forms the batch computed while it ran (dropped just after this).
             coalesce(nf.compare_form, app_hidden.name_compare_form(g.name)) as compare_form
      from (
        select r.name, count(*) as row_count, count(distinct r.project) as project_count
        from (
          select btrim(regexp_replace(i.company_name, '\s+', ' ', 'g')) as name,
                 nullif(btrim(i.project_id), '') as project
          from app_public.import_rows i
          where i.batch_id = new.id and i.outcome is not null and i.outcome <> 'error'
        ) r
        group by r.name
      ) g
      left join app_private.import_name_forms nf on nf.batch_id = new.id and nf.name = g.name
    ) f
    where f.compare_form <> ''
    group by f.compare_form
    on conflict on constraint alias_occurrences_unique do update set
      row_count = o.row_count + excluded.row_count,
      project_count = o.project_count + excluded.project_count,
      first_seen_at = least(o.first_seen_at, excluded.first_seen_at),
      last_seen_at = greatest(o.last_seen_at, excluded.last_seen_at),
      updated_at = now();
  return null;
end;
$$;
comment on function app_hidden.tg_import_batches__record_name_occurrences() is
  'When an import batch is done: records each name it carried (as written) in the promotion evidence, with its rows and distinct projects.';

--! split: 4-analytics.sql
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

--! split: 8-search-stats.sql
-- Search token statistics, refreshed without blocking searches.
--
-- The first version emptied app_private.search_tokens with TRUNCATE and
-- refilled it. TRUNCATE takes an ACCESS EXCLUSIVE lock, so every search (they
-- read the table) waited for the whole recount, seconds at the 1M scale. That
-- was acceptable while only bulk loads ran it; the worker now runs it nightly
-- (task search_stats__refresh) on a live registry, so it changes only the rows
-- whose count moved: plain row writes, which searches read past (MVCC).
create or replace function app_hidden.refresh_search_stats() returns integer
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_tokens integer;
begin
  create temporary table if not exists pg_temp.search_token_counts (token text primary key, name_count integer not null)
    on commit drop;
  truncate pg_temp.search_token_counts; -- a second call in one transaction starts from nothing too
  insert into pg_temp.search_token_counts (token, name_count)
    select t, count(*) from app_private.search_names, unnest(tokens) as t group by t;
  get diagnostics v_tokens = row_count;

  delete from app_private.search_tokens st
   where not exists (select 1 from pg_temp.search_token_counts c where c.token = st.token);
  insert into app_private.search_tokens (token, name_count)
    select c.token, c.name_count from pg_temp.search_token_counts c
  on conflict (token) do update set name_count = excluded.name_count
    where app_private.search_tokens.name_count is distinct from excluded.name_count;

  update app_private.search_stats set name_count = (select count(*) from app_private.search_names), refreshed_at = now();
  return v_tokens;
end;
$$;
comment on function app_hidden.refresh_search_stats() is 'Recounts how common each name token is (search weights), changing only the counts that moved so searches are never blocked. Returns the number of distinct tokens.';
