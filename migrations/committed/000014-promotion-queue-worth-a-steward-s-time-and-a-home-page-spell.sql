--! Previous: sha1:21080a8009f445c7b17ed4855044686087999420
--! Hash: sha1:ea7ae066b504a6ba271c1bfd811306c95638febd
--! Message: Promotion queue worth a steward's time and a home page: spelling-fix task, likely misspellings ranked down, one-line reasons, home counts and recent activity

--! split: 1-current.sql
-- Enter migration here

--! split: 7-promotion-queue-and-home.sql
-- A promotion queue worth a steward's time.
--
-- 1. Items without a candidate (the canonical name looks like a feed spelling
--    and no alias reads better) are their own task, 'fix_spelling': the
--    steward corrects the name; they are never promoted. Promotable items are
--    task 'promote'. canonicalPromotionQueue(task: …) lists one task or both.
-- 2. A candidate one or two edits from the canonical name is flagged
--    (likely_misspelling), its score drops by 0.3 and its priority is
--    quartered, so it sinks below candidates that read differently.
-- 3. Every item says why it is there in one line (reason).
--
-- Replaces (complete definitions below): app_hidden.promotion_candidates (view,
-- three columns appended), app_hidden.refresh_promotion_queue_items,
-- app_public.canonical_promotion_queue (now with a task argument),
-- app_public.promotion_candidates_for_employer, app_hidden.promotion_queue_live.
-- Re-runnable: columns and attributes are added only when missing.

drop function if exists app_public.canonical_promotion_queue();
drop function if exists app_public.canonical_promotion_queue(text);

-- The feed-spelling signs in words, for the queue's reason line.
create or replace function app_hidden.feed_sign_words(signs text[]) returns text
  language sql immutable parallel safe
  as $$
    select coalesce(string_agg(case s
        when 'all_caps' then 'all capitals'
        when 'truncated' then 'cut short'
        when 'legal_form_noise' then 'legal-form noise'
        when 'trading_as_inside' then 't/as or ATF inside'
        else s end, ', ' order by o), 'no sign')
    from unnest(signs) with ordinality u (s, o)
  $$;
comment on function app_hidden.feed_sign_words(text[]) is 'Feed-spelling signs (name_feed_spelling_signs) in words: "all capitals, cut short".';
grant execute on function app_hidden.feed_sign_words(text[]) to :ROLE_ANALYST;

-- A clause as a sentence: capital first letter, full stop.
create or replace function app_hidden.sentence(clause text) returns text
  language sql immutable parallel safe
  as $$ select case when clause is null or clause = '' then '' else upper(left(clause, 1)) || substr(clause, 2) || '.' end $$;
comment on function app_hidden.sentence(text) is 'A clause with a capital first letter and a full stop.';
grant execute on function app_hidden.sentence(text) to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- The live candidates: as in migration 000003, with the misspelling check, its
-- effect on score and priority, and the columns task, likely_misspelling and
-- reason appended.
create or replace view app_hidden.promotion_candidates with (security_invoker = true) as
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
  -- A likely misspelling of the canonical name goes down the queue (a quarter of its priority).
  round(im.impact * greatest(0.1, 1 - abs(2 * sc.score - 1))
        * case when ms.likely_misspelling then 0.25 else 1 end, 4) as priority,
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
  ) as evidence,
  case when c.alias_id is null then 'fix_spelling' else 'promote' end as task,
  ms.likely_misspelling,
  why.reason
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
-- A candidate one or two edits from the canonical name (base forms, so legal
-- forms do not count) is more likely a typing slip than a better name:
-- "MOORRIS, MCMAHON & CO" for "MORRIS, MCMAHON & CO". levenshtein refuses
-- strings over 255 characters; base forms under 5 characters are too short to tell.
cross join lateral (
  select case when c.alias_id is not null and c.base_form <> e.base_name
                and length(c.base_form) >= 5 and length(e.base_name) >= 5
                and length(c.base_form) <= 255 and length(e.base_name) <= 255
           then public.levenshtein_less_equal(c.base_form, e.base_name, 3) end as edits
  offset 0
) ed
cross join lateral (select coalesce(ed.edits between 1 and 2, false) as likely_misspelling) ms
cross join lateral (
  select case when c.alias_id is null then 0.5 else round(least(0.95, greatest(0.05,
      0.5
      + case when 'trusted_legal_or_trading_name' = any (r.rules) then 0.1 + (c.trust_rank - 50) / 250.0 else 0 end
      + case when n.candidate_rows + n.canonical_rows > 0
          then 0.3 * (n.candidate_rows::numeric / (n.candidate_rows + n.canonical_rows) - 0.5) else 0 end
      + case when cardinality(f.signs) > 0 and cardinality(c.signs) = 0 then 0.15 else 0 end
      - case when cardinality(c.signs) > 0 then 0.2 else 0 end
      - least(0.45, 0.15 * jsonb_array_length(k.conflicts))
      - case when ms.likely_misspelling then 0.3 else 0 end
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
-- The queue's one line: why the item is there, in words.
cross join lateral (
  select case when c.alias_id is null then
      format('The canonical name looks like a feed spelling (%s) and no alias reads better: correct its spelling.',
             app_hidden.feed_sign_words(f.signs))
    else app_hidden.sentence(concat_ws('; ',
      case when 'trusted_legal_or_trading_name' = any (r.rules)
        then format('%s name from %s (trust %s, the canonical name has %s)', c.kind, c.source_system, c.trust_rank, kt.trust) end,
      case when 'seen_more_often_in_feeds' = any (r.rules)
        then format('feeds carried it %s times, the canonical name %s', n.candidate_rows, n.canonical_rows) end,
      case when 'canonical_looks_like_feed_spelling' = any (r.rules)
        then format('the canonical name looks like a feed spelling (%s), this name does not', app_hidden.feed_sign_words(f.signs)) end,
      case when ms.likely_misspelling
        then format('but it is %s from the canonical name: likely a misspelling',
                    case when ed.edits = 1 then 'one letter' else 'two letters' end) end,
      case when jsonb_array_length(k.conflicts) > 0
        then format('the name also belongs elsewhere (%s)', jsonb_array_length(k.conflicts)) end))
  end as reason
) why
where e.status = 'active';

comment on view app_hidden.promotion_candidates is
  'Every candidate name of every active employer with its rules, evidence, score, task (promote or fix_spelling), misspelling flag, reason and queue state (queued, deferred, rejected, settled, no_rule).';
grant select on app_hidden.promotion_candidates to :ROLE_ANALYST;

-------------------------------------------------------------------------------
-- The store and the GraphQL type carry the three new fields.
alter table app_hidden.promotion_queue_items
  add column if not exists task text not null default 'promote',
  add column if not exists likely_misspelling boolean not null default false,
  add column if not exists reason text not null default '';
comment on column app_hidden.promotion_queue_items.task is 'promote: an alias could become the canonical name; fix_spelling: no alias reads better, correct the canonical name.';
-- One task's queue in order, as an index scan with a limit.
create index if not exists promotion_queue_items_task_order_idx
  on app_hidden.promotion_queue_items (task, priority desc, queued_since, employer_id, alias_id nulls first)
  include (deferred_until, conflict_count);

do $$
begin
  if not exists (select 1 from pg_attribute
                 where attrelid = 'app_public.promotion_queue_item'::regclass and attname = 'task' and not attisdropped) then
    alter type app_public.promotion_queue_item
      add attribute task text,
      add attribute likely_misspelling boolean,
      add attribute reason text;
  end if;
end
$$;
comment on column app_public.promotion_queue_item.task is 'promote: the candidate alias could become the canonical name; fix_spelling: there is no candidate, correct the canonical name''s spelling instead.';
comment on column app_public.promotion_queue_item.likely_misspelling is 'The candidate is one or two letters from the canonical name: more likely a typing slip than a better name (ranked down).';
comment on column app_public.promotion_queue_item.reason is 'Why the item is in the queue, in one line.';

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
      conflict_count, last_decision_id, queued_since, evidence, deferred_until, task, likely_misspelling, reason)
    select c.employer_id, c.alias_id, c.employer_name, c.candidate_name, c.candidate_kind, c.rules, c.score, c.impact,
           c.priority, c.candidate_rows, c.candidate_projects, c.canonical_rows, c.first_seen_at, c.last_seen_at,
           c.sources, c.conflicts, c.conflict_count, c.last_decision_id, c.queued_since, c.evidence,
           case when c.status = 'deferred' then d.defer_until end, c.task, c.likely_misspelling, c.reason
    from app_hidden.promotion_candidates c
    left join app_public.canonical_decisions d on d.id = c.last_decision_id
    where c.employer_id = any (v_ids) and c.status in ('queued', 'deferred');
  return v_ids;
end;
$$;
comment on function app_hidden.refresh_promotion_queue_items(bigint[], boolean) is
  'Recomputes the stored promotion candidates of these employers from app_hidden.promotion_candidates; returns the employers recomputed (others were being recomputed elsewhere and stay dirty).';

-- The queue, stored (as in 000005), with the task filter. Still language sql
-- and inlinable: `first: 20` of one task is an index scan with a limit.
create or replace function app_public.canonical_promotion_queue(task text default null) returns setof app_public.promotion_queue_item
  language sql stable
  as $$
    select q.employer_id, q.employer_name, q.alias_id, q.candidate_name, q.candidate_kind, q.rules, q.score, q.impact,
           q.priority, q.candidate_rows, q.candidate_projects, q.canonical_rows, q.first_seen_at, q.last_seen_at,
           q.sources, q.conflicts, q.conflict_count, 'queued'::text, q.last_decision_id, q.queued_since,
           (select pc.claimed_by from app_public.promotion_claims pc
            where pc.employer_id = q.employer_id and pc.expires_at > now()),
           (select u.username::text from app_public.promotion_claims pc join app_public.users u on u.id = pc.claimed_by
            where pc.employer_id = q.employer_id and pc.expires_at > now()),
           (select pc.expires_at from app_public.promotion_claims pc
            where pc.employer_id = q.employer_id and pc.expires_at > now()),
           q.evidence, q.task, q.likely_misspelling, q.reason
    from app_hidden.promotion_queue_items q
    where (q.deferred_until is null or q.deferred_until <= current_date)
      and (canonical_promotion_queue.task is null or q.task = canonical_promotion_queue.task)
      and app_hidden.promotion_queue_enabled()
    order by q.priority desc, q.queued_since, q.employer_id, q.alias_id nulls first
  $$;
comment on function app_public.canonical_promotion_queue(text) is
  'Analysts and stewards: names that could serve better as canonical names, most important first (impact times uncertainty; likely misspellings ranked down). task: promote (an alias to promote), fix_spelling (no better alias: correct the canonical name), or null for both. Rejected names stay out unless new evidence arrives; deferred ones return when their date passes.';
grant execute on function app_public.canonical_promotion_queue(text) to :ROLE_ANALYST;

create or replace function app_public.promotion_candidates_for_employer(employer_id bigint) returns setof app_public.promotion_queue_item
  language plpgsql stable
  as $$
begin
  perform app_hidden.assert_feature_enabled('canonical_promotion');
  return query
    select c.employer_id, c.employer_name, c.alias_id, c.candidate_name, c.candidate_kind, c.rules, c.score, c.impact,
           c.priority, c.candidate_rows, c.candidate_projects, c.canonical_rows, c.first_seen_at, c.last_seen_at,
           c.sources, c.conflicts, c.conflict_count, c.status, c.last_decision_id, c.queued_since, c.claimed_by,
           c.claimed_by_username, c.claim_expires_at, c.evidence, c.task, c.likely_misspelling, c.reason
    from app_hidden.promotion_candidates c
    where c.employer_id = promotion_candidates_for_employer.employer_id
    order by c.status = 'queued' desc, c.priority desc, c.alias_id nulls first;
end;
$$;
comment on function app_public.promotion_candidates_for_employer(bigint) is
  'Analysts and stewards: every name of one employer with its evidence and queue state, decided or not.';
grant execute on function app_public.promotion_candidates_for_employer(bigint) to :ROLE_ANALYST;

create or replace function app_hidden.promotion_queue_live() returns setof app_public.promotion_queue_item
  language sql stable
  as $$
    select c.employer_id, c.employer_name, c.alias_id, c.candidate_name, c.candidate_kind, c.rules, c.score, c.impact,
           c.priority, c.candidate_rows, c.candidate_projects, c.canonical_rows, c.first_seen_at, c.last_seen_at,
           c.sources, c.conflicts, c.conflict_count, c.status, c.last_decision_id, c.queued_since, c.claimed_by,
           c.claimed_by_username, c.claim_expires_at, c.evidence, c.task, c.likely_misspelling, c.reason
    from app_hidden.promotion_candidates c
    where c.status = 'queued' and app_hidden.promotion_queue_enabled()
    order by c.priority desc, c.queued_since, c.employer_id, c.alias_id nulls first
  $$;
comment on function app_hidden.promotion_queue_live() is 'The promotion queue computed live (the reference for the stored one; seconds on a large registry).';
grant execute on function app_hidden.promotion_queue_live() to :ROLE_ANALYST;

-- The stored rows of every active employer, recomputed with the new rules.
select app_hidden.refresh_promotion_queue_items(array(select e.id from app_public.employers e where e.status = 'active'));

-------------------------------------------------------------------------------
-- The edit action of a "fix the spelling" item: the steward writes the name
-- as it should read. Logged as a promotion of that spelling (no alias behind
-- it), with the item's evidence, so the log, the analytics and a revert treat
-- it like any other change of canonical name. The old spelling stays findable
-- as a feed_spelling alias when it compares differently; a change of case
-- alone ("SMITH & SONS" -> "Smith & Sons") compares equal and needs none.
drop function if exists app_public.correct_canonical_spelling(bigint, text, text);
create or replace function app_public.correct_canonical_spelling(employer_id bigint, name text, rationale text default null)
  returns app_public.canonical_decisions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.lock_employer_for_promotion(employer_id, true);
  v_name text := btrim(regexp_replace(coalesce(name, ''), '\s+', ' ', 'g'));
  v_evidence jsonb := coalesce(app_hidden.promotion_evidence_snapshot(employer_id, null), '{}'::jsonb);
  v_former_id bigint;
begin
  perform app_hidden.assert_name(v_name);
  if v_name = v_employer.name then
    raise exception 'Employer #% is called "%" already: write the corrected spelling', employer_id, v_name
      using errcode = 'BADNM';
  end if;
  update app_public.employers e set name = v_name where e.id = v_employer.id;
  if app_hidden.name_compare_form(v_name) <> v_employer.compare_name
     and not exists (select 1 from app_public.aliases a
                     where a.employer_id = v_employer.id and a.compare_form = v_employer.compare_name) then
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, added_by)
      values (v_employer.id, v_employer.name, 'feed_spelling', app_hidden.default_alias_visibility('feed_spelling'),
              'manual', 'canonical name until its spelling was corrected', app_hidden.current_user_id())
      returning id into v_former_id;
  end if;
  return app_hidden.record_canonical_decision(v_employer, 'promote', null, v_name, v_name,
    coalesce(nullif(btrim(rationale), ''), 'Spelling corrected'), null,
    v_evidence || jsonb_build_object('correction', true),
    -- what a revert puts back as an alias: the corrected spelling, typed by a steward
    jsonb_build_object('name', v_name, 'kind', 'other', 'visibility', app_hidden.default_alias_visibility('other'),
                       'source_system', 'manual', 'source_ref', 'spelling correction',
                       'added_by', app_hidden.current_user_id(), 'added_at', now()),
    v_former_id);
end;
$$;
comment on function app_public.correct_canonical_spelling(bigint, text, text) is
  'Steward: corrects the spelling of an employer''s canonical name (the "fix the spelling" task of the promotion queue). Logged as a promotion of the new spelling with the item''s evidence; the old spelling stays as a feed_spelling alias when it compares differently. Undo with revertCanonicalPromotion.';
grant execute on function app_public.correct_canonical_spelling(bigint, text, text) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- The client's home page: what waits, and what happened lately.
drop function if exists app_public.home_counts();
drop function if exists app_public.recent_activity(integer);
drop type if exists app_public.home_counts cascade;
drop type if exists app_public.activity_item cascade;

create type app_public.home_counts as (
  promotion_items integer,
  spelling_items integer,
  claimed_by_me integer,
  pending_items integer,
  oldest_pending_days numeric,
  imports_in_progress integer,
  imports_failed_this_week integer,
  alias_failures_last_hour integer,
  alerts jsonb
);
comment on type app_public.home_counts is 'What waits for people, counted now: the home page''s figures.';
comment on column app_public.home_counts.promotion_items is 'Promotion queue items with a candidate to promote (null while canonical_promotion is off).';
comment on column app_public.home_counts.spelling_items is 'Promotion queue items that ask for a corrected spelling (no candidate).';
comment on column app_public.home_counts.claimed_by_me is 'Promotion items the caller has claimed (unexpired).';
comment on column app_public.home_counts.pending_items is 'Open pending employers (import names that matched no employer).';
comment on column app_public.home_counts.oldest_pending_days is 'Age in days of the oldest open pending employer.';
comment on column app_public.home_counts.imports_in_progress is 'Import batches queued or processing.';
comment on column app_public.home_counts.imports_failed_this_week is 'Import batches that failed in the last 7 days.';
comment on column app_public.home_counts.alias_failures_last_hour is 'Aliases an import could not add in the last hour.';
comment on column app_public.home_counts.alerts is 'Checks over their threshold now, as [{check, label, value, threshold}]: the database checks of `ops health` with its default thresholds (review backlog 50 items, alias insert failures 5 an hour), and failed imports this week.';

-- security definer for the counts of app_private (alias insert failures) and
-- the stored queue; it returns counts only, to analysts and up.
create or replace function app_public.home_counts() returns app_public.home_counts
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    with
      q as (
        select (count(*) filter (where q.task = 'promote'))::integer as promote,
               (count(*) filter (where q.task = 'fix_spelling'))::integer as spelling,
               (count(*) filter (where exists (
                  select 1 from app_public.promotion_claims pc
                  where pc.employer_id = q.employer_id and pc.expires_at > now()
                    and pc.claimed_by = app_hidden.current_user_id())))::integer as mine
        from app_hidden.promotion_queue_items q
        where q.deferred_until is null or q.deferred_until <= current_date),
      enabled as (select app_public.feature_enabled('canonical_promotion') is not false as on),
      p as (
        select count(*)::integer as open,
               round((extract(epoch from now() - min(pe.first_seen_at)) / 86400)::numeric, 1) as oldest
        from app_public.pending_employers pe where pe.status = 'open'),
      b as (
        select (count(*) filter (where ib.state in ('queued', 'processing')))::integer as running,
               (count(*) filter (where ib.state = 'failed' and ib.updated_at > now() - interval '7 days'))::integer as failed
        from app_public.import_batches ib where ib.state <> 'done'),
      f as (
        select count(*)::integer as failures from app_private.alias_insert_failures a
        where a.occurred_at > now() - interval '1 hour')
    select
      case when enabled.on then q.promote end,
      case when enabled.on then q.spelling end,
      case when enabled.on then q.mine end,
      p.open, p.oldest, b.running, b.failed, f.failures,
      coalesce((
        select jsonb_agg(a.alert order by a.o) from (
          select 1 as o, jsonb_build_object('check', 'review_backlog', 'label', 'Promotion queue over its bound',
                   'value', q.promote + q.spelling, 'threshold', 50) as alert
          where enabled.on and q.promote + q.spelling > 50
          union all
          select 2, jsonb_build_object('check', 'alias_insert_failures', 'label', 'Aliases imports could not add (last hour)',
                   'value', f.failures, 'threshold', 5)
          where f.failures > 5
          union all
          select 3, jsonb_build_object('check', 'failed_imports', 'label', 'Imports failed this week',
                   'value', b.failed, 'threshold', 0)
          where b.failed > 0) a), '[]'::jsonb)
    from q, enabled, p, b, f
  $$;
comment on function app_public.home_counts() is
  'Analysts and up: what waits now (promotion items by task, pending employers, imports running or failed, alias insert failures) and the checks over their threshold. Counts only.';
grant execute on function app_public.home_counts() to :ROLE_ANALYST;

create type app_public.activity_item as (
  at timestamptz,
  kind text,
  action text,
  title text,
  who text,
  employer_id bigint,
  batch_id bigint,
  pending_id bigint
);
comment on type app_public.activity_item is 'One thing that happened in the registry: a decision, an import, a pending item resolved, a merge or a distinction.';
comment on column app_public.activity_item.kind is 'decision, import, pending, merge or distinction.';
comment on column app_public.activity_item.action is 'What happened: promote, reject, defer, revert; done, failed; matched, created, rejected, merged; merge, unmerge; recorded.';
comment on column app_public.activity_item.title is 'The names involved, in one line.';
comment on column app_public.activity_item.who is 'Who did it (display name), or null for the system.';

-- Security invoker: each source is read under the caller's row-level security.
-- Each branch takes its own latest rows by an index on its time column.
create or replace function app_public.recent_activity(max_items integer default 12) returns setof app_public.activity_item
  language sql stable
  as $$
    select x.* from (
      (select d.decided_at, 'decision', d.action::text,
              case when d.action in ('promote', 'revert') then d.name_before || ' → ' || d.name_after
                   else coalesce(d.candidate_name, d.name_before) end,
              u.display_name::text, d.employer_id, null::bigint, null::bigint
       from app_public.canonical_decisions d left join app_public.users u on u.id = d.decided_by
       order by d.decided_at desc limit max_items)
      union all
      (select coalesce(b.finished_at, b.received_at, b.created_at), 'import', b.state::text,
              coalesce(b.file_name, 'batch #' || b.id) || ' (' || b.source_system || ', ' || b.row_count || ' rows)',
              u.display_name::text, null, b.id, null
       from app_public.import_batches b left join app_public.users u on u.id = b.uploaded_by
       where b.state <> 'receiving'
       order by b.created_at desc limit max_items)
      union all
      (select p.resolved_at, 'pending', p.status::text, p.name, u.display_name::text, p.resolved_employer_id, null, p.id
       from app_public.pending_employers p left join app_public.users u on u.id = p.resolved_by
       where p.resolved_at is not null
       order by p.resolved_at desc limit max_items)
      union all
      (select coalesce(m.unmerged_at, m.merged_at), 'merge', case when m.unmerged_at is null then 'merge' else 'unmerge' end,
              (select e.name from app_public.employers e where e.id = m.merged_id) || ' → '
                || (select e.name from app_public.employers e where e.id = m.survivor_id),
              u.display_name::text, m.survivor_id, null, null
       from app_public.employer_merges m left join app_public.users u on u.id = coalesce(m.unmerged_by, m.merged_by)
       order by m.merged_at desc limit max_items)
      union all
      (select s.recorded_at, 'distinction', 'recorded',
              (select e.name from app_public.employers e where e.id = s.employer_id) || ' ≠ '
                || (select e.name from app_public.employers e where e.id = s.other_employer_id),
              u.display_name::text, s.employer_id, null, null
       from app_public.employer_distinctions s left join app_public.users u on u.id = s.recorded_by
       order by s.recorded_at desc limit max_items)
    ) x (at, kind, action, title, who, employer_id, batch_id, pending_id)
    where x.at is not null
    order by x.at desc
    limit least(greatest(coalesce(max_items, 12), 1), 50)
  $$;
comment on function app_public.recent_activity(integer) is
  'Analysts and up: the latest decisions, imports, resolved pending items, merges and distinctions, newest first (at most 50).';
grant execute on function app_public.recent_activity(integer) to :ROLE_ANALYST;
