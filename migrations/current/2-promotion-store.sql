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
