-- The registry: employers, their identifiers and aliases with provenance,
-- source systems, distinctions and merges. Names keep their compare and base
-- forms (from the normaliser, 1-normaliser.sql) in columns, so that indexes,
-- imports and search agree, and renormalising is a batch job, not a rewrite.
drop table if exists app_public.employer_merges cascade;
drop table if exists app_public.employer_distinctions cascade;
drop table if exists app_public.aliases cascade;
drop table if exists app_public.employer_identifiers cascade;
drop table if exists app_public.identifier_schemes cascade;
drop table if exists app_public.employers cascade;
drop table if exists app_public.source_systems cascade;
drop type if exists app_public.alias_visibility cascade;
drop type if exists app_public.alias_kind cascade;
drop type if exists app_public.employer_status cascade;
drop type if exists app_public.identifier_validation cascade;
drop policy if exists select_registry_analyst on app_public.audit_events;

-------------------------------------------------------------------------------
-- Source systems: where names come from, and how far to trust them.
create table app_public.source_systems (
  key text primary key constraint key_format check (key ~ '^[a-z][a-z0-9_]{1,40}$'),
  name text not null constraint name_length check (length(btrim(name)) between 1 and 200),
  trust_rank integer not null default 50 constraint trust_rank_range check (trust_rank between 0 and 100),
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.source_systems is 'Feeds and other sources of names (bci, manual, migration, csv, ...) with how far each is trusted.';
comment on column app_public.source_systems.trust_rank is 'From 0 (doubtful) to 100 (a steward''s own word); decides which source wins when names compete.';
create trigger _100_timestamps before insert or update on app_public.source_systems
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or update or delete on app_public.source_systems
  for each row execute function app_hidden.tg__audit('key');
alter table app_public.source_systems enable row level security;
create policy select_analyst on app_public.source_systems for select to :ROLE_ANALYST using (true);
create policy insert_admin on app_public.source_systems for insert to :ROLE_ADMIN with check (true);
create policy update_admin on app_public.source_systems for update to :ROLE_ADMIN using (true);
grant select on app_public.source_systems to :ROLE_ANALYST;
grant insert (key, name, trust_rank, description) on app_public.source_systems to :ROLE_ADMIN;
grant update (name, trust_rank, description) on app_public.source_systems to :ROLE_ADMIN;

insert into app_public.source_systems (key, name, trust_rank, description) values
  ('manual', 'Steward entry', 100, 'Names a steward entered or confirmed by hand'),
  ('abr', 'Australian Business Register', 90, 'ABN Bulk Extract: main, trading and business names'),
  ('migration', 'Previous registry', 60, 'Names carried over from the system this registry replaced'),
  ('bci', 'BCI Central', 40, 'Construction project leads feed'),
  ('csv', 'CSV load', 30, 'Names loaded from a file with npm run ops -- load-registry');

-------------------------------------------------------------------------------
-- Employers: a stable id (never reused), a canonical name and a status.
create type app_public.employer_status as enum ('active', 'merged', 'archived');
comment on type app_public.employer_status is 'active: in use; merged: folded into another employer (see merged_into); archived: kept for history, out of searches by default.';

create table app_public.employers (
  id bigint generated always as identity primary key,
  name text not null constraint name_length check (length(btrim(name)) between 1 and 500),
  compare_name text not null,
  base_name text not null,
  normalizer_version integer not null,
  status app_public.employer_status not null default 'active',
  merged_into bigint references app_public.employers (id) on delete restrict,
  created_by bigint references app_public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint merged_has_survivor check ((status = 'merged') = (merged_into is not null)),
  constraint not_merged_into_itself check (merged_into is distinct from id)
);
create index employers_compare_name_idx on app_public.employers (compare_name);
create index employers_base_name_idx on app_public.employers (base_name);
create index employers_merged_into_idx on app_public.employers (merged_into) where merged_into is not null;
create index employers_created_by_idx on app_public.employers (created_by);
create index employers_status_idx on app_public.employers (status);
comment on table app_public.employers is 'An employer: one company, whatever it is called. Its id is stable and never reused.';
comment on column app_public.employers.name is 'The canonical name, as shown.';
comment on column app_public.employers.compare_name is 'The canonical name''s compare form (normaliser): what exact matching uses.';
comment on column app_public.employers.base_name is 'The canonical name''s compare form without legal forms: what fuzzy matching uses.';
comment on column app_public.employers.normalizer_version is 'The normaliser version that produced compare_name and base_name.';
comment on column app_public.employers.merged_into is 'For merged employers: the survivor. Lookups of this id resolve to it.';

-- Keeps the stored forms of a name in step with the name itself.
create or replace function app_hidden.tg_employers__normalise() returns trigger
  language plpgsql
  as $$
begin
  new.name = btrim(regexp_replace(new.name, '\s+', ' ', 'g'));
  if tg_op = 'INSERT' or new.name is distinct from old.name or new.normalizer_version is null then
    new.compare_name = app_hidden.name_compare_form(new.name);
    new.base_name = app_hidden.name_base_form(new.name);
    new.normalizer_version = app_hidden.normalizer_version();
  end if;
  return new;
end;
$$;
create trigger _050_normalise before insert or update on app_public.employers
  for each row execute function app_hidden.tg_employers__normalise();
create trigger _100_timestamps before insert or update on app_public.employers
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or update or delete on app_public.employers
  for each row execute function app_hidden.tg__audit('id');

alter table app_public.employers enable row level security;
-- Third parties see active employers; staff see every one (merged and archived too).
create policy select_active on app_public.employers for select to :ROLE_API_CLIENT using (status = 'active');
create policy select_analyst on app_public.employers for select to :ROLE_ANALYST using (true);
create policy delete_admin on app_public.employers for delete to :ROLE_ADMIN using (true);
grant select on app_public.employers to :ROLE_API_CLIENT;
grant delete on app_public.employers to :ROLE_ADMIN;

-------------------------------------------------------------------------------
-- Identifier schemes and identifiers (ABN, ACN, BCI company id, ...).
create type app_public.identifier_validation as enum ('abn', 'acn', 'pattern', 'none');
comment on type app_public.identifier_validation is 'How values of a scheme are checked: ABN or ACN checksum, a regular expression, or not at all.';

create table app_public.identifier_schemes (
  key text primary key constraint key_format check (key ~ '^[a-z][a-z0-9_]{1,40}$'),
  name text not null constraint name_length check (length(btrim(name)) between 1 and 200),
  validation app_public.identifier_validation not null default 'none',
  pattern text,
  is_public boolean not null default true,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint pattern_when_needed check ((validation = 'pattern') = (pattern is not null))
);
comment on table app_public.identifier_schemes is 'Kinds of external identifier. Built in: abn, acn, bci_company, ref; admins register others.';
comment on column app_public.identifier_schemes.pattern is 'For validation = pattern: a regular expression every value must match.';
comment on column app_public.identifier_schemes.is_public is 'Whether API clients may see identifiers of this scheme.';
create trigger _100_timestamps before insert or update on app_public.identifier_schemes
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or update or delete on app_public.identifier_schemes
  for each row execute function app_hidden.tg__audit('key');

-- A bad pattern is refused when the scheme is registered, not when a value is checked.
create or replace function app_hidden.tg_identifier_schemes__check_pattern() returns trigger
  language plpgsql
  as $$
begin
  if new.pattern is not null then
    begin
      perform '' ~ new.pattern;
    exception when invalid_regular_expression then
      raise exception 'The pattern is not a valid regular expression' using errcode = 'BADPT';
    end;
  end if;
  return new;
end;
$$;
create trigger _200_check_pattern before insert or update on app_public.identifier_schemes
  for each row execute function app_hidden.tg_identifier_schemes__check_pattern();

alter table app_public.identifier_schemes enable row level security;
create policy select_all on app_public.identifier_schemes for select to :ROLE_API_CLIENT using (true);
create policy insert_admin on app_public.identifier_schemes for insert to :ROLE_ADMIN with check (true);
create policy update_admin on app_public.identifier_schemes for update to :ROLE_ADMIN using (true);
grant select on app_public.identifier_schemes to :ROLE_API_CLIENT;
grant insert (key, name, validation, pattern, is_public, description) on app_public.identifier_schemes to :ROLE_ADMIN;
grant update (name, pattern, is_public, description) on app_public.identifier_schemes to :ROLE_ADMIN;

insert into app_public.identifier_schemes (key, name, validation, pattern, is_public, description) values
  ('abn', 'Australian Business Number', 'abn', null, true, '11 digits with a mod-89 checksum; spaces are ignored'),
  ('acn', 'Australian Company Number', 'acn', null, true, '9 digits with a mod-10 checksum; spaces are ignored'),
  ('bci_company', 'BCI company id', 'pattern', '^[A-Za-z0-9_-]{1,40}$', false, 'The company id in BCI Central exports'),
  ('ref', 'Load reference', 'none', null, false, 'The ref column of a file loaded with npm run ops -- load-registry');

-- The form identifiers are stored and compared in: digits only for ABN/ACN.
create or replace function app_hidden.identifier_value_form(scheme text, value text) returns text
  language sql immutable
  as $$
    select case
      when scheme in ('abn', 'acn') then regexp_replace(value, '[\s-]', '', 'g')
      else btrim(value)
    end
  $$;

create or replace function app_hidden.abn_is_valid(abn text) returns boolean
  language sql immutable strict
  as $$
    select abn ~ '^[0-9]{11}$' and (
      select sum(((substr(abn, i, 1)::int - case when i = 1 then 1 else 0 end))
                 * (array[10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])[i]) % 89 = 0
      from generate_series(1, 11) as i
    )
  $$;
comment on function app_hidden.abn_is_valid(text) is 'ABN checksum: subtract 1 from the first digit, weight the digits 10,1,3,...,19; the sum divides by 89.';

create or replace function app_hidden.acn_is_valid(acn text) returns boolean
  language sql immutable strict
  as $$
    select acn ~ '^[0-9]{9}$' and (
      select (10 - sum(substr(acn, i, 1)::int * (9 - i)) % 10) % 10 = substr(acn, 9, 1)::int
      from generate_series(1, 8) as i
    )
  $$;
comment on function app_hidden.acn_is_valid(text) is 'ACN checksum: weight the first 8 digits 8..1; the complement of the sum mod 10 is the 9th digit.';

-- Raises BADID with a message a steward can act on.
create or replace function app_hidden.assert_identifier_valid(scheme text, value text) returns void
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_scheme app_public.identifier_schemes;
begin
  select * into v_scheme from app_public.identifier_schemes s where s.key = scheme;
  if v_scheme.key is null then
    raise exception 'Unknown identifier scheme "%"', scheme using errcode = 'BADID';
  end if;
  if value is null or value = '' then
    raise exception 'An identifier needs a value' using errcode = 'BADID';
  end if;
  if length(value) > 100 then
    raise exception 'An identifier may have at most 100 characters' using errcode = 'BADID';
  end if;
  if v_scheme.validation = 'abn' and not app_hidden.abn_is_valid(value) then
    raise exception '"%" is not a valid ABN (11 digits with a correct checksum)', value using errcode = 'BADID';
  elsif v_scheme.validation = 'acn' and not app_hidden.acn_is_valid(value) then
    raise exception '"%" is not a valid ACN (9 digits with a correct checksum)', value using errcode = 'BADID';
  elsif v_scheme.validation = 'pattern' and value !~ v_scheme.pattern then
    raise exception '"%" is not a valid % identifier', value, v_scheme.name using errcode = 'BADID';
  end if;
end;
$$;

create table app_public.employer_identifiers (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  scheme text not null references app_public.identifier_schemes (key) on update cascade on delete restrict,
  value text not null,
  source_system text not null default 'manual' references app_public.source_systems (key) on update cascade on delete restrict,
  source_ref text,
  added_by bigint references app_public.users (id) on delete set null,
  added_at timestamptz not null default now(),
  constraint identifier_unique_per_scheme unique (scheme, value)
);
create index employer_identifiers_employer_id_idx on app_public.employer_identifiers (employer_id);
create index employer_identifiers_source_system_idx on app_public.employer_identifiers (source_system);
create index employer_identifiers_added_by_idx on app_public.employer_identifiers (added_by);
comment on table app_public.employer_identifiers is 'External identifiers of employers; each (scheme, value) belongs to one employer.';
comment on column app_public.employer_identifiers.value is 'Stored without spaces for ABN and ACN.';

create or replace function app_hidden.tg_employer_identifiers__check() returns trigger
  language plpgsql
  as $$
begin
  new.value = app_hidden.identifier_value_form(new.scheme, new.value);
  perform app_hidden.assert_identifier_valid(new.scheme, new.value);
  return new;
end;
$$;
create trigger _050_check before insert or update on app_public.employer_identifiers
  for each row execute function app_hidden.tg_employer_identifiers__check();
create trigger _500_audit after insert or update or delete on app_public.employer_identifiers
  for each row execute function app_hidden.tg__audit('id');

alter table app_public.employer_identifiers enable row level security;
create policy select_public on app_public.employer_identifiers for select to :ROLE_API_CLIENT
  using (
    exists (select 1 from app_public.identifier_schemes s where s.key = scheme and s.is_public)
    and exists (select 1 from app_public.employers e where e.id = employer_id)
  );
create policy select_analyst on app_public.employer_identifiers for select to :ROLE_ANALYST using (true);
grant select on app_public.employer_identifiers to :ROLE_API_CLIENT;

-------------------------------------------------------------------------------
-- Aliases: every other name of an employer, typed, dated, with provenance.
create type app_public.alias_kind as enum ('legal', 'trading', 'former', 'abbreviation', 'feed_spelling', 'other');
comment on type app_public.alias_kind is 'legal: a registered legal name; trading: a business or trading name; former: a name it used to have; abbreviation: initials or a short form; feed_spelling: how a feed spelled it; other.';
create type app_public.alias_visibility as enum ('public', 'internal');
comment on type app_public.alias_visibility is 'public: API clients may see it; internal: staff only.';

create table app_public.aliases (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  name text not null constraint name_length check (length(btrim(name)) between 1 and 500),
  compare_form text not null,
  base_form text not null,
  normalizer_version integer not null,
  kind app_public.alias_kind not null default 'other',
  visibility app_public.alias_visibility not null default 'internal',
  valid_from date,
  valid_to date,
  source_system text not null default 'manual' references app_public.source_systems (key) on update cascade on delete restrict,
  source_ref text constraint source_ref_length check (length(source_ref) <= 200),
  import_batch_id bigint,
  import_row integer,
  added_by bigint references app_public.users (id) on delete set null,
  added_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint alias_unique_per_employer unique (employer_id, compare_form),
  constraint valid_range check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index aliases_compare_form_idx on app_public.aliases (compare_form);
create index aliases_base_form_idx on app_public.aliases (base_form);
create index aliases_source_system_idx on app_public.aliases (source_system);
create index aliases_added_by_idx on app_public.aliases (added_by);
create index aliases_import_batch_idx on app_public.aliases (import_batch_id, import_row) where import_batch_id is not null;
create index aliases_added_at_idx on app_public.aliases (added_at);
comment on table app_public.aliases is 'Another name of an employer, with where it came from. Retired (valid_to) rather than deleted.';
comment on column app_public.aliases.name is 'The name as it was seen or entered.';
comment on column app_public.aliases.compare_form is 'The compare form (normaliser): unique per employer, used by exact matching.';
comment on column app_public.aliases.base_form is 'The compare form without legal forms, used by fuzzy matching.';
comment on column app_public.aliases.valid_to is 'The day the name stopped being used; a retired alias still finds the employer in search, marked as retired.';
comment on column app_public.aliases.source_ref is 'The id of this name (or its row) in the source system.';
comment on column app_public.aliases.import_batch_id is 'The import batch that brought the name, if any.';
comment on column app_public.aliases.import_row is 'The row of that batch.';
comment on column app_public.aliases.added_by is 'The person who added it (null for imports and operator commands).';

create or replace function app_hidden.tg_aliases__normalise() returns trigger
  language plpgsql
  as $$
begin
  new.name = btrim(regexp_replace(new.name, '\s+', ' ', 'g'));
  if tg_op = 'INSERT' or new.name is distinct from old.name or new.normalizer_version is null then
    new.compare_form = app_hidden.name_compare_form(new.name);
    new.base_form = app_hidden.name_base_form(new.name);
    new.normalizer_version = app_hidden.normalizer_version();
  end if;
  return new;
end;
$$;
create trigger _050_normalise before insert or update on app_public.aliases
  for each row execute function app_hidden.tg_aliases__normalise();
create or replace function app_hidden.tg__updated_at() returns trigger
  language plpgsql
  as $$
begin
  new.updated_at = greatest(now(), old.updated_at + interval '1 millisecond');
  return new;
end;
$$;
comment on function app_hidden.tg__updated_at() is 'Moves updated_at forward, for tables whose creation time has another name (added_at).';
create trigger _100_timestamps before update on app_public.aliases
  for each row execute function app_hidden.tg__updated_at();
create trigger _500_audit after insert or update or delete on app_public.aliases
  for each row execute function app_hidden.tg__audit('id');

alter table app_public.aliases enable row level security;
create policy select_public on app_public.aliases for select to :ROLE_API_CLIENT
  using (visibility = 'public' and exists (select 1 from app_public.employers e where e.id = employer_id));
create policy select_analyst on app_public.aliases for select to :ROLE_ANALYST using (true);
create policy delete_admin on app_public.aliases for delete to :ROLE_ADMIN using (true);
grant select on app_public.aliases to :ROLE_API_CLIENT;
grant delete on app_public.aliases to :ROLE_ADMIN;

-------------------------------------------------------------------------------
-- Distinctions: a steward's judgment that two employers are not the same.
create table app_public.employer_distinctions (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  other_employer_id bigint not null references app_public.employers (id) on delete cascade,
  reason text not null constraint reason_length check (length(btrim(reason)) between 1 and 2000),
  recorded_by bigint references app_public.users (id) on delete set null,
  recorded_at timestamptz not null default now(),
  constraint ordered_pair check (employer_id < other_employer_id),
  constraint distinction_unique unique (employer_id, other_employer_id)
);
create index employer_distinctions_other_idx on app_public.employer_distinctions (other_employer_id);
create index employer_distinctions_recorded_by_idx on app_public.employer_distinctions (recorded_by);
comment on table app_public.employer_distinctions is 'Two employers a steward judged not to be the same: matching and merges respect it.';
create trigger _500_audit after insert or update or delete on app_public.employer_distinctions
  for each row execute function app_hidden.tg__audit('id');
alter table app_public.employer_distinctions enable row level security;
create policy select_analyst on app_public.employer_distinctions for select to :ROLE_ANALYST using (true);
grant select on app_public.employer_distinctions to :ROLE_ANALYST;

create or replace function app_hidden.are_distinct(a bigint, b bigint) returns boolean
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    select exists (
      select 1 from app_public.employer_distinctions d
      where d.employer_id = least(a, b) and d.other_employer_id = greatest(a, b)
    )
  $$;
comment on function app_hidden.are_distinct(bigint, bigint) is 'Whether a steward recorded that the two employers are not the same.';
grant execute on function app_hidden.are_distinct(bigint, bigint) to :ROLE_API_CLIENT;

-------------------------------------------------------------------------------
-- Merges, with everything needed to undo one in a single step.
create table app_public.employer_merges (
  id bigint generated always as identity primary key,
  survivor_id bigint not null references app_public.employers (id) on delete restrict,
  merged_id bigint not null references app_public.employers (id) on delete restrict,
  reason text,
  merged_by bigint references app_public.users (id) on delete set null,
  merged_at timestamptz not null default now(),
  undo jsonb not null,
  unmerged_by bigint references app_public.users (id) on delete set null,
  unmerged_at timestamptz
);
create index employer_merges_survivor_idx on app_public.employer_merges (survivor_id);
create index employer_merges_merged_idx on app_public.employer_merges (merged_id);
create index employer_merges_merged_by_idx on app_public.employer_merges (merged_by);
create index employer_merges_unmerged_by_idx on app_public.employer_merges (unmerged_by);
comment on table app_public.employer_merges is 'Each merge of one employer into another, and whether it was undone.';
comment on column app_public.employer_merges.undo is 'What the merge changed (moved aliases and identifiers, the former-name alias it added, re-pointed merges), so unmerge can restore it exactly.';
create trigger _500_audit after insert or update or delete on app_public.employer_merges
  for each row execute function app_hidden.tg__audit('id');
alter table app_public.employer_merges enable row level security;
create policy select_analyst on app_public.employer_merges for select to :ROLE_ANALYST using (true);
grant select on app_public.employer_merges to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Analysts read the registry's part of the audit trail; admins read all of it.
create policy select_registry_analyst on app_public.audit_events for select to :ROLE_ANALYST
  using (table_name in ('app_public.employers', 'app_public.aliases', 'app_public.employer_identifiers',
                        'app_public.employer_distinctions', 'app_public.employer_merges'));
grant select on app_public.audit_events to :ROLE_ANALYST;
