-- Feed imports (BCI and others) and the pending-employer queue.
--
-- An upload streams its rows with COPY into app_hidden.import_staging, then
-- app_hidden.finish_import_upload moves them into import_rows and queues a
-- graphile-worker job (import_batches__process) in the same transaction. The
-- job calls app_hidden.process_import_chunk until every row has an outcome;
-- each chunk is one transaction, so a killed worker loses at most the chunk in
-- flight and the restarted job carries on without duplicates. Names are
-- matched with app_public.search_employers (the same code as searchEmployers).
-- Unmatched names become pending employers, clustered across rows and batches.
-- Re-runnable: drops first, in reverse order of creation.
drop policy if exists select_imports_analyst on app_public.audit_events;
drop table if exists app_private.import_name_matches cascade;
drop table if exists app_public.feed_name_occurrences cascade;
drop table if exists app_hidden.import_staging cascade;
drop table if exists app_public.import_rows cascade;
drop table if exists app_public.pending_employer_identifiers cascade;
drop table if exists app_public.pending_employer_names cascade;
drop table if exists app_public.pending_employers cascade;
drop table if exists app_public.import_batches cascade;
drop type if exists app_public.pending_match_choice cascade;
drop type if exists app_public.pending_employer_status cascade;
drop type if exists app_public.import_row_outcome cascade;
drop type if exists app_public.import_batch_state cascade;

-------------------------------------------------------------------------------
-- Batches: one uploaded file each.
create type app_public.import_batch_state as enum ('receiving', 'queued', 'processing', 'done', 'failed');
comment on type app_public.import_batch_state is 'receiving: the upload is streaming in (never visible to others); queued: waiting for the worker; processing: rows are being matched; done: every row has an outcome; failed: processing stopped (see lastError).';

create table app_public.import_batches (
  id bigint generated always as identity primary key,
  source_system text not null references app_public.source_systems (key) on update cascade on delete restrict,
  file_name text constraint file_name_length check (length(file_name) <= 255),
  file_sha256 text constraint file_sha256_format check (file_sha256 ~ '^[0-9a-f]{64}$'),
  byte_count bigint not null default 0,
  row_count integer not null default 0,
  state app_public.import_batch_state not null default 'receiving',
  warnings text[] not null default '{}',
  last_error text,
  rows_processed integer not null default 0,
  matched_identifier_count integer not null default 0,
  matched_exact_count integer not null default 0,
  matched_fuzzy_count integer not null default 0,
  pending_count integer not null default 0,
  conflict_count integer not null default 0,
  rejected_count integer not null default 0,
  error_count integer not null default 0,
  aliases_added_count integer not null default 0,
  uploaded_by bigint references app_public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  received_at timestamptz,
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz not null default now(),
  constraint batch_file_unique unique (source_system, file_sha256)
);
create index import_batches_uploaded_by_idx on app_public.import_batches (uploaded_by);
create index import_batches_created_at_idx on app_public.import_batches (created_at desc);
create index import_batches_state_idx on app_public.import_batches (state);
comment on table app_public.import_batches is 'One uploaded feed file: its state, progress, counts per outcome, who uploaded it and when. Uploading the same file again returns the same batch.';
comment on column app_public.import_batches.source_system is 'The feed the file came from (bci, ...).';
comment on column app_public.import_batches.file_name is 'The file name given by the uploader, if any.';
comment on column app_public.import_batches.file_sha256 is 'SHA-256 of the file''s bytes: the same file again is recognised and not imported twice.';
comment on column app_public.import_batches.byte_count is 'Size of the file in bytes.';
comment on column app_public.import_batches.row_count is 'Data rows in the file (the header not counted).';
comment on column app_public.import_batches.warnings is 'Things worth knowing about the file that did not stop it, such as a Windows-1252 encoding that was converted.';
comment on column app_public.import_batches.last_error is 'Why processing last failed, if it did (it is retried).';
comment on column app_public.import_batches.rows_processed is 'Rows that have an outcome so far.';
comment on column app_public.import_batches.matched_identifier_count is 'Rows matched by an identifier (ABN, ACN, BCI company id).';
comment on column app_public.import_batches.matched_exact_count is 'Rows matched by an exact name.';
comment on column app_public.import_batches.matched_fuzzy_count is 'Rows matched by a similar name in the auto-match band.';
comment on column app_public.import_batches.pending_count is 'Rows whose name went to the pending-employer queue.';
comment on column app_public.import_batches.conflict_count is 'Rows whose identifier contradicts a strong name match: flagged for review in the pending queue.';
comment on column app_public.import_batches.rejected_count is 'Rows whose name a steward rejected before (not an employer).';
comment on column app_public.import_batches.error_count is 'Rows that could not be used (see the row''s error).';
comment on column app_public.import_batches.aliases_added_count is 'New feed_spelling aliases this batch added to matched employers.';
comment on column app_public.import_batches.uploaded_by is 'Who uploaded the file (null for the command line).';
comment on column app_public.import_batches.created_at is 'When the upload started.';
comment on column app_public.import_batches.received_at is 'When the whole file was stored.';
comment on column app_public.import_batches.started_at is 'When the worker started matching.';
comment on column app_public.import_batches.finished_at is 'When the last row got its outcome.';

-- Progress bars poll batches every second or so: those updates are not worth audit rows.
create trigger _100_timestamps before insert or update on app_public.import_batches
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or delete on app_public.import_batches
  for each row execute function app_hidden.tg__audit('id');

alter table app_public.import_batches enable row level security;
create policy select_analyst on app_public.import_batches for select to :ROLE_ANALYST using (state <> 'receiving');
grant select on app_public.import_batches to :ROLE_ANALYST;

create or replace function app_public.import_batches_progress(batch app_public.import_batches) returns double precision
  language sql stable
  as $$ select case when batch.row_count = 0 then case when batch.state = 'done' then 1.0 else 0.0 end
                    else round(batch.rows_processed::numeric / batch.row_count, 4)::float8 end $$;
comment on function app_public.import_batches_progress(app_public.import_batches) is 'Share of rows with an outcome, from 0 to 1 (for a progress bar).';
grant execute on function app_public.import_batches_progress(app_public.import_batches) to :ROLE_ANALYST;

create or replace function app_public.import_batches_processing_seconds(batch app_public.import_batches) returns double precision
  language sql stable
  as $$ select extract(epoch from coalesce(batch.finished_at, now()) - batch.started_at)::float8 $$;
comment on function app_public.import_batches_processing_seconds(app_public.import_batches) is 'Seconds the worker has spent on the batch (until now while it is processing).';
grant execute on function app_public.import_batches_processing_seconds(app_public.import_batches) to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Pending employers: names no employer matched, clustered so that the
-- spellings of one new company form one item.
create type app_public.pending_employer_status as enum ('open', 'matched', 'created', 'merged', 'rejected');
comment on type app_public.pending_employer_status is 'open: waiting for a steward; matched: its names now belong to an existing employer; created: a new employer was made from it; merged: folded into another pending item; rejected: not an employer (junk).';

create table app_public.pending_employers (
  id bigint generated always as identity primary key,
  name text not null,
  source_system text not null references app_public.source_systems (key) on update cascade on delete restrict,
  status app_public.pending_employer_status not null default 'open',
  conflict text,
  occurrence_count integer not null default 0,
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  resolved_employer_id bigint references app_public.employers (id) on delete set null,
  merged_into_id bigint references app_public.pending_employers (id) on delete set null,
  resolution_note text constraint resolution_note_length check (length(resolution_note) <= 2000),
  resolved_by bigint references app_public.users (id) on delete set null,
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index pending_employers_status_idx on app_public.pending_employers (status, occurrence_count desc);
create index pending_employers_resolved_employer_idx on app_public.pending_employers (resolved_employer_id);
create index pending_employers_merged_into_idx on app_public.pending_employers (merged_into_id);
create index pending_employers_resolved_by_idx on app_public.pending_employers (resolved_by);
create index pending_employers_source_system_idx on app_public.pending_employers (source_system);
comment on table app_public.pending_employers is 'A name (and its other spellings) from imports that matched no employer, waiting for a steward: match it, create an employer from it, merge it with another pending item, or reject it.';
comment on column app_public.pending_employers.name is 'The spelling seen most often.';
comment on column app_public.pending_employers.conflict is 'Set when the item was flagged because an identifier contradicts a strong name match: what contradicts what.';
comment on column app_public.pending_employers.occurrence_count is 'Import rows that carried one of its names.';
comment on column app_public.pending_employers.resolved_employer_id is 'The employer it was matched to or created as.';
comment on column app_public.pending_employers.merged_into_id is 'For merged items: the pending item that took its names.';
comment on column app_public.pending_employers.status is 'open until a steward resolves it.';
comment on column app_public.pending_employers.source_system is 'The feed that first brought the name.';
comment on column app_public.pending_employers.resolution_note is 'The steward''s note, or the reason for a rejection.';

create trigger _100_timestamps before insert or update on app_public.pending_employers
  for each row execute function app_hidden.tg__timestamps();
-- Counting occurrences is not a decision: only resolutions make audit rows.
create trigger _500_audit after insert or update or delete on app_public.pending_employers
  for each row execute function app_hidden.tg__audit('id', 'occurrence_count', 'last_seen_at', 'name');

alter table app_public.pending_employers enable row level security;
create policy select_analyst on app_public.pending_employers for select to :ROLE_ANALYST using (true);
grant select on app_public.pending_employers to :ROLE_ANALYST;

create table app_public.pending_employer_names (
  id bigint generated always as identity primary key,
  pending_employer_id bigint not null references app_public.pending_employers (id) on delete cascade,
  name text not null,
  base_form text not null,
  occurrence_count integer not null default 0,
  first_seen_at timestamptz not null default now(),
  constraint pending_name_unique unique (base_form)
);
create index pending_employer_names_pending_idx on app_public.pending_employer_names (pending_employer_id);
create index pending_employer_names_trgm_idx on app_public.pending_employer_names using gin (base_form public.gin_trgm_ops);
comment on table app_public.pending_employer_names is 'The spellings of a pending employer (one row per name without its legal form); a spelling belongs to one item, so later imports of it join that item.';
comment on column app_public.pending_employer_names.name is 'The spelling as first seen.';
comment on column app_public.pending_employer_names.base_form is 'Its compare form without legal forms (the clustering key).';
create trigger _500_audit after insert or update or delete on app_public.pending_employer_names
  for each row execute function app_hidden.tg__audit('id', 'occurrence_count');
alter table app_public.pending_employer_names enable row level security;
create policy select_analyst on app_public.pending_employer_names for select to :ROLE_ANALYST using (true);
grant select on app_public.pending_employer_names to :ROLE_ANALYST;

create table app_public.pending_employer_identifiers (
  id bigint generated always as identity primary key,
  pending_employer_id bigint not null references app_public.pending_employers (id) on delete cascade,
  scheme text not null references app_public.identifier_schemes (key) on update cascade on delete restrict,
  value text not null,
  constraint pending_identifier_unique unique (scheme, value)
);
create index pending_employer_identifiers_pending_idx on app_public.pending_employer_identifiers (pending_employer_id);
comment on table app_public.pending_employer_identifiers is 'Identifiers seen on a pending employer''s rows (no employer had them yet); they cluster rows and go to the employer on resolution.';
comment on column app_public.pending_employer_identifiers.scheme is 'abn, acn or bci_company.';
comment on column app_public.pending_employer_identifiers.value is 'The identifier (digits only for ABN and ACN).';
alter table app_public.pending_employer_identifiers enable row level security;
create policy select_analyst on app_public.pending_employer_identifiers for select to :ROLE_ANALYST using (true);
grant select on app_public.pending_employer_identifiers to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Rows: one per data row of a file, with its outcome once processed.
create type app_public.import_row_outcome as enum (
  'matched_identifier', 'matched_exact', 'matched_fuzzy', 'pending', 'conflict', 'rejected', 'error'
);
comment on type app_public.import_row_outcome is 'matched_identifier / matched_exact / matched_fuzzy: landed on an employer; pending: sent to the pending queue; conflict: identifier and name disagree, flagged for review; rejected: a name a steward rejected before; error: unusable (see error).';

create table app_public.import_rows (
  batch_id bigint not null references app_public.import_batches (id) on delete cascade,
  line integer not null,
  company_name text,
  bci_company_id text,
  abn text,
  acn text,
  trading_name text,
  project_id text,
  project_name text,
  role text,
  state text,
  postcode text,
  outcome app_public.import_row_outcome,
  employer_id bigint references app_public.employers (id) on delete set null,
  score double precision,
  explanation text,
  error text,
  pending_employer_id bigint references app_public.pending_employers (id) on delete set null,
  alias_id bigint references app_public.aliases (id) on delete set null,
  processed_at timestamptz,
  primary key (batch_id, line)
);
create index import_rows_unprocessed_idx on app_public.import_rows (batch_id, line) where outcome is null;
create index import_rows_outcome_idx on app_public.import_rows (batch_id, outcome);
create index import_rows_employer_idx on app_public.import_rows (employer_id);
create index import_rows_pending_idx on app_public.import_rows (pending_employer_id);
create index import_rows_alias_idx on app_public.import_rows (alias_id);
comment on table app_public.import_rows is 'A row of an imported file as it was read, and what became of it.';
comment on column app_public.import_rows.line is 'The line of the file the row ends on (the header is line 1).';
comment on column app_public.import_rows.outcome is 'What became of the row; null until the worker reaches it.';
comment on column app_public.import_rows.employer_id is 'The employer the row landed on (for conflicts: the one its identifier names).';
comment on column app_public.import_rows.score is 'The name match''s score (1 for identifiers and exact names).';
comment on column app_public.import_rows.explanation is 'Why it landed where it did.';
comment on column app_public.import_rows.error is 'For errors: what is wrong with the row.';
comment on column app_public.import_rows.pending_employer_id is 'The pending item the row''s name belongs to (pending, conflict and rejected rows).';
comment on column app_public.import_rows.alias_id is 'The feed_spelling alias this row added, if it added one.';
comment on column app_public.import_rows.company_name is 'The company name as the file had it.';
comment on column app_public.import_rows.bci_company_id is 'The BCI company id as the file had it.';
comment on column app_public.import_rows.abn is 'The ABN as the file had it (an invalid one is ignored and noted in the explanation).';
comment on column app_public.import_rows.acn is 'The ACN as the file had it.';
comment on column app_public.import_rows.trading_name is 'The trading name as the file had it.';
comment on column app_public.import_rows.project_id is 'The project the company is attached to in the feed.';
comment on column app_public.import_rows.project_name is 'The project''s name.';
comment on column app_public.import_rows.role is 'The company''s role on the project (builder, head contractor, developer, ...).';
comment on column app_public.import_rows.state is 'The project''s state.';
comment on column app_public.import_rows.postcode is 'The project''s postcode.';
comment on column app_public.import_rows.processed_at is 'When the row got its outcome.';
alter table app_public.import_rows enable row level security;
create policy select_analyst on app_public.import_rows for select to :ROLE_ANALYST using (true);
grant select on app_public.import_rows to :ROLE_ANALYST;

-- Where uploads land. Stewards may only insert, and only rows of the
-- batch their own transaction started (app.import_batch_id, set by
-- begin_import_upload); finish_import_upload moves them on.
create unlogged table app_hidden.import_staging (
  batch_id bigint not null,
  line integer not null,
  company_name text,
  bci_company_id text,
  abn text,
  acn text,
  trading_name text,
  project_id text,
  project_name text,
  role text,
  state text,
  postcode text
);
create index import_staging_batch_idx on app_hidden.import_staging (batch_id);
comment on table app_hidden.import_staging is 'Rows of uploads in progress (COPY target); emptied when the upload finishes.';
create or replace function app_hidden.current_import_batch_id() returns bigint
  language sql stable
  as $$ select nullif(current_setting('app.import_batch_id', true), '')::bigint $$;
grant execute on function app_hidden.current_import_batch_id() to :ROLE_STEWARD;
alter table app_hidden.import_staging enable row level security;
create policy insert_steward on app_hidden.import_staging for insert to :ROLE_STEWARD
  with check (batch_id = (select app_hidden.current_import_batch_id()));
grant insert (batch_id, line, company_name, bci_company_id, abn, acn, trading_name, project_id, project_name, role, state, postcode)
  on app_hidden.import_staging to :ROLE_STEWARD;
-- COPY refuses tables with row-level security, so an upload COPYs into a
-- temporary table of its own transaction first, then inserts from it here
-- (checked by the policy above). Stewards therefore may create temporary tables.
do $$
begin
  execute format('grant temporary on database %I to %I', current_database(), ':ROLE_STEWARD');
end;
$$;

-------------------------------------------------------------------------------
-- How often each name was seen in each feed (for the promotion queue's
-- evidence and for analytics): one row per (source system, compare form).
create table app_public.feed_name_occurrences (
  source_system text not null references app_public.source_systems (key) on update cascade on delete cascade,
  compare_form text not null,
  name text not null,
  occurrence_count integer not null default 0,
  employer_id bigint references app_public.employers (id) on delete set null,
  first_seen_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  first_batch_id bigint references app_public.import_batches (id) on delete set null,
  last_batch_id bigint references app_public.import_batches (id) on delete set null,
  primary key (source_system, compare_form)
);
create index feed_name_occurrences_compare_idx on app_public.feed_name_occurrences (compare_form);
create index feed_name_occurrences_employer_idx on app_public.feed_name_occurrences (employer_id);
create index feed_name_occurrences_first_batch_idx on app_public.feed_name_occurrences (first_batch_id);
create index feed_name_occurrences_last_batch_idx on app_public.feed_name_occurrences (last_batch_id);
comment on table app_public.feed_name_occurrences is 'How many import rows of each feed carried a name (by compare form), first and last seen, and the employer it last landed on.';
comment on column app_public.feed_name_occurrences.name is 'The spelling first seen.';
comment on column app_public.feed_name_occurrences.compare_form is 'The name''s compare form (normaliser): spellings that differ only in case, punctuation or legal form count together.';
comment on column app_public.feed_name_occurrences.occurrence_count is 'Import rows of this feed that carried the name.';
comment on column app_public.feed_name_occurrences.employer_id is 'The employer the name last matched (null while pending).';
alter table app_public.feed_name_occurrences enable row level security;
create policy select_analyst on app_public.feed_name_occurrences for select to :ROLE_ANALYST using (true);
grant select on app_public.feed_name_occurrences to :ROLE_ANALYST;

-- Analysts read the import part of the audit trail (uploads and resolutions).
create policy select_imports_analyst on app_public.audit_events for select to :ROLE_ANALYST
  using (table_name in ('app_public.import_batches', 'app_public.pending_employers', 'app_public.pending_employer_names'));

-------------------------------------------------------------------------------
-- Upload: begin, COPY into staging, finish (all in the uploader's transaction).
create or replace function app_hidden.begin_import_upload(source_system text, file_name text default null)
  returns bigint
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_id bigint;
begin
  perform app_hidden.assert_feature_enabled('imports');
  perform app_hidden.assert_source_system(source_system);
  insert into app_public.import_batches (source_system, file_name, uploaded_by)
    values (source_system, left(file_name, 255), app_hidden.current_user_id())
    returning id into v_id;
  perform set_config('app.import_batch_id', v_id::text, true);
  return v_id;
end;
$$;
comment on function app_hidden.begin_import_upload(text, text) is 'Starts an upload: a batch in state receiving whose rows this transaction may COPY into app_hidden.import_staging.';
grant execute on function app_hidden.begin_import_upload(text, text) to :ROLE_STEWARD;

create or replace function app_hidden.finish_import_upload(
  batch_id bigint, file_sha256 text, byte_count bigint, row_count integer, warnings text[] default '{}'
) returns table (id bigint, is_duplicate boolean)
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_batch app_public.import_batches;
  v_existing bigint;
begin
  select * into v_batch from app_public.import_batches b where b.id = finish_import_upload.batch_id for update;
  if v_batch.id is null or v_batch.state <> 'receiving'
     or v_batch.uploaded_by is distinct from app_hidden.current_user_id()
     or finish_import_upload.batch_id is distinct from app_hidden.current_import_batch_id() then
    raise exception 'No upload #% in progress in this transaction', finish_import_upload.batch_id using errcode = 'NTFND';
  end if;
  select b.id into v_existing from app_public.import_batches b
    where b.source_system = v_batch.source_system and b.file_sha256 = finish_import_upload.file_sha256;
  if v_existing is not null then
    -- The caller rolls back: nothing of this upload is kept.
    return query select v_existing, true;
    return;
  end if;
  insert into app_public.import_rows (batch_id, line, company_name, bci_company_id, abn, acn, trading_name,
                                      project_id, project_name, role, state, postcode)
    select s.batch_id, s.line, s.company_name, s.bci_company_id, s.abn, s.acn, s.trading_name,
           s.project_id, s.project_name, s.role, s.state, s.postcode
    from app_hidden.import_staging s where s.batch_id = v_batch.id;
  delete from app_hidden.import_staging s where s.batch_id = v_batch.id;
  update app_public.import_batches b
    set file_sha256 = finish_import_upload.file_sha256, byte_count = finish_import_upload.byte_count,
        row_count = finish_import_upload.row_count, warnings = coalesce(finish_import_upload.warnings, '{}'),
        state = 'queued', received_at = now()
    where b.id = v_batch.id;
  -- Queued in the same transaction: a stored batch always has its job.
  perform graphile_worker.add_job('import_batches__process', json_build_object('batchId', v_batch.id),
                                  job_key := 'import_batches__process:' || v_batch.id, max_attempts := 25);
  return query select v_batch.id, false;
end;
$$;
comment on function app_hidden.finish_import_upload(bigint, text, bigint, integer, text[]) is 'Ends an upload: recognises a file uploaded before (returns that batch, is_duplicate), else stores the rows and queues the matching job.';
grant execute on function app_hidden.finish_import_upload(bigint, text, bigint, integer, text[]) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Processing: one chunk of rows per call, set-based.

-- What search_employers said about each name of a batch, so that a name seen
-- in many chunks (a feed repeats a company on every project) is searched once.
-- Emptied when the batch is done.
create table app_private.import_name_matches (
  batch_id bigint not null references app_public.import_batches (id) on delete cascade,
  compare_form text not null,
  employer_id bigint,
  score double precision,
  band app_public.match_band,
  method app_public.match_method,
  explanation text,
  primary key (batch_id, compare_form)
);
alter table app_private.import_name_matches enable row level security;
comment on table app_private.import_name_matches is 'search_employers results per name of a batch in progress (a cache; no grants).';

-- Puts the rows of a chunk (or of a resolution) that share a name into one
-- pending item: the item that already has the name, else one that has one of
-- their identifiers, else an open item with a very similar name, else a new one.
-- Expects the temp table import_chunk with the rows to cluster (outcome pending,
-- conflict or rejected candidates).
create or replace function app_hidden.cluster_pending_rows(source_system text) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_group record;
  v_item app_public.pending_employers;
begin
  for v_group in
    select c.base_form,
           mode() within group (order by c.company_name) as name,
           count(*)::int as n,
           bool_or(c.outcome = 'conflict') as has_conflict,
           max(c.conflict) as conflict,
           array_remove(array_agg(distinct c.abn_form), null) as abns,
           array_remove(array_agg(distinct c.acn_form), null) as acns,
           array_remove(array_agg(distinct c.bci_form), null) as bcis
    from import_chunk c
    where c.outcome in ('pending', 'conflict')
    group by c.base_form
    order by min(c.line)
  loop
    v_item := null;
    select p.* into v_item from app_public.pending_employer_names n
      join app_public.pending_employers p on p.id = n.pending_employer_id
      where n.base_form = v_group.base_form;
    -- Follow merges to the surviving item.
    while v_item.status = 'merged' and v_item.merged_into_id is not null loop
      select p.* into v_item from app_public.pending_employers p where p.id = v_item.merged_into_id;
    end loop;
    if v_item.id is null then
      select p.* into v_item from app_public.pending_employer_identifiers i
        join app_public.pending_employers p on p.id = i.pending_employer_id
        where p.status = 'open'
          and ((i.scheme = 'abn' and i.value = any (v_group.abns)) or (i.scheme = 'acn' and i.value = any (v_group.acns))
               or (i.scheme = 'bci_company' and i.value = any (v_group.bcis)))
        order by p.id limit 1;
    end if;
    if v_item.id is null and length(v_group.base_form) >= 6 then
      select p.* into v_item from app_public.pending_employer_names n
        join app_public.pending_employers p on p.id = n.pending_employer_id
        where p.status = 'open' and n.base_form operator(public.%) v_group.base_form
          and public.similarity(n.base_form, v_group.base_form) >= 0.7
          and public.levenshtein(left(n.base_form, 255), left(v_group.base_form, 255)) <= greatest(2, length(v_group.base_form) / 8)
        order by public.similarity(n.base_form, v_group.base_form) desc, p.id limit 1;
    end if;
    if v_item.id is null then
      insert into app_public.pending_employers (name, source_system) values (v_group.name, source_system)
        returning * into v_item;
    end if;

    if v_item.status = 'rejected' then
      -- A name a steward rejected before: recorded, not queued again (conflicts still are).
      update import_chunk c set outcome = 'rejected', pending_employer_id = v_item.id,
             explanation = format('Rejected before as not an employer (pending item #%s): %s', v_item.id, coalesce(v_item.resolution_note, ''))
        where c.base_form = v_group.base_form and c.outcome = 'pending';
      if not v_group.has_conflict then
        continue;
      end if;
    elsif v_item.status in ('matched', 'created') then
      -- Its names were attached to an employer, yet one came back unmatched
      -- (an alias was retired or deleted since): a steward looks again.
      update app_public.pending_employers p set status = 'open', resolution_note = null, resolved_at = null
        where p.id = v_item.id;
    end if;

    insert into app_public.pending_employer_names (pending_employer_id, name, base_form, occurrence_count)
      values (v_item.id, v_group.name, v_group.base_form, 0)
      on conflict (base_form) do nothing;
    update app_public.pending_employer_names n set occurrence_count = n.occurrence_count + v_group.n
      where n.base_form = v_group.base_form;
    insert into app_public.pending_employer_identifiers (pending_employer_id, scheme, value)
      select v_item.id, 'abn', unnest(v_group.abns)
      union all select v_item.id, 'acn', unnest(v_group.acns)
      union all select v_item.id, 'bci_company', unnest(v_group.bcis)
      on conflict (scheme, value) do nothing;
    update app_public.pending_employers p
      set occurrence_count = p.occurrence_count + v_group.n, last_seen_at = now(),
          conflict = case when v_group.has_conflict then coalesce(v_group.conflict, p.conflict) else p.conflict end,
          -- The display name is the spelling seen most often.
          name = (select n.name from app_public.pending_employer_names n where n.pending_employer_id = p.id
                  order by n.occurrence_count desc, n.id limit 1)
      where p.id = v_item.id;
    update import_chunk c set pending_employer_id = v_item.id
      where c.base_form = v_group.base_form and c.outcome in ('pending', 'conflict');
  end loop;
end;
$$;

-- The names of the next chunk that will need search_employers (no identifier
-- of a known employer, not exactly one employer's name, not searched yet), so
-- that the worker can search them on several connections at once beforehand.
create or replace function app_hidden.import_names_to_search(batch_id bigint, chunk_size integer)
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
      order by r.line limit chunk_size
    ), usable as (
      select distinct on (app_hidden.name_compare_form(n.name)) app_hidden.name_compare_form(n.name) as compare_form, n.name
      from next_rows n
      where n.name <> '' and length(n.name) <= 500 and n.name !~ '^[=+@-]' and n.name !~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]'
        and not exists (select 1 from app_public.employer_identifiers i
                        where (i.scheme = 'abn' and i.value = n.abn) or (i.scheme = 'acn' and i.value = n.acn)
                           or (i.scheme = 'bci_company' and i.value = n.bci))
    )
    select u.compare_form, u.name from usable u
    where not exists (select 1 from app_private.import_name_matches m
                      where m.batch_id = import_names_to_search.batch_id and m.compare_form = u.compare_form)
      and (select count(distinct coalesce(e.merged_into, e.id)) from app_private.search_names s
           join app_public.employers e on e.id = s.employer_id
           where s.compare_form = u.compare_form) <> 1
  $$;
comment on function app_hidden.import_names_to_search(bigint, integer) is 'Names of the next chunk of a batch that search_employers will be asked about (for searching them ahead, in parallel).';

-- Searches one name for a batch and keeps the answer (see import_names_to_search).
create or replace function app_hidden.search_import_name(batch_id bigint, compare_form text, name text) returns void
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
    insert into app_private.import_name_matches (batch_id, compare_form, employer_id, score, band, method, explanation)
      select search_import_name.batch_id, search_import_name.compare_form, s.employer_id, s.score, s.band, s.method, s.explanation
      from (select 1) one left join lateral (select * from app_public.search_employers(search_import_name.name) limit 1) s on true
    on conflict do nothing
  $$;

create or replace function app_hidden.process_import_chunk(batch_id bigint, chunk_size integer default 2000)
  returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_batch app_public.import_batches;
  v_count integer;
  v_aliases integer;
begin
  perform app_hidden.assert_feature_enabled('imports');
  select * into v_batch from app_public.import_batches b where b.id = process_import_chunk.batch_id for update;
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
  truncate import_chunk, import_chunk_names;

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
  if v_count = 0 then
    update app_public.import_batches b set state = 'done', finished_at = now() where b.id = v_batch.id;
    delete from app_private.import_name_matches m where m.batch_id = v_batch.id;
    return 0;
  end if;

  update import_chunk c set compare_form = app_hidden.name_compare_form(c.company_name),
                            base_form = app_hidden.name_base_form(c.company_name)
    where c.error is null;

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

  -- 2. Names: each distinct compare form once. An exact name of exactly one
  -- active employer is what searchEmployers ranks first in the auto band, so
  -- it is settled set-based; every other name goes through search_employers.
  insert into import_chunk_names (compare_form, name)
    select c.compare_form, min(c.company_name) from import_chunk c
    where c.error is null group by c.compare_form;
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
      left join lateral (select * from app_public.search_employers(n2.name) limit 1) s on true
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

  -- 4. Unmatched names join (or start) pending items.
  perform app_hidden.cluster_pending_rows(v_batch.source_system);

  -- 5. A matched name that is not yet a name of its employer becomes a
  -- feed_spelling alias, with the first row that carried it as provenance.
  with firsts as (
    select distinct on (c.employer_id, c.compare_form) c.employer_id, c.compare_form, c.line, c.company_name, c.bci_form
    from import_chunk c
    join app_public.employers e on e.id = c.employer_id
    where c.outcome in ('matched_identifier', 'matched_exact', 'matched_fuzzy')
      and c.compare_form <> e.compare_name
      and not exists (select 1 from app_public.aliases a where a.employer_id = c.employer_id and a.compare_form = c.compare_form)
    order by c.employer_id, c.compare_form, c.line
  ), added as (
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, import_batch_id, import_row)
      select f.employer_id, f.company_name, 'feed_spelling', 'internal', v_batch.source_system, f.bci_form, v_batch.id, f.line
      from firsts f order by f.line
      on conflict on constraint alias_unique_per_employer do nothing
      returning id, import_row
  )
  update import_chunk c set alias_id = a.id from added a where a.import_row = c.line;
  get diagnostics v_aliases = row_count;

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

  -- 7. Write the outcomes and the batch's counters.
  update app_public.import_rows r
    set outcome = c.outcome, employer_id = c.employer_id, score = c.score, explanation = c.explanation,
        error = c.error, pending_employer_id = c.pending_employer_id, alias_id = c.alias_id, processed_at = now()
    from import_chunk c
    where r.batch_id = v_batch.id and r.line = c.line;
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
  return v_count;
end;
$$;
comment on function app_hidden.process_import_chunk(bigint, integer) is 'Gives the next chunk_size unprocessed rows of a batch their outcome, in one transaction; returns how many (0 when the batch is done, which it then marks).';

create or replace function app_hidden.fail_import_batch(batch_id bigint, error text) returns void
  language sql volatile
  as $$
    update app_public.import_batches b set last_error = left(error, 2000),
      state = case when b.state = 'done' then b.state else 'failed' end
    where b.id = fail_import_batch.batch_id
  $$;
comment on function app_hidden.fail_import_batch(bigint, text) is 'Records why processing a batch failed (the worker retries it; the next chunk sets it back to processing).';

-------------------------------------------------------------------------------
-- Candidates for a pending item: its identifiers first, then searchEmployers
-- on each of its spellings, best score per employer.
create or replace function app_public.pending_employers_candidates(pending app_public.pending_employers)
  returns setof app_public.employer_match
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    with by_identifier as (
      select coalesce(e.merged_into, e.id) as employer_id, 1.0::float8 as score, 'auto'::app_public.match_band as band,
             'identifier'::app_public.match_method as method, i.value as matched_name, i.scheme as matched_kind,
             case when e.merged_into is not null then e.id end as matched_employer_id,
             format('Identifier: %s %s was seen on this item''s rows and belongs to this employer', i.scheme, i.value) as explanation,
             2 as priority
      from app_public.pending_employer_identifiers pi
      join app_public.employer_identifiers i on i.scheme = pi.scheme and i.value = pi.value
      join app_public.employers e on e.id = i.employer_id
      where pi.pending_employer_id = pending.id
    ),
    spellings as (
      select n.name from app_public.pending_employer_names n
      where n.pending_employer_id = pending.id
      order by n.occurrence_count desc, n.id limit 5
    ),
    by_name as (
      select m.employer_id, m.score, m.band, m.method, m.matched_name, m.matched_kind, m.matched_employer_id,
             case when s.name <> pending.name then format('For the spelling "%s": %s', s.name, m.explanation) else m.explanation end,
             1 as priority
      from spellings s cross join lateral app_public.search_employers(s.name) m
    ),
    best as (
      select distinct on (employer_id) * from (select * from by_identifier union all select * from by_name) a
      order by employer_id, priority desc, score desc
    )
    select b.employer_id, b.score, b.band, b.method, b.matched_name, b.matched_kind, b.matched_employer_id, b.explanation,
           (row_number() over (order by b.priority desc, b.score desc, b.employer_id))::int
    from best b
    order by b.priority desc, b.score desc, b.employer_id
    limit 10
  $$;
comment on function app_public.pending_employers_candidates(app_public.pending_employers) is 'Employers this pending item may be, best first, with score and explanation: employers holding an identifier seen on its rows, then searchEmployers on its spellings.';
grant execute on function app_public.pending_employers_candidates(app_public.pending_employers) to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Resolutions. Each checks the item is open, does its work, and records who
-- and why on the item (audited by its trigger, with the aliases and
-- identifiers audited by theirs).
create or replace function app_hidden.pending_for_resolution(pending_employer_id bigint) returns app_public.pending_employers
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_item app_public.pending_employers;
begin
  select * into v_item from app_public.pending_employers p where p.id = pending_employer_id for update;
  if v_item.id is null then
    raise exception 'No pending employer #%', pending_employer_id using errcode = 'NTFND';
  end if;
  if v_item.status <> 'open' then
    raise exception 'Pending employer #% is % already', pending_employer_id, v_item.status using errcode = 'PNDDN';
  end if;
  return v_item;
end;
$$;

-- Gives an employer the item's spellings (feed_spelling aliases with the
-- first row that carried each as provenance) and the identifiers seen on its
-- rows that no other employer has. Returns how many aliases it added.
create or replace function app_hidden.attach_pending_to_employer(pending_employer_id bigint, employer_id bigint)
  returns integer
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_added integer;
begin
  with spellings as (
    select distinct on (app_hidden.name_compare_form(n.name)) n.name, app_hidden.name_compare_form(n.name) as compare_form,
           r.batch_id, r.line, nullif(btrim(r.bci_company_id), '') as source_ref, coalesce(b.source_system, 'manual') as source_system
    from app_public.pending_employer_names n
    left join lateral (
      select r.* from app_public.import_rows r
      where r.pending_employer_id = n.pending_employer_id
        and app_hidden.name_base_form(btrim(regexp_replace(coalesce(r.company_name, ''), '\s+', ' ', 'g'))) = n.base_form
      order by r.batch_id, r.line limit 1
    ) r on true
    left join app_public.import_batches b on b.id = r.batch_id
    where n.pending_employer_id = attach_pending_to_employer.pending_employer_id
    order by app_hidden.name_compare_form(n.name), n.id
  )
  insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, import_batch_id, import_row, added_by)
    select attach_pending_to_employer.employer_id, s.name, 'feed_spelling', 'internal', s.source_system,
           case when s.source_ref ~ '^[A-Za-z0-9_-]{1,40}$' then s.source_ref end, s.batch_id, s.line, app_hidden.current_user_id()
    from spellings s
    join app_public.employers e on e.id = attach_pending_to_employer.employer_id
    where s.compare_form <> e.compare_name
  on conflict on constraint alias_unique_per_employer do nothing;
  get diagnostics v_added = row_count;

  insert into app_public.employer_identifiers (employer_id, scheme, value, source_system, source_ref, added_by)
    select attach_pending_to_employer.employer_id, i.scheme, i.value, p.source_system, 'pending #' || p.id, app_hidden.current_user_id()
    from app_public.pending_employer_identifiers i
    join app_public.pending_employers p on p.id = i.pending_employer_id
    where i.pending_employer_id = attach_pending_to_employer.pending_employer_id
  on conflict (scheme, value) do nothing;

  update app_public.import_rows r set employer_id = attach_pending_to_employer.employer_id
    where r.pending_employer_id = attach_pending_to_employer.pending_employer_id and r.outcome = 'pending';
  return v_added;
end;
$$;

create or replace function app_public.match_pending_employer(pending_employer_id bigint, employer_id bigint, note text default null)
  returns app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_item app_public.pending_employers;
  v_employer app_public.employers;
begin
  perform app_hidden.assert_feature_enabled('imports');
  v_item := app_hidden.pending_for_resolution(pending_employer_id);
  v_employer := app_hidden.employer_for_change(employer_id);
  perform app_hidden.attach_pending_to_employer(v_item.id, v_employer.id);
  update app_public.pending_employers p
    set status = 'matched', resolved_employer_id = v_employer.id, resolution_note = left(note, 2000),
        resolved_by = app_hidden.current_user_id(), resolved_at = now()
    where p.id = v_item.id
    returning * into v_item;
  return v_item;
end;
$$;
comment on function app_public.match_pending_employer(bigint, bigint, text) is 'Steward: the pending item is this employer. Its spellings become feed_spelling aliases and its identifiers the employer''s (unless another employer has them); later imports of these names match automatically.';
grant execute on function app_public.match_pending_employer(bigint, bigint, text) to :ROLE_STEWARD;

create or replace function app_public.create_employer_from_pending(pending_employer_id bigint, name text default null, note text default null)
  returns app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_item app_public.pending_employers;
  v_employer app_public.employers;
begin
  perform app_hidden.assert_feature_enabled('imports');
  v_item := app_hidden.pending_for_resolution(pending_employer_id);
  v_employer := app_public.register_employer(coalesce(nullif(btrim(name), ''), v_item.name), '{}', '{}', v_item.source_system, 'pending #' || v_item.id);
  perform app_hidden.attach_pending_to_employer(v_item.id, v_employer.id);
  update app_public.pending_employers p
    set status = 'created', resolved_employer_id = v_employer.id, resolution_note = left(note, 2000),
        resolved_by = app_hidden.current_user_id(), resolved_at = now()
    where p.id = v_item.id
    returning * into v_item;
  return v_item;
end;
$$;
comment on function app_public.create_employer_from_pending(bigint, text, text) is 'Steward: the pending item is a new employer. Creates it (named name, else the item''s most frequent spelling) with the other spellings as feed_spelling aliases and the identifiers seen on its rows.';
grant execute on function app_public.create_employer_from_pending(bigint, text, text) to :ROLE_STEWARD;

create or replace function app_public.merge_pending_employers(survivor_id bigint, merged_id bigint, note text default null)
  returns app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_survivor app_public.pending_employers;
  v_merged app_public.pending_employers;
begin
  perform app_hidden.assert_feature_enabled('imports');
  if survivor_id = merged_id then
    raise exception 'A pending item cannot be merged into itself' using errcode = 'PNDMG';
  end if;
  v_survivor := app_hidden.pending_for_resolution(survivor_id);
  v_merged := app_hidden.pending_for_resolution(merged_id);
  update app_public.pending_employer_names n set pending_employer_id = v_survivor.id where n.pending_employer_id = v_merged.id;
  update app_public.pending_employer_identifiers i set pending_employer_id = v_survivor.id where i.pending_employer_id = v_merged.id;
  update app_public.import_rows r set pending_employer_id = v_survivor.id where r.pending_employer_id = v_merged.id;
  update app_public.pending_employers p
    set status = 'merged', merged_into_id = v_survivor.id, resolution_note = left(note, 2000),
        resolved_by = app_hidden.current_user_id(), resolved_at = now()
    where p.id = v_merged.id;
  update app_public.pending_employers p
    set occurrence_count = p.occurrence_count + v_merged.occurrence_count,
        first_seen_at = least(p.first_seen_at, v_merged.first_seen_at),
        last_seen_at = greatest(p.last_seen_at, v_merged.last_seen_at),
        conflict = coalesce(p.conflict, v_merged.conflict),
        name = (select n.name from app_public.pending_employer_names n where n.pending_employer_id = p.id
                order by n.occurrence_count desc, n.id limit 1)
    where p.id = v_survivor.id
    returning * into v_survivor;
  return v_survivor;
end;
$$;
comment on function app_public.merge_pending_employers(bigint, bigint, text) is 'Steward: two pending items are one company. The merged item''s spellings, identifiers and rows move to the survivor, which is returned.';
grant execute on function app_public.merge_pending_employers(bigint, bigint, text) to :ROLE_STEWARD;

create or replace function app_public.reject_pending_employer(pending_employer_id bigint, reason text)
  returns app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_item app_public.pending_employers;
begin
  perform app_hidden.assert_feature_enabled('imports');
  if reason is null or length(btrim(reason)) = 0 then
    raise exception 'Say why the name is rejected' using errcode = 'RSNRQ';
  end if;
  v_item := app_hidden.pending_for_resolution(pending_employer_id);
  update app_public.pending_employers p
    set status = 'rejected', resolution_note = left(reason, 2000),
        resolved_by = app_hidden.current_user_id(), resolved_at = now()
    where p.id = v_item.id
    returning * into v_item;
  return v_item;
end;
$$;
comment on function app_public.reject_pending_employer(bigint, text) is 'Steward: the pending item is not an employer (junk, a placeholder such as "TBA"). Later rows with its names get the outcome rejected.';
grant execute on function app_public.reject_pending_employer(bigint, text) to :ROLE_STEWARD;

-- Bulk versions: all or nothing, in the order given.
create type app_public.pending_match_choice as (
  pending_employer_id bigint,
  employer_id bigint
);
comment on type app_public.pending_match_choice is 'A pending item and the employer it is.';

create or replace function app_public.bulk_match_pending_employers(choices app_public.pending_match_choice[], note text default null)
  returns setof app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_choice app_public.pending_match_choice;
begin
  foreach v_choice in array coalesce(choices, '{}') loop
    return next app_public.match_pending_employer(v_choice.pending_employer_id, v_choice.employer_id, note);
  end loop;
end;
$$;
comment on function app_public.bulk_match_pending_employers(app_public.pending_match_choice[], text) is 'Steward: matchPendingEmployer for each choice, all or nothing.';
grant execute on function app_public.bulk_match_pending_employers(app_public.pending_match_choice[], text) to :ROLE_STEWARD;

create or replace function app_public.bulk_create_employers_from_pending(pending_employer_ids bigint[], note text default null)
  returns setof app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_id bigint;
begin
  foreach v_id in array coalesce(pending_employer_ids, '{}') loop
    return next app_public.create_employer_from_pending(v_id, null, note);
  end loop;
end;
$$;
comment on function app_public.bulk_create_employers_from_pending(bigint[], text) is 'Steward: createEmployerFromPending for each item (each named by its most frequent spelling), all or nothing.';
grant execute on function app_public.bulk_create_employers_from_pending(bigint[], text) to :ROLE_STEWARD;

create or replace function app_public.bulk_merge_pending_employers(survivor_id bigint, merged_ids bigint[], note text default null)
  returns app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_id bigint;
  v_survivor app_public.pending_employers;
begin
  if coalesce(cardinality(merged_ids), 0) = 0 then
    raise exception 'Name the pending items to merge' using errcode = 'PNDMG';
  end if;
  foreach v_id in array merged_ids loop
    v_survivor := app_public.merge_pending_employers(survivor_id, v_id, note);
  end loop;
  return v_survivor;
end;
$$;
comment on function app_public.bulk_merge_pending_employers(bigint, bigint[], text) is 'Steward: merges several pending items into one, all or nothing; returns the survivor.';
grant execute on function app_public.bulk_merge_pending_employers(bigint, bigint[], text) to :ROLE_STEWARD;

create or replace function app_public.bulk_reject_pending_employers(pending_employer_ids bigint[], reason text)
  returns setof app_public.pending_employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_id bigint;
begin
  foreach v_id in array coalesce(pending_employer_ids, '{}') loop
    return next app_public.reject_pending_employer(v_id, reason);
  end loop;
end;
$$;
comment on function app_public.bulk_reject_pending_employers(bigint[], text) is 'Steward: rejects several pending items with one reason, all or nothing.';
grant execute on function app_public.bulk_reject_pending_employers(bigint[], text) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Backfill (the runbook's "missing aliases for external IDs"): names that
-- past import rows carried together with an identifier of a known employer,
-- which are not names of that employer yet. Conflicts and errors are left out.
create or replace function app_hidden.backfill_feed_aliases(dry_run boolean default true)
  returns table (employer_id bigint, name text, batch_id bigint, line integer, identifier text, added boolean)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  create temp table if not exists backfill_candidates (
    employer_id bigint, name text, compare_form text, batch_id bigint, line integer, identifier text,
    source_system text, source_ref text, alias_id bigint
  ) on commit drop;
  truncate backfill_candidates;
  insert into backfill_candidates
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
      where r.outcome in ('matched_identifier', 'matched_exact', 'matched_fuzzy', 'pending')
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
        from backfill_candidates c order by c.batch_id, c.line
        on conflict on constraint alias_unique_per_employer do nothing
        returning aliases.id, aliases.employer_id, aliases.compare_form
    )
    update backfill_candidates c set alias_id = a.id from added a
      where a.employer_id = c.employer_id and a.compare_form = c.compare_form;
  end if;
  return query select c.employer_id, c.name, c.batch_id, c.line, c.identifier, c.alias_id is not null
    from backfill_candidates c order by c.employer_id, c.name;
end;
$$;
comment on function app_hidden.backfill_feed_aliases(boolean) is 'Adds (or with dry_run only lists) the feed_spelling aliases past imports should have created: names seen with an identifier of a known employer that it does not have yet.';

-------------------------------------------------------------------------------
-- GraphQL names for the relations (the generated ones are clumsy).
comment on constraint import_rows_batch_id_fkey on app_public.import_rows is E'@fieldName batch\n@foreignFieldName rows';
comment on constraint import_batches_uploaded_by_fkey on app_public.import_batches is E'@fieldName uploader\n@foreignFieldName importBatchesUploaded';
comment on constraint pending_employers_resolved_by_fkey on app_public.pending_employers is E'@fieldName resolver\n@foreignFieldName pendingEmployersResolved';
comment on constraint import_rows_pending_employer_id_fkey on app_public.import_rows is E'@fieldName pendingEmployer\n@foreignFieldName occurrences';
