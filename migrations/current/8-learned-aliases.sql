drop function if exists app_hidden.import_chunk_exact_names();

-- The import's chunk, split into named stages (one function each), and the
-- orchestrator that runs them.
--!include app_hidden/functions/import_chunk_open.sql
--!include app_hidden/functions/import_row_check.sql
--!include app_hidden/functions/import_chunk_read.sql
--!include app_hidden/functions/import_chunk_name_forms.sql
--!include app_hidden/functions/import_chunk_identifiers.sql
--!include app_hidden/functions/import_chunk_exact_names.sql
--!include app_hidden/functions/import_chunk_fuzzy_names.sql
--!include app_hidden/functions/import_row_outcome.sql
--!include app_hidden/functions/import_chunk_outcomes.sql
--!include app_hidden/functions/import_chunk_learn_aliases.sql
--!include app_hidden/functions/import_chunk_occurrences.sql
--!include app_hidden/functions/import_chunk_write_outcomes.sql
--!include app_hidden/functions/import_batch_done.sql
--!include app_hidden/functions/process_import_chunk.sql

-- Learned aliases stay unconfirmed: a name an import learned from a fuzzy
-- match is not evidence on its own, so an exact match on it is not auto
-- until a steward confirms it or an identifier agrees.
drop view if exists app_public.learned_alias_queue;
drop function if exists app_public.confirm_learned_alias(bigint);
drop function if exists app_public.retire_learned_alias(bigint, text);
drop function if exists app_public.retract_import_batch(bigint, boolean);
drop function if exists app_hidden.retract_import_batch(bigint, boolean);

alter table app_public.aliases add column if not exists learned_state text;
alter table app_public.aliases add column if not exists learned_score double precision;
alter table app_public.aliases add column if not exists confirmed_by bigint;
alter table app_public.aliases add column if not exists confirmed_at timestamptz;
alter table app_public.aliases add column if not exists confirmed_by_batch_id bigint;
alter table app_public.aliases drop constraint if exists learned_state_valid;
alter table app_public.aliases add constraint learned_state_valid
  check (learned_state in ('unconfirmed', 'confirmed'));
alter table app_public.aliases drop constraint if exists aliases_confirmed_by_fkey;
alter table app_public.aliases add constraint aliases_confirmed_by_fkey
  foreign key (confirmed_by) references app_public.users (id) on delete set null;
create index if not exists aliases_confirmed_by_idx on app_public.aliases (confirmed_by);
create index if not exists aliases_learned_unconfirmed_idx on app_public.aliases (employer_id)
  where learned_state = 'unconfirmed';
comment on column app_public.aliases.learned_state is 'For a name an import learned from a fuzzy match: unconfirmed until a steward confirms it (or a later batch''s row carries it with an identifier of this employer), then confirmed. An exact match on an unconfirmed learned name is never auto on that name alone. Null for every other name.';
comment on column app_public.aliases.learned_score is 'The fuzzy score of the match the import learned this name from.';
comment on column app_public.aliases.confirmed_by is 'The steward who confirmed this learned name (null when an identifier confirmed it).';
comment on column app_public.aliases.confirmed_at is 'When this learned name was confirmed.';
comment on column app_public.aliases.confirmed_by_batch_id is 'The import batch whose row carried this learned name with an identifier of this employer, confirming it.';

-- Every steward decision on a learned name (and every retraction), kept
-- after the alias itself is gone: labelled pairs for calibration.
create table if not exists app_public.learned_alias_decisions (
  id bigint generated always as identity primary key,
  alias_id bigint,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  name text not null,
  import_batch_id bigint,
  learned_score double precision,
  decision text not null check (decision in ('confirmed', 'retired', 'retracted')),
  note text check (length(note) <= 2000),
  decided_by bigint references app_public.users (id) on delete set null,
  decided_at timestamptz not null default now()
);
create index if not exists learned_alias_decisions_employer_idx on app_public.learned_alias_decisions (employer_id);
create index if not exists learned_alias_decisions_decided_by_idx on app_public.learned_alias_decisions (decided_by);
create index if not exists learned_alias_decisions_decided_at_idx on app_public.learned_alias_decisions (decided_at, id);
alter table app_public.learned_alias_decisions enable row level security;
drop policy if exists select_analyst on app_public.learned_alias_decisions;
create policy select_analyst on app_public.learned_alias_decisions for select to :ROLE_ANALYST using (true);
grant select on app_public.learned_alias_decisions to :ROLE_ANALYST;
comment on table app_public.learned_alias_decisions is 'What became of each name an import learned: confirmed or retired by a steward, or removed when its batch was retracted. Written by confirmLearnedAlias, retireLearnedAlias and retractImportBatch only.';
comment on column app_public.learned_alias_decisions.decision is 'confirmed, retired (a steward said the name is not this employer''s) or retracted (its batch was undone).';

-- One row per retraction of a batch: what it undid, who did it and when.
create table if not exists app_public.import_batch_retractions (
  id bigint generated always as identity primary key,
  batch_id bigint not null references app_public.import_batches (id) on delete cascade,
  rows_returned integer not null,
  aliases_removed integer not null,
  note text check (length(note) <= 2000),
  retracted_by bigint references app_public.users (id) on delete set null,
  retracted_at timestamptz not null default now()
);
create index if not exists import_batch_retractions_batch_idx on app_public.import_batch_retractions (batch_id);
create index if not exists import_batch_retractions_retracted_by_idx on app_public.import_batch_retractions (retracted_by);
alter table app_public.import_batch_retractions enable row level security;
drop policy if exists select_analyst on app_public.import_batch_retractions;
create policy select_analyst on app_public.import_batch_retractions for select to :ROLE_ANALYST using (true);
grant select on app_public.import_batch_retractions to :ROLE_ANALYST;
drop trigger if exists _500_audit on app_public.import_batch_retractions;
create trigger _500_audit after insert or update or delete on app_public.import_batch_retractions
  for each row execute function app_hidden.tg__audit('id');
comment on table app_public.import_batch_retractions is 'Each retraction of an import batch: its automatic matches went back to the pending queue and the names it learned were removed (retractImportBatch, npm run ops -- imports retract).';

--!include app_public/functions/confirm_learned_alias.sql
--!include app_public/functions/retire_learned_alias.sql
--!include app_hidden/functions/retract_import_batch.sql
--!include app_public/functions/retract_import_batch.sql
--!include app_public/views/learned_alias_queue.sql
--!include app_hidden/functions/match_employers.sql

-- Safe bulk actions: words without identity never pick a pending item's
-- candidate, and the bulk match refuses a candidate below the review band.
--!include app_hidden/functions/name_identity_words.sql
--!include app_public/functions/pending_employers_candidates.sql
--!include app_public/functions/bulk_match_pending_employers.sql
