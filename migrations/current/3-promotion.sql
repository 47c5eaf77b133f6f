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
