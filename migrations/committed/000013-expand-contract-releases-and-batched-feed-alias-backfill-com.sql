--! Previous: sha1:6a6eab96d865127e7da3349bb8d85624829222b1
--! Hash: sha1:21080a8009f445c7b17ed4855044686087999420
--! Message: Expand/contract releases and batched feed-alias backfill: compatibility marks of applied migrations, backfill runs
--! Compatible: adds the compatibility record and backfill run tables and functions; nothing the previous release reads changes

--! split: 1-current.sql
-- Enter migration here

--! split: 5-release.sql
-- Expand/contract releases: which applied migrations the previous release's
-- code can run on. The code that applies a migration records here whether its
-- header carries `--! Compatible: <reason>` (server/src/db/migration-compatibility.ts);
-- an older release's readiness check reads these rows for the migrations it
-- does not know, so a database ahead of the code is ready only when every
-- migration it lacks is marked compatible. Only the owner reads and writes it.
drop table if exists app_private.migration_compatibility;

create table app_private.migration_compatibility (
  filename text primary key check (filename ~ '^\d{6}\.sql$'),
  is_compatible boolean not null,
  reason text,
  recorded_at timestamptz not null default now(),
  check (not is_compatible or reason is not null)
);
alter table app_private.migration_compatibility enable row level security;
comment on table app_private.migration_compatibility is
  'Per applied migration (graphile-migrate filename): whether code of the previous release may run on a database that has it (the `--! Compatible: <reason>` header), for readiness. Written by the code that migrates; no visitor grants.';

-- The feed-alias backfill in batches (npm run ops -- backfill feed-aliases):
-- each run has an id; each batch covers the import rows after the run's
-- cursor up to a bound, in its own transaction, adds the missing aliases and
-- records them against the run, and moves the cursor, so a stopped run resumes
-- where it left off and `backfill revert <run>` retires exactly its aliases.
drop function if exists app_hidden.revert_feed_alias_backfill(uuid);
drop function if exists app_hidden.backfill_feed_aliases_batch(uuid, bigint, integer, bigint, integer, boolean);
drop table if exists app_private.feed_alias_backfill_aliases;
drop table if exists app_private.feed_alias_backfill_runs;

create table app_private.feed_alias_backfill_runs (
  id uuid primary key default gen_random_uuid(),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  reverted_at timestamptz,
  -- The last import row (batch_id, line) a committed batch covered.
  after_batch_id bigint not null default 0,
  after_line integer not null default 0,
  rows_scanned bigint not null default 0,
  aliases_added integer not null default 0
);
alter table app_private.feed_alias_backfill_runs enable row level security;
comment on table app_private.feed_alias_backfill_runs is
  'Runs of the feed-alias backfill: the cursor a resumed run continues from, what it did, and when it was reverted.';

create table app_private.feed_alias_backfill_aliases (
  run_id uuid not null references app_private.feed_alias_backfill_runs (id) on delete cascade,
  alias_id bigint not null references app_public.aliases (id) on delete cascade,
  primary key (run_id, alias_id)
);
create index feed_alias_backfill_aliases_alias_idx on app_private.feed_alias_backfill_aliases (alias_id);
alter table app_private.feed_alias_backfill_aliases enable row level security;
comment on table app_private.feed_alias_backfill_aliases is 'The aliases each feed-alias backfill run added (what its revert retires).';

-- One batch: the import rows after (after_batch, after_line) up to and
-- including (upto_batch, upto_line). The candidates are those of
-- app_hidden.backfill_feed_aliases, restricted to the batch's rows.
create function app_hidden.backfill_feed_aliases_batch(
  run_id uuid, after_batch bigint, after_line integer, upto_batch bigint, upto_line integer, dry_run boolean
)
  returns table (employer_id bigint, name text, batch_id bigint, line integer, identifier text, added boolean)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  create temp table if not exists backfill_batch_candidates (
    employer_id bigint, name text, compare_form text, batch_id bigint, line integer, identifier text,
    source_system text, source_ref text, alias_id bigint
  ) on commit drop;
  truncate backfill_batch_candidates;
  insert into backfill_batch_candidates
    select distinct on (x.employer_id, x.compare_form) x.employer_id, x.name, x.compare_form, x.batch_id, x.line,
           x.identifier, x.source_system, x.source_ref, null::bigint
    from (
      select coalesce(e.merged_into, e.id) as employer_id, btrim(regexp_replace(r.company_name, '\s+', ' ', 'g')) as name,
             app_hidden.name_compare_form(btrim(regexp_replace(r.company_name, '\s+', ' ', 'g'))) as compare_form,
             r.batch_id, r.line, format('%s %s', i.scheme, i.value) as identifier, b.source_system,
             case when btrim(r.bci_company_id) ~ '^[A-Za-z0-9_-]{1,40}$' then btrim(r.bci_company_id) end as source_ref
      from app_public.import_rows r
      join app_public.import_batches b on b.id = r.batch_id
      join app_public.employer_identifiers i
        on (i.scheme = 'abn' and i.value = regexp_replace(coalesce(r.abn, ''), '[\s-]', '', 'g'))
        or (i.scheme = 'acn' and i.value = regexp_replace(coalesce(r.acn, ''), '[\s-]', '', 'g'))
        or (i.scheme = 'bci_company' and i.value = btrim(coalesce(r.bci_company_id, '')))
      join app_public.employers e on e.id = i.employer_id
      where (r.batch_id, r.line) > (after_batch, after_line) and (r.batch_id, r.line) <= (upto_batch, upto_line)
        and r.outcome in ('matched_identifier', 'matched_exact', 'matched_fuzzy', 'pending')
        and length(btrim(coalesce(r.company_name, ''))) between 1 and 500
        and r.company_name !~ '^\s*[=+@-]' and r.company_name !~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]'
    ) x
    join app_public.employers survivor on survivor.id = x.employer_id and survivor.status = 'active'
    where x.compare_form <> survivor.compare_name
      and not exists (select 1 from app_public.aliases a where a.employer_id = x.employer_id and a.compare_form = x.compare_form)
    order by x.employer_id, x.compare_form, x.batch_id, x.line;

  if not coalesce(dry_run, true) then
    with added as (
      insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, import_batch_id, import_row)
        select c.employer_id, c.name, 'feed_spelling', 'internal', c.source_system, c.source_ref, c.batch_id, c.line
        from backfill_batch_candidates c order by c.batch_id, c.line
        on conflict on constraint alias_unique_per_employer do nothing
        returning aliases.id, aliases.employer_id, aliases.compare_form
    )
    update backfill_batch_candidates c set alias_id = a.id from added a
      where a.employer_id = c.employer_id and a.compare_form = c.compare_form;
    insert into app_private.feed_alias_backfill_aliases (run_id, alias_id)
      select backfill_feed_aliases_batch.run_id, c.alias_id from backfill_batch_candidates c where c.alias_id is not null;
    update app_private.feed_alias_backfill_runs r
      set after_batch_id = backfill_feed_aliases_batch.upto_batch, after_line = backfill_feed_aliases_batch.upto_line,
          rows_scanned = r.rows_scanned + (
            select count(*) from app_public.import_rows ir
            where (ir.batch_id, ir.line) > (backfill_feed_aliases_batch.after_batch, backfill_feed_aliases_batch.after_line)
              and (ir.batch_id, ir.line) <= (backfill_feed_aliases_batch.upto_batch, backfill_feed_aliases_batch.upto_line)),
          aliases_added = r.aliases_added + (select count(*) from backfill_batch_candidates c where c.alias_id is not null)
      where r.id = backfill_feed_aliases_batch.run_id;
  end if;
  return query select c.employer_id, c.name, c.batch_id, c.line, c.identifier, c.alias_id is not null
    from backfill_batch_candidates c order by c.employer_id, c.name;
end;
$$;
comment on function app_hidden.backfill_feed_aliases_batch(uuid, bigint, integer, bigint, integer, boolean) is
  'One batch of the feed-alias backfill: the missing feed_spelling aliases of the import rows after the cursor up to the bound; adds them (unless dry_run), records them against the run and moves its cursor.';

-- Retires every alias a backfill run added that is still current (valid_to
-- today, as retire_alias does: kept, and still found by search), once.
create function app_hidden.revert_feed_alias_backfill(run_id uuid) returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_retired integer;
begin
  if not exists (select 1 from app_private.feed_alias_backfill_runs r where r.id = run_id) then
    raise exception 'No feed-alias backfill run %', run_id using errcode = 'P0002';
  end if;
  update app_public.aliases a set valid_to = current_date
    from app_private.feed_alias_backfill_aliases b
    where b.run_id = revert_feed_alias_backfill.run_id and a.id = b.alias_id
      and (a.valid_to is null or a.valid_to > current_date)
      and (a.valid_from is null or a.valid_from <= current_date);
  get diagnostics v_retired = row_count;
  update app_private.feed_alias_backfill_runs r set reverted_at = now() where r.id = run_id;
  return v_retired;
end;
$$;
comment on function app_hidden.revert_feed_alias_backfill(uuid) is
  'Retires (valid_to today) the aliases a feed-alias backfill run added; returns how many.';
