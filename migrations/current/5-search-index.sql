-- The search index: one row per name an employer can be found by (its
-- canonical name and each alias), kept in step by triggers, with the token
-- array, initials and forms that candidate generation uses. Token statistics
-- (how common each word is in the registry) live beside it.
drop table if exists app_private.search_names cascade;
drop table if exists app_private.search_tokens cascade;
drop table if exists app_private.search_stats cascade;

create table app_private.search_names (
  id bigint generated always as identity primary key,
  employer_id bigint not null references app_public.employers (id) on delete cascade,
  -- null for the canonical name
  alias_id bigint unique references app_public.aliases (id) on delete cascade,
  name text not null,
  kind text not null,
  is_public boolean not null,
  valid_to date,
  compare_form text not null,
  base_form text not null,
  tokens text[] not null,
  initials text,
  -- the base form without spaces: "AcmePacket" and "ACME Packet" meet here
  squashed text not null
);
create unique index search_names_canonical_idx on app_private.search_names (employer_id) where alias_id is null;
create index search_names_employer_idx on app_private.search_names (employer_id);
create index search_names_compare_idx on app_private.search_names (compare_form);
create index search_names_base_idx on app_private.search_names (base_form);
create index search_names_squashed_idx on app_private.search_names (squashed);
create index search_names_initials_idx on app_private.search_names (initials) where initials is not null;
create index search_names_tokens_idx on app_private.search_names using gin (tokens);
alter table app_private.search_names enable row level security;
comment on table app_private.search_names is 'Every name an employer can be found by, with its search keys. Derived: rebuilt from employers and aliases by app_hidden.rebuild_search_index().';

-- How many names each token appears in: common words (construction, group,
-- services...) weigh little in scores. Refreshed in bulk, not per write.
create table app_private.search_tokens (
  token text primary key,
  name_count integer not null
);
create index search_tokens_trgm_idx on app_private.search_tokens using gin (token public.gin_trgm_ops);
-- Range scans by prefix, whatever the database's collation.
create index search_tokens_prefix_idx on app_private.search_tokens (token collate "C");
alter table app_private.search_tokens enable row level security;
comment on table app_private.search_tokens is 'Document frequency of each name token, for weighting and for finding misspelt tokens.';

create table app_private.search_stats (
  singleton boolean primary key default true check (singleton),
  name_count integer not null,
  refreshed_at timestamptz not null default now()
);
alter table app_private.search_stats enable row level security;
insert into app_private.search_stats (name_count) values (0);

-- The words of a base form, each once, in order.
create or replace function app_hidden.name_tokens(base_form text) returns text[]
  language sql immutable strict parallel safe
  as $$
    select coalesce(array_agg(t order by min_pos), '{}')
    from (
      select t, min(pos) as min_pos
      from unnest(regexp_split_to_array(base_form, '\s+')) with ordinality as u(t, pos)
      where t <> ''
      group by t
    ) words
  $$;

-- The words to index a name by: those of its base form, plus, for names
-- written in camel case ("NokiaSiemens", "LucidVision"), the words inside.
create or replace function app_hidden.name_search_tokens(name text, base_form text) returns text[]
  language sql stable strict parallel safe
  as $$
    select case
      when name ~ '[[:lower:]][[:upper:]]' then
        app_hidden.name_tokens(base_form || ' ' || app_hidden.name_base_form(regexp_replace(name, '([[:lower:]])([[:upper:]])', '\1 \2', 'g')))
      else app_hidden.name_tokens(base_form)
    end
  $$;

-- First letters of a name of two or more words ("broken hill proprietary" -> "bhp").
create or replace function app_hidden.name_initials(base_form text) returns text
  language sql immutable strict parallel safe
  as $$
    select case when count(*) >= 2 then string_agg(left(t, 1), '' order by pos) end
    from unnest(regexp_split_to_array(base_form, '\s+')) with ordinality as u(t, pos)
    where t <> '' and t not in ('and', 'of', 'the', 'for', '&')
  $$;

create or replace function app_hidden.search_name_row(
  employer_id bigint, alias_id bigint, name text, kind text, is_public boolean, valid_to date,
  compare_form text, base_form text
) returns app_private.search_names
  language sql stable
  as $$
    select null::bigint, employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form,
           app_hidden.name_search_tokens(name, base_form), app_hidden.name_initials(base_form), replace(base_form, ' ', '')
  $$;

create or replace function app_hidden.tg_employers__index_name() returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op = 'UPDATE' and new.name = old.name and new.compare_name = old.compare_name and new.base_name = old.base_name then
    return null;
  end if;
  delete from app_private.search_names s where s.employer_id = new.id and s.alias_id is null;
  insert into app_private.search_names (employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form, tokens, initials, squashed)
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_hidden.search_name_row(new.id, null, new.name, 'canonical', true, null, new.compare_name, new.base_name) r;
  return null;
end;
$$;
create trigger _600_index_name after insert or update on app_public.employers
  for each row execute function app_hidden.tg_employers__index_name();

create or replace function app_hidden.tg_aliases__index_name() returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if tg_op = 'DELETE' then
    return null; -- the foreign key's cascade removes the row
  end if;
  insert into app_private.search_names (employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form, tokens, initials, squashed)
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_hidden.search_name_row(new.employer_id, new.id, new.name, new.kind::text, new.visibility = 'public',
                                    new.valid_to, new.compare_form, new.base_form) r
  on conflict (alias_id) do update set
    employer_id = excluded.employer_id, name = excluded.name, kind = excluded.kind, is_public = excluded.is_public,
    valid_to = excluded.valid_to, compare_form = excluded.compare_form, base_form = excluded.base_form,
    tokens = excluded.tokens, initials = excluded.initials, squashed = excluded.squashed;
  return null;
end;
$$;
create trigger _600_index_name after insert or update on app_public.aliases
  for each row execute function app_hidden.tg_aliases__index_name();

-- Token statistics from the current index; run after bulk loads (the
-- load-registry command and the scale seed do) and nightly.
create or replace function app_hidden.refresh_search_stats() returns integer
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_tokens integer;
begin
  truncate app_private.search_tokens;
  insert into app_private.search_tokens (token, name_count)
    select t, count(*) from app_private.search_names, unnest(tokens) as t group by t;
  get diagnostics v_tokens = row_count;
  update app_private.search_stats set name_count = (select count(*) from app_private.search_names), refreshed_at = now();
  return v_tokens;
end;
$$;
comment on function app_hidden.refresh_search_stats() is 'Recounts how common each name token is (search weights). Returns the number of distinct tokens.';

-- Rebuilds the whole index from employers and aliases (after a renormalise).
create or replace function app_hidden.rebuild_search_index() returns integer
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  truncate app_private.search_names;
  insert into app_private.search_names (employer_id, alias_id, name, kind, is_public, valid_to, compare_form, base_form, tokens, initials, squashed)
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_public.employers e,
         app_hidden.search_name_row(e.id, null, e.name, 'canonical', true, null, e.compare_name, e.base_name) r
    union all
    select r.employer_id, r.alias_id, r.name, r.kind, r.is_public, r.valid_to, r.compare_form, r.base_form, r.tokens, r.initials, r.squashed
    from app_public.aliases a,
         app_hidden.search_name_row(a.employer_id, a.id, a.name, a.kind::text, a.visibility = 'public', a.valid_to,
                                    a.compare_form, a.base_form) r;
  return app_hidden.refresh_search_stats();
end;
$$;
comment on function app_hidden.rebuild_search_index() is 'Rebuilds the search index from employers and aliases and refreshes its statistics.';
