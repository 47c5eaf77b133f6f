--! Previous: sha1:4d191aeb5b2baba00c2e54db780e59a06d4e7185
--! Hash: sha1:6cff35c86c1a915cc0ef23ecaba9e522b1c49ed7
--! Message: Search: one candidate index scan instead of two; search names token index without GIN fast update

--! split: 1-current.sql
-- Search CPU: one GIN scan for the candidates of a fuzzy search, not two.
--
-- match_employers chose its candidates with one condition,
--   tokens && <probe words>  or  tokens @> <every known word>,
-- where the side not wanted was fed an array that matches nothing. The
-- planner turned that into a BitmapOr of two scans of search_names_tokens_idx,
-- and a GIN scan reads the index's whole pending list (the rows inserted since
-- it was last merged) whatever its keys are: at 1M, 455 pages and ~6 ms for a
-- scan that finds nothing. So every fuzzy search paid for the unused side.
-- Below the two sides are separate branches behind one-time filters: the
-- generic plan runs the one that applies. The same names in the same order
-- come out (the other side's bitmap was always empty), so answers are equal.
--
-- match_employers is replaced whole (the rest of it as in 000005).

-- pg_trgm's settings exist once its library is loaded in the session;
-- only then may the owner name one in a function's SET clause.
select public.similarity('', '');

-------------------------------------------------------------------------------
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
  -- Each side is its own scan behind a one-time filter, so only one of them
  -- reads the GIN index (and its pending list). Without probe words and
  -- without a known word, the second side's array is null: no names.
  candidates as (
    select n.* from app_private.search_names n
    where not v_settled and exists (select 1 from probe_tokens)
      and n.tokens && (select array_agg(token) from probe_tokens)
      and (v_aliases or n.alias_id is null) and (v_staff or n.is_public)
    union all
    select n.* from app_private.search_names n
    where not v_settled and not exists (select 1 from probe_tokens)
      and n.tokens @> (select array_agg(token) from query_tokens where df > 0)
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

-------------------------------------------------------------------------------
-- The token index takes its entries directly (fastupdate = off), as the
-- pending names' trigram index has since 000007. With fast update, names
-- added since the last vacuum wait in a pending list of up to
-- gin_pending_list_limit (4 MB) that every candidate scan reads in full: 455
-- pages, ~6 ms a scan at 1M, the largest single cost of a fuzzy search once
-- the unused side above is gone. Inserting a name then updates a few posting
-- trees instead of appending to the list. A DO block so that search-compare,
-- which leaves DO blocks out of its pg_temp copy, never alters the shared scale
-- database it reads.
do $$
begin
  alter index app_private.search_names_tokens_idx set (fastupdate = off);
  perform pg_catalog.gin_clean_pending_list('app_private.search_names_tokens_idx'::regclass);
end;
$$;
