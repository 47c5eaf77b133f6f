--! Previous: sha1:4d373745948a967a753b3bac6d3106272beca485
--! Hash: sha1:777dcef3fcb14a0d3b0a8f1ab41d20401837852c
--! Message: Search speed, canonical promotion, BCI imports and pending employers, analytics, operator fixes

--! split: 1-current.sql
-- Enter migration here

--! split: 2-search-speed.sql
-- Search speed (issue 3, points 3 and 6): search_employers, its settings and
-- typo_allowance, replacing the versions in 6-search.sql (committed). Measured
-- at 1M employers in docs/benchmarks/search.md. Re-runnable: functions are
-- created or replaced, indexes dropped/created if (not) exists.
--
-- What changed, each measured there:
-- * typo_allowance is not strict, so the planner inlines it per pair;
-- * search_employers sets pg_trgm.similarity_threshold = 0.55 (the % index
--   scan then fetches only the neighbours it keeps) and plans its statement
--   once per session (force_generic_plan);
-- * typo neighbours only for query words the registry hardly knows (df <= 5);
-- * no "always probe the rarest word": when every known word is common,
--   candidates are the names holding all of them (GIN AND);
-- * at most 400 candidates are scored (was 4000);
-- * an identifier, or a current name with exactly the query's compare form,
--   settles the search: the fuzzy stage does not run (ranks 2-20 then hold
--   the other identifier / exact matches only).

-- The name in a web address: "pch.net" -> pch, "www.protocollabs.com" ->
-- protocollabs, "ntt.co.jp" -> ntt, "cs.ucla.edu" -> ucla; null for anything
-- else (spaces, mail addresses: a mail domain is often a provider's).
create or replace function app_hidden.web_address_name(query text) returns text
  language plpgsql immutable parallel safe
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_labels text[];
begin
  if query is null or query !~* '^(https?://)?[a-z0-9-]+(\.[a-z0-9-]+)+/?$'
     or query !~* '\.(com|net|org|edu|gov|int|io|info|biz|[a-z]{2})/?$' then
    return null;
  end if;
  v_labels := string_to_array(regexp_replace(lower(query), '^(https?://)?(www\.)?|/$', '', 'g'), '.');
  v_labels := v_labels[1:cardinality(v_labels) - 1];
  if cardinality(v_labels) >= 2
     and v_labels[cardinality(v_labels)] in ('co', 'com', 'ac', 'edu', 'net', 'org', 'gov', 'ne', 'or', 'go') then
    v_labels := v_labels[1:cardinality(v_labels) - 1];
  end if;
  return nullif(v_labels[cardinality(v_labels)], '');
end;
$$;
comment on function app_hidden.web_address_name(text) is 'The organisation name in a web address (pch.net -> pch), or null when the text is not one.';

-- The words to index a name by: those of its base form, with
-- * letters joined by "&" as one word: "AT&T" -> att, "R&D" -> rd (its base
--   form says "at and t");
-- * a run of single letters as one word: "A T T" -> att, "J M Brenford" -> jm;
-- plus, for names written in camel case, the words inside: "NokiaSiemens",
-- "LucidVision", and after an acronym of two or more capitals "NTTData",
-- "KDDILab". Names and queries both go through it, so both sides agree.
create or replace function app_hidden.name_search_tokens(name text, base_form text) returns text[]
  language sql stable strict parallel safe
  as $$
    select app_hidden.name_tokens(
      regexp_replace(regexp_replace(base_form, '\m(\w{1,2}) and (?=\w{1,2}\M)', '\1', 'g'),
                     '\m(\w) (?=\w\M)', '\1', 'g')
      || case
           when name ~ '[[:lower:]][[:upper:]]|[[:upper:]]{3}[[:lower:]]{2}' then
             ' ' || app_hidden.name_base_form(
                      regexp_replace(regexp_replace(name, '([[:lower:]])([[:upper:]])', '\1 \2', 'g'),
                                     '([[:upper:]]{2})([[:upper:]][[:lower:]]{2})', '\1 \2', 'g'))
           else ''
         end)
  $$;

-- Names whose words the new rules change, re-indexed (once: later runs find
-- nothing to change), and the word statistics refreshed if any changed.
do $$
declare
  v_changed integer;
begin
  update app_private.search_names n
    set tokens = app_hidden.name_search_tokens(n.name, n.base_form)
    where (n.name ~ '[[:upper:]]{3}[[:lower:]]{2}'
           or n.base_form ~ '\m\w{1,2} and \w{1,2}\M' or n.base_form ~ '\m\w \w\M')
      and n.tokens is distinct from app_hidden.name_search_tokens(n.name, n.base_form);
  get diagnostics v_changed = row_count;
  if v_changed > 0 then
    -- Searches scan the GIN index's pending list in full: merge it now.
    perform public.gin_clean_pending_list('app_private.search_names_tokens_idx'::regclass);
    perform app_hidden.refresh_search_stats();
  end if;
end;
$$;

-- Scoring constants, in one place for tuning (bench:matching measures them).
create or replace function app_hidden.search_settings() returns jsonb
  language sql immutable
  as $$
    select jsonb_build_object(
      'auto_min_score', 0.90,        -- a fuzzy match needs at least this to be auto
      'auto_min_margin', 0.08,       -- ... and this much more than the next employer
      'review_min_score', 0.55,      -- below this a match is in the "new" band
      'token_min_similarity', 0.55,  -- trigram similarity for a misspelt word to count
      'common_token_share', 0.002,   -- a word in more than this share of names is common
      'max_candidates', 400,         -- names scored per search (was 4000)
      'max_probe_postings', 3000,    -- names the probe words may bring, rarest words first
      'max_results', 20
    )
  $$;

-- How many edits a word may be off and still count as a typo of a known word.
-- Not strict, so that the planner inlines it (a strict SQL function
-- whose body is a CASE cannot be inlined and costs a function call per pair).
create or replace function app_hidden.typo_allowance(word text) returns integer
  language sql immutable parallel safe
  as $$ select case when length(word) >= 6 then 2 when length(word) >= 4 then 1 else 0 end $$;

-- pg_trgm's settings exist once its library is loaded in the session;
-- only then may the owner (not a superuser) name one in a function's SET clause.
select public.similarity('', '');

create or replace function app_public.search_employers(
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
  perform app_hidden.assert_feature_enabled('alias_search');
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
comment on function app_public.search_employers(text, boolean, boolean) is
  'Finds employers by any of their names or identifiers, best first: identifiers, then exact names, then similar names, each with a score, a band and an explanation. includeAliases: false searches canonical names only (the old name-only search). API clients see public names of active employers only.';
grant execute on function app_public.search_employers(text, boolean, boolean) to :ROLE_API_CLIENT;

--! split: 3-promotion.sql
-- The canonical promotion system: a queue of names that could serve better
-- as an employer's canonical name, each with its evidence; claims, so two
-- stewards do not work one employer at once; decisions (promote, reject,
-- defer, revert) in an append-only log with the evidence shown at the time;
-- and the metrics the analytics dashboard charts. docs/PROMOTION.md explains
-- the rules and the steward's workflow.
--
-- Re-runnable: everything is dropped first, in reverse order of creation.
drop view if exists app_public.promotion_decisions_per_steward_day;
drop view if exists app_public.promotion_decisions_per_day;
drop view if exists app_public.promotion_backlog;
drop function if exists app_public.revert_canonical_promotion(bigint, text);
drop function if exists app_public.defer_promotion_candidate(bigint, bigint, date, text);
drop function if exists app_public.reject_promotion_candidate(bigint, bigint, text);
drop function if exists app_public.promote_canonical_name(bigint, bigint, text, app_public.alias_kind);
drop function if exists app_hidden.record_canonical_decision(app_public.employers, app_public.canonical_decision_action, bigint, text, text, text, text, date, jsonb, jsonb, bigint, bigint);
drop function if exists app_hidden.assert_rationale(text, text);
drop function if exists app_hidden.promotion_alias_of(bigint, bigint);
drop function if exists app_hidden.lock_employer_for_promotion(bigint, boolean);
drop function if exists app_public.release_promotion_item(bigint);
drop function if exists app_public.claim_promotion_item(bigint, integer);
drop function if exists app_public.promotion_candidates_for_employer(bigint);
drop function if exists app_public.canonical_promotion_queue();
drop function if exists app_hidden.promotion_evidence_snapshot(bigint, bigint);
drop view if exists app_hidden.promotion_candidates;
drop function if exists app_hidden.promotion_pending_conflicts(text);
drop function if exists app_hidden.name_occurrence_summary(text);
drop function if exists app_hidden.record_name_occurrences(text, text, bigint, bigint, timestamptz, timestamptz);
drop table if exists app_public.canonical_decisions cascade;
drop table if exists app_public.promotion_claims cascade;
drop table if exists app_public.alias_occurrences cascade;
drop type if exists app_public.promotion_queue_item cascade;
drop type if exists app_public.canonical_decision_action cascade;
drop function if exists app_hidden.tg_canonical_decisions__append_only();
drop function if exists app_hidden.tg_alias_occurrences__normalise();
drop function if exists app_hidden.promotion_settings();
drop function if exists app_hidden.name_feed_spelling_signs(text, text, text);

-------------------------------------------------------------------------------
-- Settings of the candidate rules and the score, in one place.
create or replace function app_hidden.promotion_settings() returns jsonb
  language sql immutable
  as $$
    select jsonb_build_object(
      -- a legal or trading name counts as trusted from this trust rank up (abr 90, manual 100)
      'min_trust', 80,
      -- the trust a canonical name has when no source recorded it (most came from the previous registry)
      'canonical_trust', 60,
      -- feed rows a name needs before "seen more often than the canonical" fires
      'min_occurrences', 3,
      -- claims: default and longest duration, in minutes
      'claim_minutes', 30,
      'max_claim_minutes', 480,
      -- a deferral may last at most this many days
      'max_defer_days', 730
    )
  $$;
comment on function app_hidden.promotion_settings() is 'Thresholds of the promotion rules, the score and claims.';
grant execute on function app_hidden.promotion_settings() to :ROLE_ANALYST;

-- How a name looks when a feed wrote it: all capitals, cut short, legal-form
-- noise (two legal forms, an ABN/ACN in the name), or "t/as" / "ATF" inside.
-- It takes the stored compare and base forms too: every legal form the
-- normaliser found is a word of the compare form that the base form lacks,
-- so counting them needs no second pass of the normaliser (the queue calls
-- this for every name, so only regular expressions run here).
create or replace function app_hidden.name_feed_spelling_signs(name text, compare_form text, base_form text) returns text[]
  language sql immutable parallel safe
  as $$
    select array_remove(array[
      case when name !~ '[[:lower:]]' and length(regexp_replace(name, '[^[:alpha:]]', '', 'g')) >= 6
        then 'all_caps' end,
      case when name ~ '(\.\.\.|…|[(&,/+-])\s*$'
             or name ~* '\s(pty|pt|p|pr|prop|propr|propriet[a-z]*|lt|li|lim|limi|limit|limite|and|of|the)\.?$'
        then 'truncated' end,
      case when cardinality(regexp_split_to_array(btrim(compare_form), '\s+'))
                - cardinality(regexp_split_to_array(btrim(base_form), '\s+')) >= 2
             or name ~* '\m(abn|acn)\M[[:space:]:#.]*[0-9]'
        then 'legal_form_noise' end,
      -- a bare "ATF" first is a name ("ATF Services"), as in split_trading_name
      case when name ~* '(^|[^[:alnum:]])(t ?/ ?as?|trading\s+(as|under)|trustees?\s+for)([^[:alnum:]]|$)'
             or name ~* '[[:alnum:]][^[:alnum:]]+a\.?t\.?f\.?([^[:alnum:]]|$)'
        then 'trading_as_inside' end
    ], null)
  $$;
comment on function app_hidden.name_feed_spelling_signs(text, text, text) is
  'Why a name looks like a feed spelling: all_caps, truncated, legal_form_noise, trading_as_inside (empty when it looks fine). Pass the name with its stored compare and base forms.';
grant execute on function app_hidden.name_feed_spelling_signs(text, text, text) to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Feed occurrences: the seam between imports and promotion. One row per name
-- (by compare form) and source system: how many feed rows carried it, on how
-- many projects, first and last seen. Imports write it through
-- app_hidden.record_name_occurrences; the queue reads it.
create table app_public.alias_occurrences (
  id bigint generated always as identity primary key,
  compare_form text not null,
  name text not null constraint name_length check (length(btrim(name)) between 1 and 500),
  source_system text not null references app_public.source_systems (key) on update cascade on delete restrict,
  row_count bigint not null default 0 constraint row_count_positive check (row_count >= 0),
  project_count bigint not null default 0 constraint project_count_positive check (project_count >= 0),
  first_seen_at timestamptz not null,
  last_seen_at timestamptz not null,
  updated_at timestamptz not null default now(),
  constraint seen_in_order check (last_seen_at >= first_seen_at),
  constraint alias_occurrences_unique unique (compare_form, source_system)
);
create index alias_occurrences_source_system_idx on app_public.alias_occurrences (source_system);
comment on table app_public.alias_occurrences is
  'How often feeds carried each name (by compare form) per source system: the evidence of "seen more often" in the promotion queue. Written by imports.';
comment on column app_public.alias_occurrences.compare_form is 'The name''s compare form (normaliser): names that compare equal share a row.';
comment on column app_public.alias_occurrences.name is 'The spelling first recorded.';
comment on column app_public.alias_occurrences.row_count is 'Feed rows that carried the name.';
comment on column app_public.alias_occurrences.project_count is 'Projects those rows belong to (summed per batch: an upper bound when batches share projects).';
comment on column app_public.alias_occurrences.first_seen_at is 'When a feed first carried the name.';
comment on column app_public.alias_occurrences.last_seen_at is 'When a feed last carried the name.';

create or replace function app_hidden.tg_alias_occurrences__normalise() returns trigger
  language plpgsql
  as $$
begin
  new.name = btrim(regexp_replace(new.name, '\s+', ' ', 'g'));
  new.compare_form = app_hidden.name_compare_form(new.name);
  new.updated_at = now();
  return new;
end;
$$;
create trigger _050_normalise before insert on app_public.alias_occurrences
  for each row execute function app_hidden.tg_alias_occurrences__normalise();

alter table app_public.alias_occurrences enable row level security;
create policy select_analyst on app_public.alias_occurrences for select to :ROLE_ANALYST using (true);
grant select on app_public.alias_occurrences to :ROLE_ANALYST;

-- What an import calls once per (name, source) and batch: adds the rows and
-- projects and widens the seen range. Idempotence across retries is the
-- caller's job (call it once per batch, in the batch's final transaction).
create or replace function app_hidden.record_name_occurrences(
  name text,
  source_system text,
  row_count bigint,
  project_count bigint default 0,
  first_seen_at timestamptz default now(),
  last_seen_at timestamptz default now()
) returns app_public.alias_occurrences
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_row app_public.alias_occurrences;
begin
  perform app_hidden.assert_name(name);
  perform app_hidden.assert_source_system(source_system);
  if row_count is null or row_count < 0 or coalesce(project_count, 0) < 0 then
    raise exception 'Occurrence counts cannot be negative' using errcode = 'BADOC';
  end if;
  insert into app_public.alias_occurrences as o
      (compare_form, name, source_system, row_count, project_count, first_seen_at, last_seen_at)
    values (app_hidden.name_compare_form(name), name, source_system, row_count, coalesce(project_count, 0),
            least(first_seen_at, last_seen_at), greatest(first_seen_at, last_seen_at))
    on conflict on constraint alias_occurrences_unique do update set
      row_count = o.row_count + excluded.row_count,
      project_count = o.project_count + excluded.project_count,
      first_seen_at = least(o.first_seen_at, excluded.first_seen_at),
      last_seen_at = greatest(o.last_seen_at, excluded.last_seen_at),
      updated_at = now()
    returning * into v_row;
  return v_row;
end;
$$;
comment on function app_hidden.record_name_occurrences(text, text, bigint, bigint, timestamptz, timestamptz) is
  'Imports: adds feed rows and projects seen for a name from a source system, and widens its first/last seen.';
grant execute on function app_hidden.record_name_occurrences(text, text, bigint, bigint, timestamptz, timestamptz) to :ROLE_STEWARD;

-- The feed evidence of one compare form: totals and the sources behind them.
create or replace function app_hidden.name_occurrence_summary(compare_form text) returns jsonb
  language sql stable
  as $$
    select jsonb_build_object(
      'rows', coalesce(sum(o.row_count), 0),
      'projects', coalesce(sum(o.project_count), 0),
      'firstSeenAt', min(o.first_seen_at),
      'lastSeenAt', max(o.last_seen_at),
      'maxTrust', max(s.trust_rank),
      'feedSources', coalesce(jsonb_agg(o.source_system order by o.source_system), '[]'),
      'sources', coalesce(jsonb_agg(jsonb_build_object(
        'sourceSystem', o.source_system, 'sourceName', s.name, 'trustRank', s.trust_rank, 'via', 'feed',
        'rows', o.row_count, 'projects', o.project_count,
        'firstSeenAt', o.first_seen_at, 'lastSeenAt', o.last_seen_at) order by s.trust_rank desc, o.source_system), '[]')
    )
    from app_public.alias_occurrences o
    join app_public.source_systems s on s.key = o.source_system
    where o.compare_form = name_occurrence_summary.compare_form
  $$;
grant execute on function app_hidden.name_occurrence_summary(text) to :ROLE_ANALYST;

-- Seam for the pending-employer queue (imports): open pending items with this
-- compare form, as [{"kind": "open_pending_item", "pendingId": …, "name": …}].
-- The imports migration replaces this function once its tables exist.
create or replace function app_hidden.promotion_pending_conflicts(compare_form text) returns jsonb
  language sql stable
  as $$ select '[]'::jsonb $$;
comment on function app_hidden.promotion_pending_conflicts(text) is
  'Open pending items whose name has this compare form (replaced by the imports migration; empty until then).';
grant execute on function app_hidden.promotion_pending_conflicts(text) to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Claims: one per employer; a claim past expires_at counts for nothing.
create table app_public.promotion_claims (
  employer_id bigint primary key references app_public.employers (id) on delete cascade,
  claimed_by bigint not null references app_public.users (id) on delete cascade,
  claimed_at timestamptz not null default now(),
  expires_at timestamptz not null,
  constraint expires_after_claim check (expires_at > claimed_at)
);
create index promotion_claims_claimed_by_idx on app_public.promotion_claims (claimed_by);
comment on table app_public.promotion_claims is
  'Which steward is working on an employer''s promotion item, until when. Others cannot decide it meanwhile; expired claims count for nothing.';
comment on column app_public.promotion_claims.expires_at is 'The claim lapses at this time unless renewed by claiming again.';
create trigger _500_audit after insert or update or delete on app_public.promotion_claims
  for each row execute function app_hidden.tg__audit('employer_id');
alter table app_public.promotion_claims enable row level security;
create policy select_analyst on app_public.promotion_claims for select to :ROLE_ANALYST using (true);
grant select on app_public.promotion_claims to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- The decision log: append-only for everyone, the owner included.
create type app_public.canonical_decision_action as enum ('promote', 'reject', 'defer', 'revert');
comment on type app_public.canonical_decision_action is
  'promote: an alias became the canonical name; reject: it should not; defer: decide later; revert: a promotion undone.';

create table app_public.canonical_decisions (
  id bigint generated always as identity primary key,
  -- no action (not restrict): the error is the usual 23503, "still referred to"
  employer_id bigint not null references app_public.employers (id) on delete no action,
  action app_public.canonical_decision_action not null,
  -- no foreign key: a promoted alias is removed (its name is the canonical name now)
  candidate_alias_id bigint,
  candidate_name text,
  candidate_compare_form text,
  name_before text not null,
  name_after text not null,
  compare_before text not null,
  compare_after text not null,
  rationale text constraint rationale_length check (length(rationale) <= 2000),
  defer_until date,
  evidence jsonb not null,
  promoted_alias jsonb,
  former_alias_id bigint,
  reverts_decision_id bigint references app_public.canonical_decisions (id) on delete no action,
  decided_by bigint references app_public.users (id) on delete no action,
  decided_role text not null,
  decided_at timestamptz not null default now(),
  constraint defer_has_date check ((action = 'defer') = (defer_until is not null)),
  constraint rationale_when_required check (
    action = 'promote' or (rationale is not null and length(btrim(rationale)) > 0)),
  constraint revert_names_decision check ((action = 'revert') = (reverts_decision_id is not null)),
  constraint reverted_once unique (reverts_decision_id)
);
create index canonical_decisions_employer_idx on app_public.canonical_decisions (employer_id, id);
create index canonical_decisions_decided_at_idx on app_public.canonical_decisions (decided_at);
create index canonical_decisions_decided_by_idx on app_public.canonical_decisions (decided_by);
create index canonical_decisions_action_idx on app_public.canonical_decisions (action);
comment on table app_public.canonical_decisions is
  'Every promote, reject, defer and revert of a canonical name, with the evidence shown at the time. Append-only: nobody can change or delete a row.';
comment on column app_public.canonical_decisions.candidate_alias_id is 'The alias decided on (null for an employer whose canonical name looks like a feed spelling and no better name is known).';
comment on column app_public.canonical_decisions.candidate_name is 'The name decided on.';
comment on column app_public.canonical_decisions.name_before is 'The canonical name before the decision.';
comment on column app_public.canonical_decisions.name_after is 'The canonical name after the decision (the same as before for reject and defer).';
comment on column app_public.canonical_decisions.rationale is 'Why: required for reject, defer and revert.';
comment on column app_public.canonical_decisions.defer_until is 'For defer: the day the item comes back to the queue.';
comment on column app_public.canonical_decisions.evidence is 'The evidence shown when deciding: rules, score, sources and their trust, occurrences, conflicts.';
comment on column app_public.canonical_decisions.promoted_alias is 'For promote: the alias row as it was, so a revert restores it with its provenance.';
comment on column app_public.canonical_decisions.former_alias_id is 'For promote: the alias that keeps the previous canonical name.';
comment on column app_public.canonical_decisions.reverts_decision_id is 'For revert: the promotion it undid (each can be undone once).';
comment on column app_public.canonical_decisions.decided_by is 'The steward or admin who decided (null for operator work).';
comment on column app_public.canonical_decisions.decided_role is 'The role they decided as.';
comment on column app_public.canonical_decisions.compare_before is 'Compare form of name_before.';
comment on column app_public.canonical_decisions.compare_after is 'Compare form of name_after.';
comment on column app_public.canonical_decisions.candidate_compare_form is 'Compare form of candidate_name.';

create or replace function app_hidden.tg_canonical_decisions__append_only() returns trigger
  language plpgsql
  as $$
begin
  raise exception 'The canonical decision log is append-only: record a new decision instead' using errcode = 'APPND';
end;
$$;
create trigger _500_append_only before update or delete on app_public.canonical_decisions
  for each row execute function app_hidden.tg_canonical_decisions__append_only();
create trigger _510_append_only_truncate before truncate on app_public.canonical_decisions
  for each statement execute function app_hidden.tg_canonical_decisions__append_only();

alter table app_public.canonical_decisions enable row level security;
create policy select_analyst on app_public.canonical_decisions for select to :ROLE_ANALYST using (true);
-- Reads only: decisions are written by the functions below (security definer).
grant select on app_public.canonical_decisions to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Every possible candidate with its evidence, rules, score and state. One row
-- per active employer and each of its current aliases, plus one row without a
-- candidate (alias_id null) for "the canonical name looks like a feed spelling
-- and no better name is known". Filters on employer_id reach the base tables.
create view app_hidden.promotion_candidates with (security_invoker = true) as
select
  e.id as employer_id,
  e.name as employer_name,
  c.alias_id,
  c.name as candidate_name,
  c.kind as candidate_kind,
  c.compare_form as candidate_compare_form,
  r.rules,
  sc.score,
  im.impact,
  round(im.impact * greatest(0.1, 1 - abs(2 * sc.score - 1)), 4) as priority,
  n.candidate_rows,
  n.candidate_projects,
  n.canonical_rows,
  (co.summary->>'firstSeenAt')::timestamptz as first_seen_at,
  (co.summary->>'lastSeenAt')::timestamptz as last_seen_at,
  src.sources,
  k.conflicts,
  jsonb_array_length(k.conflicts) as conflict_count,
  st.status,
  ld.id as last_decision_id,
  case
    when ld.id is null or st.status = 'no_rule' then c.added_at
    when ld.action = 'defer' then greatest(c.added_at, ld.defer_until::timestamptz)
    else greatest(c.added_at, ld.decided_at)
  end as queued_since,
  cl.claimed_by,
  cl.claimed_by_username,
  cl.expires_at as claim_expires_at,
  jsonb_build_object(
    'rules', to_jsonb(r.rules),
    'score', sc.score,
    'impact', im.impact,
    'candidate', case when c.alias_id is not null then jsonb_build_object(
      'aliasId', c.alias_id, 'name', c.name, 'kind', c.kind, 'sourceSystem', c.source_system,
      'trustRank', c.trust_rank, 'addedAt', c.added_at, 'feedSigns', to_jsonb(c.signs),
      'rows', n.candidate_rows, 'projects', n.candidate_projects,
      'maxTrust', greatest(c.trust_rank, (co.summary->>'maxTrust')::integer),
      'feedSources', co.summary->'feedSources') end,
    'canonical', jsonb_build_object(
      'name', e.name, 'feedSigns', to_jsonb(f.signs), 'trustRank', kt.trust,
      'rows', n.canonical_rows, 'projects', n.canonical_projects,
      'maxTrust', kt.trust, 'feedSources', ko.summary->'feedSources'),
    'occurrences', jsonb_build_object(
      'rows', n.candidate_rows, 'projects', n.candidate_projects,
      'firstSeenAt', co.summary->'firstSeenAt', 'lastSeenAt', co.summary->'lastSeenAt'),
    'sources', src.sources,
    'conflicts', k.conflicts
  ) as evidence
from app_public.employers e
-- offset 0 keeps each lateral from being pulled up and its functions re-run
-- at every reference to its columns.
cross join lateral (select app_hidden.name_feed_spelling_signs(e.name, e.compare_name, e.base_name) as signs offset 0) f
cross join lateral (
  select a.id as alias_id, a.name, a.kind, a.compare_form, a.base_form, a.source_system, s.trust_rank, a.added_at,
         app_hidden.name_feed_spelling_signs(a.name, a.compare_form, a.base_form) as signs
  from app_public.aliases a
  join app_public.source_systems s on s.key = a.source_system
  where a.employer_id = e.id and (a.valid_to is null or a.valid_to > current_date)
  union all
  select null, null, null, null, null, null, null, e.created_at, '{}'::text[]
) c
cross join lateral (
  select case when c.alias_id is not null then app_hidden.name_occurrence_summary(c.compare_form) end as summary offset 0
) co
cross join lateral (select app_hidden.name_occurrence_summary(e.compare_name) as summary offset 0) ko
cross join lateral (
  select coalesce((co.summary->>'rows')::bigint, 0) as candidate_rows,
         coalesce((co.summary->>'projects')::bigint, 0) as candidate_projects,
         coalesce((ko.summary->>'rows')::bigint, 0) as canonical_rows,
         coalesce((ko.summary->>'projects')::bigint, 0) as canonical_projects
  offset 0
) n
cross join lateral (
  select greatest((app_hidden.promotion_settings()->>'canonical_trust')::integer,
                  (ko.summary->>'maxTrust')::integer) as trust
  offset 0
) kt
cross join lateral (
  select case when c.alias_id is null then '[]'::jsonb
    else jsonb_build_array(jsonb_build_object(
           'sourceSystem', c.source_system, 'trustRank', c.trust_rank, 'via', 'alias', 'addedAt', c.added_at))
         || (co.summary->'sources')
    end as sources
) src
cross join lateral (
  select case when c.alias_id is null then '[]'::jsonb else coalesce((
    select jsonb_agg(jsonb_build_object(
             'kind', case when app_hidden.are_distinct(e.id, others.id) then 'distinct_employer' else 'name_of_other_employer' end,
             'employerId', others.id, 'employerName', others.name) order by others.id)
    from (
      -- two index lookups (canonical names, aliases), not a scan of employers
      select o.id, o.name from app_public.employers o
      where o.compare_name = c.compare_form and o.id <> e.id and o.status <> 'merged'
      union
      select o.id, o.name from app_public.aliases oa join app_public.employers o on o.id = oa.employer_id
      where oa.compare_form = c.compare_form and oa.employer_id <> e.id and o.status <> 'merged'
    ) others
  ), '[]'::jsonb) || app_hidden.promotion_pending_conflicts(c.compare_form) end as conflicts
  offset 0
) k
cross join lateral (
  select array_remove(array[
    case when c.kind in ('legal', 'trading')
           and c.trust_rank >= (app_hidden.promotion_settings()->>'min_trust')::integer
           and c.trust_rank > kt.trust
           and cardinality(c.signs) = 0 and c.base_form <> e.base_name
      then 'trusted_legal_or_trading_name' end,
    case when c.kind <> 'former'
           and n.candidate_rows >= (app_hidden.promotion_settings()->>'min_occurrences')::bigint
           and n.candidate_rows > n.canonical_rows
      then 'seen_more_often_in_feeds' end,
    case when cardinality(f.signs) > 0 and (
           (c.alias_id is not null and c.kind <> 'former' and cardinality(c.signs) = 0)
           or (c.alias_id is null and not exists (
                 select 1 from app_public.aliases a2
                 where a2.employer_id = e.id and (a2.valid_to is null or a2.valid_to > current_date)
                   and a2.kind <> 'former'
                   and cardinality(app_hidden.name_feed_spelling_signs(a2.name, a2.compare_form, a2.base_form)) = 0)))
      then 'canonical_looks_like_feed_spelling' end
  ], null) as rules
  offset 0
) r
cross join lateral (
  select case when c.alias_id is null then 0.5 else round(least(0.95, greatest(0.05,
      0.5
      + case when 'trusted_legal_or_trading_name' = any (r.rules) then 0.1 + (c.trust_rank - 50) / 250.0 else 0 end
      + case when n.candidate_rows + n.canonical_rows > 0
          then 0.3 * (n.candidate_rows::numeric / (n.candidate_rows + n.canonical_rows) - 0.5) else 0 end
      + case when cardinality(f.signs) > 0 and cardinality(c.signs) = 0 then 0.15 else 0 end
      - case when cardinality(c.signs) > 0 then 0.2 else 0 end
      - least(0.45, 0.15 * jsonb_array_length(k.conflicts))
    )), 4) end as score
  offset 0
) sc
cross join lateral (
  select 1 + n.candidate_rows + n.canonical_rows + n.candidate_projects + n.canonical_projects as impact
) im
-- The latest decision about this name of this employer: about it as a
-- candidate, or about it as the canonical name a promotion replaced.
left join lateral (
  select d.id, d.action, d.decided_at, d.defer_until,
         case when d.candidate_compare_form is not distinct from c.compare_form then d.evidence->'candidate'
              else d.evidence->'canonical' end as seen
  from app_public.canonical_decisions d
  where d.employer_id = e.id
    and ((c.alias_id is not null and (d.candidate_compare_form = c.compare_form
                                      or (d.action in ('promote', 'revert') and d.compare_before = c.compare_form)))
         or (c.alias_id is null and d.candidate_compare_form is null and d.compare_before = e.compare_name))
  order by d.id desc
  limit 1
) ld on true
cross join lateral (
  select case
      when cardinality(r.rules) = 0 then 'no_rule'
      when ld.id is null then 'queued'
      when ld.action = 'defer' then case when ld.defer_until <= current_date then 'queued' else 'deferred' end
      -- A rejected or settled name comes back only with new evidence: a feed
      -- that had not carried it, a more trusted source, or at least twice the
      -- feed rows (and min_occurrences more).
      when c.alias_id is not null and (
             (c.added_at > ld.decided_at and c.trust_rank > coalesce((ld.seen->>'maxTrust')::integer, 0))
             or exists (select 1 from jsonb_array_elements(co.summary->'feedSources') fs
                        where not coalesce(ld.seen->'feedSources', '[]'::jsonb) @> jsonb_build_array(fs.value))
             or n.candidate_rows >= greatest(
                  2 * coalesce((ld.seen->>'rows')::bigint, 0),
                  coalesce((ld.seen->>'rows')::bigint, 0) + (app_hidden.promotion_settings()->>'min_occurrences')::bigint))
        then 'queued'
      when ld.action = 'reject' then 'rejected'
      else 'settled'
    end as status
) st
left join lateral (
  select pc.claimed_by, u.username::text as claimed_by_username, pc.expires_at
  from app_public.promotion_claims pc
  join app_public.users u on u.id = pc.claimed_by
  where pc.employer_id = e.id and pc.expires_at > now()
) cl on true
where e.status = 'active';
comment on view app_hidden.promotion_candidates is
  'Every candidate name of every active employer with its rules, evidence, score and queue state (queued, deferred, rejected, settled, no_rule).';
grant select on app_hidden.promotion_candidates to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- The queue, as GraphQL shows it.
create type app_public.promotion_queue_item as (
  employer_id bigint,
  employer_name text,
  alias_id bigint,
  candidate_name text,
  candidate_kind app_public.alias_kind,
  rules text[],
  score numeric,
  impact bigint,
  priority numeric,
  candidate_rows bigint,
  candidate_projects bigint,
  canonical_rows bigint,
  first_seen_at timestamptz,
  last_seen_at timestamptz,
  sources jsonb,
  conflicts jsonb,
  conflict_count integer,
  status text,
  last_decision_id bigint,
  queued_since timestamptz,
  claimed_by bigint,
  claimed_by_username text,
  claim_expires_at timestamptz,
  evidence jsonb
);
comment on type app_public.promotion_queue_item is 'A name that could serve better as an employer''s canonical name, with its evidence.';
comment on column app_public.promotion_queue_item.alias_id is 'The candidate alias; null when the canonical name looks like a feed spelling and no better name is known (add one, or reject or defer).';
comment on column app_public.promotion_queue_item.rules is 'Why it is a candidate: trusted_legal_or_trading_name, seen_more_often_in_feeds, canonical_looks_like_feed_spelling.';
comment on column app_public.promotion_queue_item.score is 'How likely the candidate is the better name, from 0.05 to 0.95 (0.5: no idea).';
comment on column app_public.promotion_queue_item.impact is '1 + feed rows and projects carrying the candidate or the canonical name.';
comment on column app_public.promotion_queue_item.priority is 'The queue order: impact times uncertainty (highest when the score is near 0.5).';
comment on column app_public.promotion_queue_item.candidate_rows is 'Feed rows that carried the candidate name.';
comment on column app_public.promotion_queue_item.candidate_projects is 'Projects those rows belong to.';
comment on column app_public.promotion_queue_item.canonical_rows is 'Feed rows that carried the current canonical name.';
comment on column app_public.promotion_queue_item.sources is 'Where the candidate comes from: its alias provenance and each feed that carried it, with trust ranks.';
comment on column app_public.promotion_queue_item.conflicts is 'The candidate name also belongs to another employer (distinct_employer when recorded as distinct), or to an open pending item.';
comment on column app_public.promotion_queue_item.status is 'queued here; promotionCandidatesForEmployer also shows deferred, rejected, settled and no_rule.';
comment on column app_public.promotion_queue_item.last_decision_id is 'The latest decision about this name, if any.';
comment on column app_public.promotion_queue_item.queued_since is 'Since when the item waits: the alias was added, a deferral ended or new evidence came.';
comment on column app_public.promotion_queue_item.claimed_by is 'The steward holding an unexpired claim on the employer, if any.';
comment on column app_public.promotion_queue_item.evidence is 'Everything above as one document: what a decision records as its evidence.';

create or replace function app_public.canonical_promotion_queue() returns setof app_public.promotion_queue_item
  language plpgsql stable
  as $$
begin
  perform app_hidden.assert_feature_enabled('canonical_promotion');
  return query
    select c.employer_id, c.employer_name, c.alias_id, c.candidate_name, c.candidate_kind, c.rules, c.score, c.impact,
           c.priority, c.candidate_rows, c.candidate_projects, c.canonical_rows, c.first_seen_at, c.last_seen_at,
           c.sources, c.conflicts, c.conflict_count, c.status, c.last_decision_id, c.queued_since, c.claimed_by,
           c.claimed_by_username, c.claim_expires_at, c.evidence
    from app_hidden.promotion_candidates c
    where c.status = 'queued'
    order by c.priority desc, c.queued_since, c.employer_id, c.alias_id nulls first;
end;
$$;
comment on function app_public.canonical_promotion_queue() is
  'Analysts and stewards: names that could serve better as canonical names, most important first (impact times uncertainty). Rejected names stay out unless new evidence arrives; deferred ones return when their date passes.';
grant execute on function app_public.canonical_promotion_queue() to :ROLE_ANALYST;

create or replace function app_public.promotion_candidates_for_employer(employer_id bigint) returns setof app_public.promotion_queue_item
  language plpgsql stable
  as $$
begin
  perform app_hidden.assert_feature_enabled('canonical_promotion');
  return query
    select c.employer_id, c.employer_name, c.alias_id, c.candidate_name, c.candidate_kind, c.rules, c.score, c.impact,
           c.priority, c.candidate_rows, c.candidate_projects, c.canonical_rows, c.first_seen_at, c.last_seen_at,
           c.sources, c.conflicts, c.conflict_count, c.status, c.last_decision_id, c.queued_since, c.claimed_by,
           c.claimed_by_username, c.claim_expires_at, c.evidence
    from app_hidden.promotion_candidates c
    where c.employer_id = promotion_candidates_for_employer.employer_id
    order by c.status = 'queued' desc, c.priority desc, c.alias_id nulls first;
end;
$$;
comment on function app_public.promotion_candidates_for_employer(bigint) is
  'Analysts and stewards: every name of one employer with its evidence and queue state, decided or not.';
grant execute on function app_public.promotion_candidates_for_employer(bigint) to :ROLE_ANALYST;

-- The evidence of one (employer, alias) now: what a decision records.
create or replace function app_hidden.promotion_evidence_snapshot(employer_id bigint, alias_id bigint) returns jsonb
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    select c.evidence || jsonb_build_object('status', c.status, 'priority', c.priority, 'queuedSince', c.queued_since,
                                            'takenAt', now())
    from app_hidden.promotion_candidates c
    where c.employer_id = promotion_evidence_snapshot.employer_id
      and c.alias_id is not distinct from promotion_evidence_snapshot.alias_id
  $$;

-------------------------------------------------------------------------------
-- Claims and decisions start here: the employer row is locked (FOR NO KEY
-- UPDATE, so alias inserts by imports are not blocked), then the function
-- checks nobody decided this employer while it waited for the lock, and that
-- nobody else holds an unexpired claim. Two stewards at once: the second
-- waits for the first, then gets DECISION_CONFLICT.
create or replace function app_hidden.lock_employer_for_promotion(employer_id bigint, deciding boolean) returns app_public.employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_seen bigint;
  v_employer app_public.employers;
  v_later record;
  v_claim record;
begin
  perform app_hidden.assert_feature_enabled('canonical_promotion');
  -- The last decision committed before we wait (a statement of its own: its own snapshot).
  select coalesce(max(d.id), 0) into v_seen from app_public.canonical_decisions d
    where d.employer_id = lock_employer_for_promotion.employer_id;
  perform 1 from app_public.employers e where e.id = lock_employer_for_promotion.employer_id for no key update;
  v_employer := app_hidden.employer_for_change(employer_id);
  if deciding then
    select d.id, d.action, coalesce(u.username::text, 'an operator') as who into v_later
      from app_public.canonical_decisions d
      left join app_public.users u on u.id = d.decided_by
      where d.employer_id = lock_employer_for_promotion.employer_id and d.id > v_seen
      order by d.id desc limit 1;
    if v_later.id is not null then
      raise exception 'Employer #% was decided by % a moment ago (decision #%: %): reload it before deciding',
        employer_id, v_later.who, v_later.id, v_later.action using errcode = 'PRCNF';
    end if;
  end if;
  select c.expires_at, u.username::text as who into v_claim
    from app_public.promotion_claims c
    join app_public.users u on u.id = c.claimed_by
    where c.employer_id = lock_employer_for_promotion.employer_id
      and c.expires_at > now()
      and c.claimed_by is distinct from app_hidden.current_user_id();
  if v_claim.who is not null then
    raise exception 'Employer #% is claimed by % until %', employer_id, v_claim.who,
      to_char(v_claim.expires_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') using errcode = 'PRCLM';
  end if;
  return v_employer;
end;
$$;

create or replace function app_public.claim_promotion_item(employer_id bigint, minutes integer default 30)
  returns app_public.promotion_claims
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_claim app_public.promotion_claims;
begin
  if minutes is null or minutes < 1 or minutes > (app_hidden.promotion_settings()->>'max_claim_minutes')::integer then
    raise exception 'A claim lasts from 1 to % minutes', app_hidden.promotion_settings()->>'max_claim_minutes'
      using errcode = 'PRDUR';
  end if;
  if app_hidden.current_user_id() is null then
    raise exception 'Only a logged-in steward can claim an item' using errcode = 'PRCLM';
  end if;
  perform app_hidden.lock_employer_for_promotion(employer_id, false);
  insert into app_public.promotion_claims as c (employer_id, claimed_by, claimed_at, expires_at)
    values (claim_promotion_item.employer_id, app_hidden.current_user_id(), now(), now() + make_interval(mins => minutes))
    on conflict on constraint promotion_claims_pkey do update
      set claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
    returning * into v_claim;
  return v_claim;
end;
$$;
comment on function app_public.claim_promotion_item(bigint, integer) is
  'Steward: claims an employer''s promotion item for some minutes (default 30, at most 480); claiming again renews it. Others cannot decide it until the claim is released, used or expired.';
grant execute on function app_public.claim_promotion_item(bigint, integer) to :ROLE_STEWARD;

create or replace function app_public.release_promotion_item(employer_id bigint) returns app_public.promotion_claims
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_claim app_public.promotion_claims;
  v_holder text;
begin
  perform app_hidden.assert_feature_enabled('canonical_promotion');
  select * into v_claim from app_public.promotion_claims c
    where c.employer_id = release_promotion_item.employer_id and c.expires_at > now()
    for update;
  if v_claim.employer_id is null then
    raise exception 'Employer #% is not claimed', employer_id using errcode = 'NTFND';
  end if;
  if v_claim.claimed_by is distinct from app_hidden.current_user_id() and app_hidden.current_role_name() <> 'admin' then
    select u.username::text into v_holder from app_public.users u where u.id = v_claim.claimed_by;
    raise exception 'Employer #% is claimed by %: only they or an admin can release it', employer_id, v_holder
      using errcode = 'PRCLM';
  end if;
  delete from app_public.promotion_claims c where c.employer_id = release_promotion_item.employer_id;
  return v_claim;
end;
$$;
comment on function app_public.release_promotion_item(bigint) is
  'Steward: gives up their claim on an employer''s promotion item. Admins can release anyone''s claim.';
grant execute on function app_public.release_promotion_item(bigint) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Decisions
create or replace function app_hidden.assert_rationale(rationale text, what text) returns void
  language plpgsql immutable
  as $$
begin
  if rationale is null or length(btrim(rationale)) = 0 then
    raise exception 'Say why you % (a rationale is required)', what using errcode = 'RSNRQ';
  end if;
end;
$$;

-- The alias, which must be a current name of this employer.
create or replace function app_hidden.promotion_alias_of(employer_id bigint, alias_id bigint) returns app_public.aliases
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_alias app_public.aliases;
  v_owner text;
begin
  select * into v_alias from app_public.aliases a where a.id = promotion_alias_of.alias_id;
  if v_alias.id is null then
    raise exception 'No alias #%', alias_id using errcode = 'NTFND';
  end if;
  if v_alias.employer_id <> promotion_alias_of.employer_id then
    select e.name into v_owner from app_public.employers e where e.id = v_alias.employer_id;
    raise exception 'Alias #% ("%") is a name of employer #% (%), not of employer #%',
      alias_id, v_alias.name, v_alias.employer_id, v_owner, employer_id using errcode = 'PRNCA';
  end if;
  if v_alias.valid_to is not null and v_alias.valid_to <= current_date then
    raise exception 'Alias #% ("%") was retired on %: it cannot be decided on', alias_id, v_alias.name, v_alias.valid_to
      using errcode = 'PRNCA';
  end if;
  return v_alias;
end;
$$;

create or replace function app_hidden.record_canonical_decision(
  employer app_public.employers,
  action app_public.canonical_decision_action,
  alias_id bigint,
  candidate_name text,
  name_after text,
  rationale text,
  defer_until date,
  evidence jsonb,
  promoted_alias jsonb default null,
  former_alias_id bigint default null,
  reverts_decision_id bigint default null
) returns app_public.canonical_decisions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_decision app_public.canonical_decisions;
begin
  insert into app_public.canonical_decisions (
      employer_id, action, candidate_alias_id, candidate_name, candidate_compare_form, name_before, name_after,
      compare_before, compare_after, rationale, defer_until, evidence, promoted_alias, former_alias_id,
      reverts_decision_id, decided_by, decided_role)
    values (
      employer.id, action, alias_id, candidate_name, app_hidden.name_compare_form(candidate_name), employer.name,
      name_after, employer.compare_name, app_hidden.name_compare_form(name_after), nullif(btrim(rationale), ''),
      defer_until, coalesce(evidence, '{}'::jsonb), promoted_alias, former_alias_id, reverts_decision_id,
      app_hidden.current_user_id(), app_hidden.current_role_name())
    returning * into v_decision;
  -- The item is decided: a claim on it has done its job.
  delete from app_public.promotion_claims c where c.employer_id = employer.id;
  return v_decision;
end;
$$;

create or replace function app_public.promote_canonical_name(
  employer_id bigint,
  alias_id bigint,
  rationale text default null,
  previous_name_kind app_public.alias_kind default null
) returns app_public.canonical_decisions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.lock_employer_for_promotion(employer_id, true);
  v_alias app_public.aliases := app_hidden.promotion_alias_of(employer_id, alias_id);
  v_evidence jsonb := app_hidden.promotion_evidence_snapshot(employer_id, alias_id);
  v_kind app_public.alias_kind;
  v_former_id bigint;
begin
  -- The old name is kept as an alias of the kind it really is, unless the steward says otherwise.
  v_kind := coalesce(previous_name_kind, case
    when cardinality(app_hidden.name_feed_spelling_signs(v_employer.name, v_employer.compare_name, v_employer.base_name)) > 0
      then 'feed_spelling'
    when v_alias.kind = 'trading' and exists (select 1 from app_hidden.name_legal_forms(v_employer.name)) then 'legal'
    else 'former'
  end::app_public.alias_kind);
  delete from app_public.aliases a where a.id = v_alias.id;
  update app_public.employers e set name = v_alias.name where e.id = v_employer.id;
  if not exists (select 1 from app_public.aliases a
                 where a.employer_id = v_employer.id and a.compare_form = v_employer.compare_name) then
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, added_by)
      values (v_employer.id, v_employer.name, v_kind, app_hidden.default_alias_visibility(v_kind), 'manual',
              'canonical name until promotion of alias #' || v_alias.id, app_hidden.current_user_id())
      returning id into v_former_id;
  end if;
  return app_hidden.record_canonical_decision(v_employer, 'promote', v_alias.id, v_alias.name, v_alias.name, rationale,
    null, v_evidence, to_jsonb(v_alias), v_former_id);
end;
$$;
comment on function app_public.promote_canonical_name(bigint, bigint, text, app_public.alias_kind) is
  'Steward: the alias becomes the employer''s canonical name, and the old canonical name stays as an alias (feed_spelling if it looked like one, legal when a trading name replaces a legal name, otherwise former; or previousNameKind). Atomic; logged with the evidence; undo with revertCanonicalPromotion.';
grant execute on function app_public.promote_canonical_name(bigint, bigint, text, app_public.alias_kind) to :ROLE_STEWARD;

create or replace function app_public.reject_promotion_candidate(employer_id bigint, alias_id bigint, rationale text)
  returns app_public.canonical_decisions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.lock_employer_for_promotion(employer_id, true);
  v_alias app_public.aliases;
begin
  perform app_hidden.assert_rationale(rationale, 'reject it');
  if alias_id is not null then
    v_alias := app_hidden.promotion_alias_of(employer_id, alias_id);
  end if;
  return app_hidden.record_canonical_decision(v_employer, 'reject', v_alias.id, v_alias.name, v_employer.name,
    rationale, null, app_hidden.promotion_evidence_snapshot(employer_id, alias_id));
end;
$$;
comment on function app_public.reject_promotion_candidate(bigint, bigint, text) is
  'Steward: the alias should not become the canonical name (aliasId null: the canonical name is fine as it is). Needs a rationale. The item stays out of the queue unless new evidence arrives.';
grant execute on function app_public.reject_promotion_candidate(bigint, bigint, text) to :ROLE_STEWARD;

create or replace function app_public.defer_promotion_candidate(employer_id bigint, alias_id bigint, until date, rationale text)
  returns app_public.canonical_decisions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.lock_employer_for_promotion(employer_id, true);
  v_alias app_public.aliases;
begin
  if until is null or until <= current_date then
    raise exception 'Defer until a day after today (got %)', coalesce(until::text, 'none') using errcode = 'PRDAT';
  end if;
  if until > current_date + (app_hidden.promotion_settings()->>'max_defer_days')::integer then
    raise exception 'Defer by at most % days', app_hidden.promotion_settings()->>'max_defer_days' using errcode = 'PRDAT';
  end if;
  perform app_hidden.assert_rationale(rationale, 'defer it');
  if alias_id is not null then
    v_alias := app_hidden.promotion_alias_of(employer_id, alias_id);
  end if;
  return app_hidden.record_canonical_decision(v_employer, 'defer', v_alias.id, v_alias.name, v_employer.name,
    rationale, until, app_hidden.promotion_evidence_snapshot(employer_id, alias_id));
end;
$$;
comment on function app_public.defer_promotion_candidate(bigint, bigint, date, text) is
  'Steward: decide later. The item leaves the queue and comes back on the given day (after today, at most two years ahead). Needs a rationale.';
grant execute on function app_public.defer_promotion_candidate(bigint, bigint, date, text) to :ROLE_STEWARD;

create or replace function app_public.revert_canonical_promotion(decision_id bigint, rationale text)
  returns app_public.canonical_decisions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_promotion app_public.canonical_decisions;
  v_employer app_public.employers;
  v_alias jsonb;
  v_restored_id bigint;
begin
  perform app_hidden.assert_feature_enabled('canonical_promotion');
  select * into v_promotion from app_public.canonical_decisions d where d.id = decision_id;
  if v_promotion.id is null then
    raise exception 'No decision #%', decision_id using errcode = 'NTFND';
  end if;
  if v_promotion.action <> 'promote' then
    raise exception 'Decision #% is a %, not a promotion: only promotions can be reverted', decision_id, v_promotion.action
      using errcode = 'PRREV';
  end if;
  v_employer := app_hidden.lock_employer_for_promotion(v_promotion.employer_id, false);
  perform app_hidden.assert_rationale(rationale, 'revert it');
  if exists (select 1 from app_public.canonical_decisions d where d.reverts_decision_id = v_promotion.id) then
    raise exception 'Promotion #% was reverted already', decision_id using errcode = 'PRREV';
  end if;
  if v_employer.compare_name <> v_promotion.compare_after then
    raise exception 'Employer #% is called "%" now, not "%": revert the later change first',
      v_employer.id, v_employer.name, v_promotion.name_after using errcode = 'PRREV';
  end if;
  v_alias := v_promotion.promoted_alias;
  if v_promotion.former_alias_id is not null then
    delete from app_public.aliases a where a.id = v_promotion.former_alias_id and a.employer_id = v_employer.id;
  end if;
  update app_public.employers e set name = v_promotion.name_before where e.id = v_employer.id;
  -- The promoted name is an alias again, with the provenance it had.
  if not exists (select 1 from app_public.aliases a
                 where a.employer_id = v_employer.id and a.compare_form = v_employer.compare_name) then
    insert into app_public.aliases (employer_id, name, kind, visibility, valid_from, valid_to, source_system, source_ref,
                                    import_batch_id, import_row, added_by, added_at)
      values (v_employer.id, v_alias->>'name', (v_alias->>'kind')::app_public.alias_kind,
              (v_alias->>'visibility')::app_public.alias_visibility, (v_alias->>'valid_from')::date,
              (v_alias->>'valid_to')::date,
              case when exists (select 1 from app_public.source_systems s where s.key = v_alias->>'source_system')
                   then v_alias->>'source_system' else 'manual' end,
              v_alias->>'source_ref', (v_alias->>'import_batch_id')::bigint, (v_alias->>'import_row')::integer,
              (select u.id from app_public.users u where u.id = (v_alias->>'added_by')::bigint),
              coalesce((v_alias->>'added_at')::timestamptz, now()))
      returning id into v_restored_id;
  end if;
  return app_hidden.record_canonical_decision(v_employer, 'revert', v_restored_id, v_alias->>'name',
    v_promotion.name_before, rationale, null,
    jsonb_build_object('reverts', v_promotion.id, 'promotionEvidence', v_promotion.evidence,
                       'candidate', v_promotion.evidence->'candidate', 'canonical', v_promotion.evidence->'canonical',
                       'takenAt', now()),
    null, null, v_promotion.id);
end;
$$;
comment on function app_public.revert_canonical_promotion(bigint, text) is
  'Steward: undoes a promotion as a new decision: the previous canonical name is restored, the promoted name is an alias again with its provenance. Needs a rationale; refused when the name changed again since.';
grant execute on function app_public.revert_canonical_promotion(bigint, text) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Metrics for the analytics dashboard.
create view app_public.promotion_backlog with (security_invoker = true) as
  select
    count(*)::integer as items,
    (count(*) filter (where q.claimed_by is null))::integer as unclaimed_items,
    (count(*) filter (where q.claimed_by is not null))::integer as claimed_items,
    (count(*) filter (where q.conflict_count > 0))::integer as items_with_conflicts,
    min(q.queued_since) as oldest_queued_since,
    round((extract(epoch from now() - min(q.queued_since)) / 86400)::numeric, 2) as oldest_item_age_days,
    now() as measured_at
  from app_public.canonical_promotion_queue() q;
comment on view app_public.promotion_backlog is 'The promotion queue in one row: how many items, how many claimed, and the age of the oldest.';
comment on column app_public.promotion_backlog.items is 'Items in the queue.';
comment on column app_public.promotion_backlog.oldest_queued_since is 'Since when the oldest item waits.';
comment on column app_public.promotion_backlog.oldest_item_age_days is 'Its age in days.';
grant select on app_public.promotion_backlog to :ROLE_ANALYST;

create view app_public.promotion_decisions_per_day with (security_invoker = true) as
  select d.decided_at::date as day, d.action, count(*)::integer as decisions
  from app_public.canonical_decisions d
  group by 1, 2;
comment on view app_public.promotion_decisions_per_day is 'Decisions per day (in the database time zone) and action.';
grant select on app_public.promotion_decisions_per_day to :ROLE_ANALYST;

create view app_public.promotion_decisions_per_steward_day with (security_invoker = true) as
  select d.decided_at::date as day, d.decided_by, u.username::text as username, d.action, count(*)::integer as decisions
  from app_public.canonical_decisions d
  left join app_public.users u on u.id = d.decided_by
  group by 1, 2, 3, 4;
comment on view app_public.promotion_decisions_per_steward_day is 'Decisions per day, steward and action (decided_by null: operator work).';
grant select on app_public.promotion_decisions_per_steward_day to :ROLE_ANALYST;

--! split: 4-imports.sql
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

--! split: 5-analytics.sql
-- Analytics: daily rollups of what the registry records, read by analysts
-- (GraphQL connections with filters and aggregates, CSV exports), refreshed
-- by a graphile-worker cron task (server/src/tasks/analytics_rollups__refresh.ts)
-- and on demand by an admin (refreshAnalytics). Dashboards read the rollups,
-- never the million-row tables, so each dashboard query stays in milliseconds.
--
-- Days are UTC days (app_hidden.analytics_day).
--
-- Seams for work that lands in other issues (their tables are not here yet):
--   SEAM(promotion): canonical decisions per day by action and steward, and the
--     promotion backlog (size, oldest age): add app_public.analytics_decision_daily,
--     fill it in app_hidden.refresh_analytics_rollups where marked, and an export
--     "decisions" in server/src/exports/export-definitions.ts.
--   SEAM(imports): import outcomes per batch and per day, the pending backlog
--     (size, age, by batch) and analytics_coverage_daily.feed_names_resolved:
--     add app_public.analytics_import_daily, fill it where marked; import row
--     errors on alias inserts also go to app_private.alias_insert_failures
--     (server/src/metrics/alias-insert-failures.ts).
-- This folder is re-runnable: drop first, in reverse order of creation.
drop function if exists app_public.refresh_analytics(date, date) cascade;
drop function if exists app_hidden.refresh_analytics_rollups(date, date, text) cascade;
drop view if exists app_hidden.export_aliases cascade;
drop table if exists app_private.alias_insert_failures cascade;
drop table if exists app_public.analytics_conflict_daily cascade;
drop table if exists app_public.analytics_coverage_daily cascade;
drop table if exists app_public.analytics_alias_daily cascade;
drop table if exists app_public.analytics_refreshes cascade;
drop function if exists app_hidden.analytics_readable() cascade;
drop function if exists app_hidden.analytics_day(timestamptz) cascade;
drop function if exists app_hidden.analytics_day_start(date) cascade;

-------------------------------------------------------------------------------
-- Helpers
create function app_hidden.analytics_day(at timestamptz) returns date
  language sql immutable parallel safe
  as $$ select (at at time zone 'UTC')::date $$;
comment on function app_hidden.analytics_day(timestamptz) is 'The (UTC) day an event counts for in the analytics rollups.';

create function app_hidden.analytics_day_start(day date) returns timestamptz
  language sql immutable parallel safe
  as $$ select day::timestamp at time zone 'UTC' $$;
comment on function app_hidden.analytics_day_start(date) is 'The instant a (UTC) analytics day starts.';

-- Used by the row-level security policies of the rollups: reading analytics
-- while an admin has switched the feature off raises FEATURE_DISABLED. Wrapped
-- as (select ...) in the policies, it runs once per query, not once per row.
create function app_hidden.analytics_readable() returns boolean
  language plpgsql stable
  as $$
begin
  perform app_hidden.assert_feature_enabled('analytics');
  return true;
end;
$$;
comment on function app_hidden.analytics_readable() is 'True, or FEATURE_DISABLED when the analytics feature is switched off.';
grant execute on function app_hidden.analytics_day(timestamptz) to :ROLE_ANALYST;
grant execute on function app_hidden.analytics_day_start(date) to :ROLE_ANALYST;
grant execute on function app_hidden.analytics_readable() to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Refreshes: when the rollups were last computed, by whom, for which days.
create table app_public.analytics_refreshes (
  id bigint generated always as identity primary key,
  triggered_by text not null constraint triggered_by_known check (triggered_by in ('cron', 'admin', 'operator')),
  requested_by bigint references app_public.users (id) on delete set null,
  from_day date not null,
  to_day date not null,
  alias_rows integer not null,
  coverage_rows integer not null,
  conflict_rows integer not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz not null default now(),
  constraint day_range check (from_day <= to_day)
);
create index analytics_refreshes_requested_by_idx on app_public.analytics_refreshes (requested_by);
create index analytics_refreshes_started_at_idx on app_public.analytics_refreshes (started_at);
comment on table app_public.analytics_refreshes is 'Each computation of the analytics rollups: by the hourly job (cron), an admin (refreshAnalytics) or an operator.';
comment on column app_public.analytics_refreshes.triggered_by is 'cron (the hourly background job), admin (the refreshAnalytics mutation) or operator (a command line).';
comment on column app_public.analytics_refreshes.requested_by is 'The admin who asked for it, for admin refreshes.';
comment on column app_public.analytics_refreshes.from_day is 'First day recomputed.';
comment on column app_public.analytics_refreshes.to_day is 'Last day recomputed.';
comment on column app_public.analytics_refreshes.alias_rows is 'Rows written to analyticsAliasDailies.';
comment on column app_public.analytics_refreshes.coverage_rows is 'Rows written to analyticsCoverageDailies.';
comment on column app_public.analytics_refreshes.conflict_rows is 'Rows written to analyticsConflictDailies.';
comment on column app_public.analytics_refreshes.started_at is 'When the computation started.';
comment on column app_public.analytics_refreshes.finished_at is 'When it finished.';

-------------------------------------------------------------------------------
-- Aliases created per day, by source system and kind.
create table app_public.analytics_alias_daily (
  day date not null,
  source_system text not null references app_public.source_systems (key) on update cascade on delete cascade,
  kind app_public.alias_kind not null,
  aliases_added integer not null,
  public_added integer not null,
  primary key (day, source_system, kind)
);
create index analytics_alias_daily_source_system_idx on app_public.analytics_alias_daily (source_system, day);
create index analytics_alias_daily_kind_idx on app_public.analytics_alias_daily (kind, day);
comment on table app_public.analytics_alias_daily is 'Aliases created per (UTC) day, by source system and kind. Filter on day and sourceSystem; sum with aggregates or groupedAggregates.';
comment on column app_public.analytics_alias_daily.day is 'The UTC day the aliases were added.';
comment on column app_public.analytics_alias_daily.source_system is 'Where the names came from.';
comment on column app_public.analytics_alias_daily.kind is 'The kind of name.';
comment on column app_public.analytics_alias_daily.aliases_added is 'Aliases added that day (still present: hard-deleted aliases no longer count).';
comment on column app_public.analytics_alias_daily.public_added is 'Of those, how many are public (visible to API clients).';

-------------------------------------------------------------------------------
-- Coverage: how much of the registry has names and identifiers, day by day.
create table app_public.analytics_coverage_daily (
  day date primary key,
  active_employers integer not null,
  with_alias integer not null,
  with_identifier integer not null,
  alias_coverage double precision not null,
  identifier_coverage double precision not null,
  feed_names_resolved double precision,
  refreshed_at timestamptz not null default now()
);
comment on table app_public.analytics_coverage_daily is 'Coverage at the end of each (UTC) day: the share of active employers with at least one alias beyond the canonical name, and with an identifier. Computed from when employers, aliases and identifiers were added, with each employer''s status as it is at refresh time.';
comment on column app_public.analytics_coverage_daily.day is 'The UTC day (for today: so far).';
comment on column app_public.analytics_coverage_daily.active_employers is 'Employers created by the end of the day that are active.';
comment on column app_public.analytics_coverage_daily.with_alias is 'Of those, how many had an alias other than their canonical name by then.';
comment on column app_public.analytics_coverage_daily.with_identifier is 'Of those, how many had an external identifier by then.';
comment on column app_public.analytics_coverage_daily.alias_coverage is 'with_alias as a percentage of active_employers (0 to 100, two decimals).';
comment on column app_public.analytics_coverage_daily.identifier_coverage is 'with_identifier as a percentage of active_employers (0 to 100, two decimals).';
comment on column app_public.analytics_coverage_daily.feed_names_resolved is 'The percentage of feed names matched to an employer. Empty until imports are recorded.';
comment on column app_public.analytics_coverage_daily.refreshed_at is 'When the row was computed.';

-------------------------------------------------------------------------------
-- Conflicts: names shared by employers, distinctions and merges, per day.
create table app_public.analytics_conflict_daily (
  day date primary key,
  shared_names integer,
  employers_sharing_names integer,
  unexplained_pairs integer,
  distinctions_recorded integer not null,
  merges integer not null,
  unmerges integer not null,
  refreshed_at timestamptz not null default now()
);
comment on table app_public.analytics_conflict_daily is 'Conflicts per (UTC) day. The name-sharing counts are a snapshot taken by the refreshes of that day (empty for days before the first refresh); distinctions, merges and unmerges are counted from their dates.';
comment on column app_public.analytics_conflict_daily.day is 'The UTC day.';
comment on column app_public.analytics_conflict_daily.shared_names is 'Compare forms (canonical names or aliases) held by two or more active employers.';
comment on column app_public.analytics_conflict_daily.employers_sharing_names is 'Active employers holding such a name.';
comment on column app_public.analytics_conflict_daily.unexplained_pairs is 'Pairs of active employers sharing a name that no distinction explains: candidates for a merge or a distinction.';
comment on column app_public.analytics_conflict_daily.distinctions_recorded is 'Distinctions stewards recorded that day.';
comment on column app_public.analytics_conflict_daily.merges is 'Merges made that day.';
comment on column app_public.analytics_conflict_daily.unmerges is 'Merges undone that day.';
comment on column app_public.analytics_conflict_daily.refreshed_at is 'When the row was last computed.';

-- SEAM(promotion): app_public.analytics_decision_daily (day, action, decided_by, decisions) here.
-- SEAM(imports): app_public.analytics_import_daily (day, batch_id, outcome, rows) here.

-------------------------------------------------------------------------------
-- Analysts read every rollup (while the feature is on); nobody writes them
-- but the refresh function. API clients have no grant at all.
alter table app_public.analytics_refreshes enable row level security;
alter table app_public.analytics_alias_daily enable row level security;
alter table app_public.analytics_coverage_daily enable row level security;
alter table app_public.analytics_conflict_daily enable row level security;
create policy select_analyst on app_public.analytics_refreshes for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
create policy select_analyst on app_public.analytics_alias_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
create policy select_analyst on app_public.analytics_coverage_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
create policy select_analyst on app_public.analytics_conflict_daily for select to :ROLE_ANALYST
  using ((select app_hidden.analytics_readable()));
grant select on app_public.analytics_refreshes to :ROLE_ANALYST;
grant select on app_public.analytics_alias_daily to :ROLE_ANALYST;
grant select on app_public.analytics_coverage_daily to :ROLE_ANALYST;
grant select on app_public.analytics_conflict_daily to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- Failed alias inserts, recorded by the server after a failed alias mutation
-- (the failed transaction itself cannot write anything): the health check's
-- "alias insert failures an hour" and the metrics gauge read them, whichever
-- process saw the failure. Kept 30 days.
create table app_private.alias_insert_failures (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  operation text not null constraint operation_length check (length(operation) between 1 and 100),
  code text not null constraint code_length check (length(code) between 1 and 100),
  source text not null default 'graphql' constraint source_known check (source in ('graphql', 'import'))
);
create index alias_insert_failures_occurred_at_idx on app_private.alias_insert_failures (occurred_at);
alter table app_private.alias_insert_failures enable row level security;
comment on table app_private.alias_insert_failures is 'One row per failed attempt to add an alias (GraphQL mutation or import row), with the error code. No visitor grants.';

-------------------------------------------------------------------------------
-- Exports that are not rollups: security_invoker, so the caller's row-level
-- security applies; analysts only (API clients have no grant).
create view app_hidden.export_aliases with (security_invoker = true) as
  select a.id as alias_id,
         a.employer_id,
         e.name as employer_name,
         e.status as employer_status,
         a.name as alias,
         a.kind,
         a.visibility,
         a.valid_from,
         a.valid_to,
         a.source_system,
         a.source_ref,
         a.import_batch_id,
         a.import_row,
         u.username::text as added_by,
         a.added_at
  from app_public.aliases a
  join app_public.employers e on e.id = a.employer_id
  left join app_public.users u on u.id = a.added_by;
comment on view app_hidden.export_aliases is 'The aliases CSV export (GET /exports/aliases.csv).';
grant select on app_hidden.export_aliases to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- The refresh: recomputes the rollups for a range of days. Without a range it
-- recomputes yesterday and today, or all of history on the first run.
create function app_hidden.refresh_analytics_rollups(from_day date, to_day date, triggered_by text)
  returns app_public.analytics_refreshes
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_started timestamptz := clock_timestamp();
  v_today date := app_hidden.analytics_day(now());
  v_from date := from_day;
  v_to date := coalesce(to_day, v_today);
  v_alias_rows integer;
  v_coverage_rows integer;
  v_conflict_rows integer;
  v_refresh app_public.analytics_refreshes;
begin
  -- One refresh at a time (the cron job and an admin may overlap).
  perform pg_advisory_xact_lock(hashtext('app_hidden.refresh_analytics_rollups'));
  if v_from is null then
    select max(c.day) - 1 into v_from from app_public.analytics_coverage_daily c;
  end if;
  if v_from is null then
    select least(
      (select app_hidden.analytics_day(min(e.created_at)) from app_public.employers e),
      (select app_hidden.analytics_day(min(a.added_at)) from app_public.aliases a),
      (select app_hidden.analytics_day(min(i.added_at)) from app_public.employer_identifiers i),
      (select app_hidden.analytics_day(min(d.recorded_at)) from app_public.employer_distinctions d),
      (select app_hidden.analytics_day(min(m.merged_at)) from app_public.employer_merges m)
    ) into v_from;
  end if;
  v_from := least(coalesce(v_from, v_to), v_to);
  if from_day is not null and from_day > v_to then
    raise exception 'The first day (%) is after the last day (%)', from_day, v_to using errcode = 'BADRG';
  end if;
  if v_to > v_today then
    raise exception 'The last day (%) is in the future', v_to using errcode = 'BADRG';
  end if;
  if v_to - v_from > 3700 then
    raise exception 'At most ten years can be refreshed at once' using errcode = 'BADRG';
  end if;

  -- Aliases per day, by source system and kind.
  delete from app_public.analytics_alias_daily where day between v_from and v_to;
  insert into app_public.analytics_alias_daily (day, source_system, kind, aliases_added, public_added)
    select app_hidden.analytics_day(a.added_at), a.source_system, a.kind, count(*),
           count(*) filter (where a.visibility = 'public')
    from app_public.aliases a
    where a.added_at >= app_hidden.analytics_day_start(v_from)
      and a.added_at < app_hidden.analytics_day_start(v_to + 1)
    group by 1, 2, 3;
  get diagnostics v_alias_rows = row_count;

  -- Coverage at the end of each day: for every active employer, the day it
  -- gained its first alias (other than its canonical name) and its first
  -- identifier; then running totals of the three per-day counts.
  insert into app_public.analytics_coverage_daily
      (day, active_employers, with_alias, with_identifier, alias_coverage, identifier_coverage, refreshed_at)
    with active as (
      select e.id, e.compare_name, app_hidden.analytics_day(e.created_at) as created_day
      from app_public.employers e
      where e.status = 'active'
    ), first_alias as (
      select a.employer_id, min(a.added_at) as added_at
      from app_public.aliases a
      join active e on e.id = a.employer_id and a.compare_form <> e.compare_name
      group by a.employer_id
    ), first_identifier as (
      select i.employer_id, min(i.added_at) as added_at
      from app_public.employer_identifiers i
      group by i.employer_id
    ), per_employer as (
      select e.created_day,
             greatest(e.created_day, app_hidden.analytics_day(fa.added_at)) as alias_day,
             greatest(e.created_day, app_hidden.analytics_day(fi.added_at)) as identifier_day,
             fa.added_at is not null as has_alias,
             fi.added_at is not null as has_identifier
      from active e
      left join first_alias fa on fa.employer_id = e.id
      left join first_identifier fi on fi.employer_id = e.id
    ), per_day as (
      select x.day, sum(x.employers) as employers, sum(x.aliased) as aliased, sum(x.identified) as identified
      from per_employer p
      cross join lateral (
        values (p.created_day, 1, 0, 0),
               (case when p.has_alias then p.alias_day end, 0, 1, 0),
               (case when p.has_identifier then p.identifier_day end, 0, 0, 1)
      ) as x (day, employers, aliased, identified)
      where x.day is not null and x.day <= v_to
      group by x.day
    ), running as (
      select r.day,
             sum(r.employers) over w as employers,
             sum(r.aliased) over w as aliased,
             sum(r.identified) over w as identified
      from per_day r
      window w as (order by r.day)
    )
    select d.day::date,
           coalesce(r.employers, 0),
           coalesce(r.aliased, 0),
           coalesce(r.identified, 0),
           coalesce(round(100.0 * r.aliased / nullif(r.employers, 0), 2), 0),
           coalesce(round(100.0 * r.identified / nullif(r.employers, 0), 2), 0),
           now()
    from generate_series(v_from, v_to, interval '1 day') as d (day)
    left join lateral (
      select * from running r where r.day <= d.day::date order by r.day desc limit 1
    ) r on true
  on conflict (day) do update set
    active_employers = excluded.active_employers,
    with_alias = excluded.with_alias,
    with_identifier = excluded.with_identifier,
    alias_coverage = excluded.alias_coverage,
    identifier_coverage = excluded.identifier_coverage,
    refreshed_at = excluded.refreshed_at;
  get diagnostics v_coverage_rows = row_count;
  -- SEAM(imports): set feed_names_resolved from the import rows' outcomes here.

  -- Conflicts. The name-sharing snapshot is taken for today only (it cannot be
  -- reconstructed for the past); the other counts come from their dates.
  create temp table if not exists analytics_shared_names (
    compare_form text, employer_ids bigint[]
  ) on commit drop;
  truncate analytics_shared_names;
  if v_today between v_from and v_to then
    insert into analytics_shared_names (compare_form, employer_ids)
      select n.compare_form, array_agg(distinct n.employer_id)
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
  end if;
  insert into app_public.analytics_conflict_daily
      (day, shared_names, employers_sharing_names, unexplained_pairs, distinctions_recorded, merges, unmerges, refreshed_at)
    select d.day::date,
           case when d.day::date = v_today then (select count(*) from analytics_shared_names) end,
           case when d.day::date = v_today then (
             select count(distinct x.id) from analytics_shared_names s cross join unnest(s.employer_ids) as x (id)
           ) end,
           case when d.day::date = v_today then (
             select count(*) from (
               select distinct x.id as a, y.id as b
               from analytics_shared_names s
               cross join unnest(s.employer_ids) as x (id)
               cross join unnest(s.employer_ids) as y (id)
               where x.id < y.id
             ) p
             where not exists (
               select 1 from app_public.employer_distinctions dd
               where dd.employer_id = p.a and dd.other_employer_id = p.b
             )
           ) end,
           (select count(*) from app_public.employer_distinctions dd
             where app_hidden.analytics_day(dd.recorded_at) = d.day::date),
           (select count(*) from app_public.employer_merges m
             where app_hidden.analytics_day(m.merged_at) = d.day::date),
           (select count(*) from app_public.employer_merges m
             where app_hidden.analytics_day(m.unmerged_at) = d.day::date),
           now()
    from generate_series(v_from, v_to, interval '1 day') as d (day)
  on conflict (day) do update set
    shared_names = coalesce(excluded.shared_names, analytics_conflict_daily.shared_names),
    employers_sharing_names = coalesce(excluded.employers_sharing_names, analytics_conflict_daily.employers_sharing_names),
    unexplained_pairs = coalesce(excluded.unexplained_pairs, analytics_conflict_daily.unexplained_pairs),
    distinctions_recorded = excluded.distinctions_recorded,
    merges = excluded.merges,
    unmerges = excluded.unmerges,
    refreshed_at = excluded.refreshed_at;
  get diagnostics v_conflict_rows = row_count;

  -- SEAM(promotion): recompute app_public.analytics_decision_daily for v_from..v_to here.
  -- SEAM(imports): recompute app_public.analytics_import_daily for v_from..v_to here.

  delete from app_private.alias_insert_failures where occurred_at < now() - interval '30 days';

  insert into app_public.analytics_refreshes
      (triggered_by, requested_by, from_day, to_day, alias_rows, coverage_rows, conflict_rows, started_at, finished_at)
    values (refresh_analytics_rollups.triggered_by, app_hidden.current_user_id(), v_from, v_to,
            v_alias_rows, v_coverage_rows, v_conflict_rows, v_started, clock_timestamp())
    returning * into v_refresh;
  return v_refresh;
end;
$$;
comment on function app_hidden.refresh_analytics_rollups(date, date, text) is 'Recomputes the analytics rollups for from_day..to_day (default: yesterday and today; all of history the first time).';

create function app_public.refresh_analytics(from_day date default null, to_day date default null)
  returns app_public.analytics_refreshes
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  perform app_hidden.assert_feature_enabled('analytics');
  return app_hidden.refresh_analytics_rollups(from_day, to_day, 'admin');
end;
$$;
comment on function app_public.refresh_analytics(date, date) is 'Admin only: recomputes the analytics rollups now, for fromDay..toDay (UTC days; default yesterday and today, or all of history the first time). The hourly job does the same by itself.';
grant execute on function app_public.refresh_analytics(date, date) to :ROLE_ADMIN;

--! split: 6-ops.sql
-- Operator commands (npm run ops).
--
-- Renormalising (npm run ops -- renormalize) rewrites the derived forms of
-- every name a dictionary change touches: compare/base forms and the
-- normaliser version, never the name itself. That is one system change, which
-- the command records as one audit event (table app_private.normalizer_versions),
-- not millions of row events. So the audit triggers of employers and aliases
-- ignore an update that changes nothing but those derived columns, the way the
-- users trigger ignores last_login_at. A change of name still writes its row,
-- with the old and new forms in before/after.
drop trigger if exists _500_audit on app_public.aliases;
drop trigger if exists _500_audit on app_public.employers;

create trigger _500_audit after insert or update or delete on app_public.employers
  for each row execute function app_hidden.tg__audit('id', 'compare_name', 'base_name', 'normalizer_version');
create trigger _500_audit after insert or update or delete on app_public.aliases
  for each row execute function app_hidden.tg__audit('id', 'compare_form', 'base_form', 'normalizer_version');

-- The bulk load (npm run ops -- load-registry): as committed in 000002, except
-- that rows of one batch spelling the same alias no longer all count as
-- "alias_added" (the alias is inserted once; the report said it was added
-- once per spelling).
create or replace function app_hidden.load_registry_batch(batch jsonb, source_system text default 'csv')
  returns table (line integer, outcome text, detail text)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_ref record;
  v_employer_id bigint;
begin
  perform app_hidden.assert_source_system(source_system);
  create temp table if not exists load_registry_rows (
    line integer, ref text, name text, kind text, problem text, employer_id bigint, outcome text
  ) on commit drop;
  truncate load_registry_rows;
  insert into load_registry_rows (line, ref, name, kind, problem)
    select r.line, r.ref, r.name, r.kind,
           case
             when r.ref is null or r.ref = '' then 'the ref is empty'
             when length(r.ref) > 100 then 'the ref is longer than 100 characters'
             when r.name is null or r.name = '' then 'the name is empty'
             when length(r.name) > 500 then 'the name is longer than 500 characters'
             when r.name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then 'the name contains control characters'
             when r.kind not in ('canonical', 'legal', 'trading', 'former', 'abbreviation', 'feed_spelling', 'other')
               then format('unknown kind "%s" (canonical, legal, trading, former, abbreviation, feed_spelling or other)', r.kind)
           end
    from (
      select (e->>'line')::int as line,
             btrim(e->>'ref') as ref,
             btrim(regexp_replace(coalesce(e->>'name', ''), '\s+', ' ', 'g')) as name,
             lower(btrim(coalesce(nullif(e->>'kind', ''), 'other'))) as kind
      from jsonb_array_elements(batch) e
    ) r;

  -- Employers: found by their ref, or created from the ref's canonical (else first) row.
  update load_registry_rows l set employer_id = i.employer_id
    from app_public.employer_identifiers i
    where i.scheme = 'ref' and i.value = l.ref and l.problem is null;
  for v_ref in
    select l.ref, (array_agg(l.name order by (l.kind = 'canonical') desc, l.line))[1] as name,
           (array_agg(l.line order by (l.kind = 'canonical') desc, l.line))[1] as first_line
    from load_registry_rows l where l.problem is null and l.employer_id is null group by l.ref
  loop
    insert into app_public.employers (name) values (v_ref.name) returning id into v_employer_id;
    insert into app_public.employer_identifiers (employer_id, scheme, value, source_system, source_ref)
      values (v_employer_id, 'ref', v_ref.ref, source_system, v_ref.ref);
    update load_registry_rows l set employer_id = v_employer_id where l.ref = v_ref.ref and l.problem is null;
    update load_registry_rows l set outcome = 'employer_created' where l.line = v_ref.first_line;
  end loop;

  -- Every other name becomes an alias, unless the employer already has it.
  with added as (
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref)
      select l.employer_id, l.name,
             (case when l.kind = 'canonical' then 'legal' else l.kind end)::app_public.alias_kind,
             app_hidden.default_alias_visibility((case when l.kind = 'canonical' then 'legal' else l.kind end)::app_public.alias_kind),
             source_system, l.ref
      from load_registry_rows l
      join app_public.employers e on e.id = l.employer_id
      where l.problem is null and l.outcome is null
        and e.compare_name <> app_hidden.name_compare_form(l.name)
      order by l.line
    on conflict on constraint alias_unique_per_employer do nothing
    returning employer_id, compare_form
  )
  -- Rows of one batch that spell the same alias (same compare form) insert it
  -- once: the first of them added it, the others are unchanged.
  update load_registry_rows l set outcome = 'alias_added'
    from added a
    where l.employer_id = a.employer_id and l.outcome is null and l.problem is null
      and app_hidden.name_compare_form(l.name) = a.compare_form
      and l.line = (
        select min(l2.line) from load_registry_rows l2
        where l2.employer_id = l.employer_id and l2.outcome is null and l2.problem is null
          and app_hidden.name_compare_form(l2.name) = a.compare_form
      );

  return query
    select l.line,
           case when l.problem is not null then 'bad' else coalesce(l.outcome, 'unchanged') end,
           l.problem
    from load_registry_rows l order by l.line;
end;
$$;
comment on function app_hidden.load_registry_batch(jsonb, text) is 'Loads rows {line, ref, name, kind} of a registry file; returns each row''s outcome: employer_created, alias_added, unchanged or bad (with the reason).';
