--! Compatible: adds a derived table (search postings) kept by triggers on the search index; the previous release's matcher reads none of it and its tables are unchanged
-- Search candidates chosen by weight, from an index alone.
--
-- The fuzzy stage of match_employers took up to max_candidates names holding
-- a probe word from the GIN index on search_names.tokens: a bitmap of every
-- posting of the probe words, then the first names in heap order (not the
-- best ones), each heap row read and scored word by word. Here each name is
-- posted under each of its identity words in app_private.search_postings,
-- keyed (token, name_words, name_id) with the name's visibility and a 64-bit
-- signature of its words in the index: the matcher ranks the names the probe
-- words bring by an estimate of their score from the index alone and reads
-- and scores only the best max_candidates; a one-word common query reads the
-- top of its word's postings (shortest names first) instead of a bitmap of
-- every name holding it.
--
-- Typo neighbours: a misspelt query word found its known neighbours by a
-- trigram search and a scan of the words sharing its first two letters, per
-- word and per search. app_private.search_token_deletes holds each known
-- word's deletion neighbourhood (SymSpell: the strings made by deleting up to
-- its typo allowance of letters), kept by refresh_search_stats with the word
-- counts, so a misspelt word costs one index probe per delete of it.

drop trigger if exists _600_postings_insert on app_private.search_names;
drop trigger if exists _600_postings_update on app_private.search_names;
drop trigger if exists _600_postings_delete on app_private.search_names;

create table if not exists app_private.search_postings (
  token text not null,
  name_words smallint not null,
  name_id bigint not null,
  is_public boolean not null,
  is_alias boolean not null,
  signature bigint not null,
  -- The scan order of a word's postings: shortest names first. The rest is
  -- in the index so candidates are chosen by index-only scans.
  constraint search_postings_pkey primary key (token, name_words, name_id) include (is_public, is_alias, signature)
);
alter table app_private.search_postings enable row level security;
comment on table app_private.search_postings is 'Each search name posted under each of its identity words, with its word count, visibility and word signature, so the matcher chooses candidates from the index alone. Derived from app_private.search_names by triggers.';

create table if not exists app_private.search_token_deletes (
  variant text not null,
  token text not null,
  constraint search_token_deletes_pkey primary key (variant, token)
);
alter table app_private.search_token_deletes enable row level security;
comment on table app_private.search_token_deletes is 'Each known name word of four letters or more under every string made by deleting up to its typo allowance of letters, to find the known words within a misspelt word''s allowance by index look-ups. Kept by app_hidden.refresh_search_stats.';

--!include app_hidden/functions/is_identity_word.sql
--!include app_hidden/functions/word_deletes.sql
--!include app_hidden/functions/refresh_search_stats.sql
--!include app_hidden/functions/name_posting_words.sql
--!include app_hidden/functions/word_signature.sql
--!include app_hidden/functions/tg_search_names__postings.sql
--!include app_hidden/functions/rebuild_search_postings.sql

create trigger _600_postings_insert after insert on app_private.search_names
  referencing new table as new_names
  for each statement execute function app_hidden.tg_search_names__postings();
create trigger _600_postings_update after update on app_private.search_names
  referencing old table as old_names new table as new_names
  for each statement execute function app_hidden.tg_search_names__postings();
create trigger _600_postings_delete after delete on app_private.search_names
  referencing old table as old_names
  for each statement execute function app_hidden.tg_search_names__postings();

--!include app_hidden/functions/rebuild_search_index.sql
--!include app_hidden/functions/match_holds.sql
--!include app_hidden/functions/match_employers.sql

-- Post the names already indexed (re-runnable: from nothing each time).
do $$
begin
  perform app_hidden.rebuild_search_postings();
  truncate app_private.search_token_deletes;
  insert into app_private.search_token_deletes (variant, token)
    select distinct v, st.token
    from app_private.search_tokens st
    cross join lateral app_hidden.word_deletes(st.token, app_hidden.typo_allowance(st.token)) v
    where length(st.token) >= 4
    order by 1, 2;
end;
$$;

-- Candidates are now the likeliest names rather than the first ones found, so
-- fewer are scored: bench:matching gave the same figures with 100 as with 400
-- (an admin's own value is kept).
update app_public.match_settings
   set value = 100,
       chosen_on = 'npm run bench:matching on ../shared/data/matching, 2026-12-07: the same figures with 100 candidates ranked from the postings as with 400'
 where key = 'max_candidates' and value = 400;
