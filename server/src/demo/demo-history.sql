-- A year of registry history for the demo, generated deterministically (the
-- same rows on every machine, dated relative to the first start) and
-- set-based: a few dozen statements, not thousands of round trips.
--
-- Run by server/src/demo/demo-history.ts as the database owner, in one
-- transaction, with demo.stewards (user ids, comma-separated) and demo.today
-- set. What it makes:
--   * 240 fictional construction employers (Acme Constructions Pty Ltd first:
--     the README's examples), most there before the year began, the rest
--     registered week by week, with feed spellings and other names;
--   * 52 weekly BCI imports whose rows matched them, or went to the pending
--     queue (most resolved by a steward within days, the latest still open);
--   * canonical decisions by four stewards: spelling corrections of the ABR
--     sample's capitals, promotions, rejections of feed misspellings, deferrals;
--   * merges of duplicates and recorded distinctions.
--
-- Backdating, as the owner: created_at of employers, import batches and
-- pending employers is forced to now() by the _100_timestamps triggers, so
-- those triggers are disabled for the inserts below (ALTER TABLE is
-- transactional: they are enabled again before commit, and nothing else runs
-- on a first start). aliases.added_at, canonical_decisions.decided_at,
-- employer_distinctions.recorded_at and import_rows.processed_at are plain
-- defaults; the decision log refuses updates, so decisions are inserted with
-- their dates. The owner owns every table, so row-level security does not
-- filter it.

create temporary table demo_days on commit drop as
  select current_setting('demo.today')::date as today,
         string_to_array(current_setting('demo.stewards'), ',')::bigint[] as stewards;

-- A deterministic 0..n-1 from a key: the same on every machine.
create function pg_temp.pick(key text, n integer) returns integer
  language sql immutable
  as $$ select (abs(hashtext(key)) % n)::integer $$;

create function pg_temp.at(day date, key text) returns timestamptz
  language sql immutable
  as $$ select day::timestamptz + make_interval(mins => 7 * 60 + pg_temp.pick(key, 10 * 60)) $$;

alter table app_public.employers disable trigger _100_timestamps;
alter table app_public.import_batches disable trigger _100_timestamps;
alter table app_public.pending_employers disable trigger _100_timestamps;

-------------------------------------------------------------------------------
-- Employers
create temporary table demo_employers on commit drop as
  with surnames (s, surname) as (
    select ordinality::integer - 1, v from unnest(array[
      'Acme', 'Zenith', 'Harbour', 'Southern Cross', 'Ironbark', 'Bluegum', 'Coastal', 'Redgum', 'Summit',
      'Keystone', 'Granite', 'Pioneer', 'Meridian', 'Horizon', 'Sterling', 'Banksia', 'Wattle', 'Riverside',
      'Highland', 'Outback', 'Brolga', 'Kookaburra', 'Jarrah', 'Boulder', 'Cobalt', 'Eureka', 'Frontier',
      'Lakeside', 'Northgate', 'Morris McMahon']) with ordinality v),
  trades (t, trade, short) as (values
    (0, 'Constructions', 'CONSTRNS'), (1, 'Plumbing', 'PLUMB'), (2, 'Electrical', 'ELEC'), (3, 'Scaffolding', 'SCAFF'),
    (4, 'Concreting', 'CONCR'), (5, 'Civil', 'CIV'), (6, 'Tiling', 'TILE'), (7, 'Roofing', 'ROOF'),
    (8, 'Earthmoving', 'EARTHMVG'), (9, 'Formwork', 'FORMWK'), (10, 'Steel Fixing', 'STL FIX'), (11, 'Glazing', 'GLAZ'),
    (12, 'Painting', 'PAINT'), (13, 'Carpentry', 'CARP'), (14, 'Demolition', 'DEMO'), (15, 'Cranes', 'CRANE HIRE'),
    (16, 'Fitouts', 'FIT OUT'), (17, 'Landscaping', 'LANDSCP')),
  g as (select g, (g - 1) % 30 as s, (((g - 1) / 30) * 5 + (g - 1) % 30) % 18 as t from generate_series(1, 240) g)
  select g.g, su.surname, tr.trade, tr.short,
         su.surname || ' ' || tr.trade || case pg_temp.pick('form' || g.g, 6) when 0 then ' Limited' when 1 then '' else ' Pty Ltd' end
           as name,
         -- 150 were in the registry before the year began; 90 arrive over it, about two a week
         case when g.g <= 150 then d.today - 400 - pg_temp.pick('born' || g.g, 600)
              else d.today - 364 + ((g.g - 151) * 4) end as born,
         null::bigint as id
  from g join surnames su on su.s = g.s join trades tr on tr.t = g.t, demo_days d;
-- The README's example is spelt out in full.
update demo_employers set name = 'Acme Constructions Pty Ltd' where g = 1;

insert into app_public.employers (name, created_at, updated_at)
  select e.name, pg_temp.at(e.born, 'e' || e.g), pg_temp.at(e.born, 'e' || e.g) from demo_employers e order by e.g;
update demo_employers e set id = x.id from app_public.employers x where x.name = e.name and x.status = 'active';

-- Names a feed wrote, kept as aliases: the capitals with a short trade, and
-- for some a group or trading style. Acme carries the README's spellings.
insert into app_public.aliases (employer_id, name, kind, source_system, source_ref, added_at)
  select e.id, v.name, v.kind::app_public.alias_kind, v.source, v.ref,
         pg_temp.at(least(greatest(e.born, d.today - 380) + v.after, d.today - 1), 'a' || e.g || v.name)
  from demo_employers e, demo_days d,
  lateral (values
    (upper(e.surname) || ' ' || e.short || ' P/L', 'feed_spelling', 'bci', 'demo feed spelling', 3),
    (case when e.g % 3 = 0 then e.surname || ' Group' end, 'other', 'manual', 'demo other name', 20),
    (case when e.g = 1 then 'Acme Construction P/L' end, 'feed_spelling', 'bci', 'demo feed spelling', 9),
    (case when e.g = 1 then 'ACME GROUP t/as Acme Builders' end, 'feed_spelling', 'bci', 'demo feed spelling', 12),
    (case when e.g = 1 then 'Acme Builders' end, 'trading', 'abr', 'demo trading name', 1),
    -- a feed's slip of the keyboard (one letter doubled), on some
    (case when e.g % 9 = 4 then upper(regexp_replace(e.name, '([aeiou])', '\1\1')) end, 'feed_spelling', 'bci', 'demo misspelling', 30),
    -- a trading name an operator typed in, for the deferred items
    (case when e.g % 13 = 6 then e.surname || ' Building Group' end, 'trading', 'manual', 'demo trading name', 40)
  ) v (name, kind, source, ref, after)
  where v.name is not null
  on conflict on constraint alias_unique_per_employer do nothing;

-- ABNs for four in five: a valid check digit (the two leading digits that
-- make it valid, found by trying them), dated the day after registration.
insert into app_public.employer_identifiers (employer_id, scheme, value, source_system, added_at)
  select e.id, 'abn', v.abn, 'abr', pg_temp.at(least(e.born + 1, d.today - 1), 'abn' || e.g)
  from demo_employers e, demo_days d,
  lateral (select p.prefix || lpad((987654321 - e.g * 3571)::text, 9, '0') as abn
           from generate_series(10, 99) p (prefix)
           where app_hidden.abn_is_valid(p.prefix || lpad((987654321 - e.g * 3571)::text, 9, '0'))
           order by p.prefix limit 1) v
  where pg_temp.pick('hasabn' || e.g, 5) > 0
    and not exists (select 1 from app_public.employer_identifiers i where i.scheme = 'abn' and i.value = v.abn);

-- The ABR sample loaded just now was in the registry before the year began:
-- its employers, their ABR names and identifiers are dated so (coverage and
-- aliases per day would otherwise start today).
create temporary table demo_abr on commit drop as
  select e.id, pg_temp.at(d.today - 380 - pg_temp.pick('abr' || e.id, 700), 'abr' || e.id) as born
  from app_public.employers e, demo_days d
  where e.created_at > now() - interval '1 day'
    and exists (select 1 from app_public.employer_identifiers i
                where i.employer_id = e.id and i.scheme = 'abn' and i.source_system = 'abr');
update app_public.employers e set created_at = a.born from demo_abr a where a.id = e.id;
update app_public.aliases x set added_at = a.born from demo_abr a where x.employer_id = a.id and x.source_system = 'abr';
update app_public.employer_identifiers x set added_at = a.born from demo_abr a where x.employer_id = a.id;

-------------------------------------------------------------------------------
-- Weekly imports: 52 batches of the BCI feed, one each Monday.
create temporary table demo_batches on commit drop as
  select w, d.today - 364 + w * 7 as day, null::bigint as id from generate_series(0, 51) w, demo_days d;

insert into app_public.import_batches (source_system, file_name, file_sha256, byte_count, row_count, state,
                                       created_at, received_at, started_at, updated_at)
  select 'bci', 'bci-weekly-' || to_char(b.day, 'YYYY-MM-DD') || '.csv', md5('demo-batch-' || b.w) || md5('sha-' || b.w),
         0, 0, 'processing', pg_temp.at(b.day, 'b' || b.w), pg_temp.at(b.day, 'b' || b.w),
         pg_temp.at(b.day, 'b' || b.w) + interval '2 seconds', pg_temp.at(b.day, 'b' || b.w)
  from demo_batches b order by b.w;
update demo_batches b set id = x.id from app_public.import_batches x
  where x.file_name = 'bci-weekly-' || to_char(b.day, 'YYYY-MM-DD') || '.csv';

-- New companies the feed brought: they matched nobody and waited as pending items.
create temporary table demo_newcomers on commit drop as
  select p, v.surname || ' ' || t.trade || ' Pty Ltd' as name, (p * 7) % 52 as w, null::bigint as pending_id
  from generate_series(0, 89) p,
  lateral (select (array['Tasman', 'Mallee', 'Gidgee', 'Coolabah', 'Yarra', 'Derwent', 'Barossa', 'Kimberley',
                         'Pilbara', 'Daintree'])[1 + p % 10] as surname) v,
  lateral (select (array['Rigging', 'Waterproofing', 'Plastering', 'Insulation', 'Paving', 'Fencing', 'Drilling',
                         'Surveying', 'Shopfitting'])[1 + (p / 10) % 9] as trade) t;

-- Rows: each existing employer appears in about one week in six under its
-- canonical name, and in half of those weeks under its feed spelling as well; newcomers appear in their week (and a
-- few in the next); the misspellings turn up now and then.
create temporary table demo_rows on commit drop as
  select b.id as batch_id, b.w, b.day, r.company_name, r.outcome::app_public.import_row_outcome as outcome,
         r.employer_id, r.score, r.pending_p, r.project
  from demo_batches b
  cross join lateral (
    select e.name as company_name, 'matched_exact' as outcome, e.id as employer_id, 1.0::float8 as score,
           null::integer as pending_p, 'P' || (100000 + pg_temp.pick('p' || e.g || '-' || b.w, 400)) as project
    from demo_employers e
    where e.born <= b.day and pg_temp.pick('row' || e.g || '-' || b.w, 6) = 0
    union all
    select a.name, 'matched_exact', e.id, 0.99, null, 'P' || (100000 + pg_temp.pick('q' || e.g || '-' || b.w, 400))
    from demo_employers e join app_public.aliases a on a.employer_id = e.id and a.source_ref = 'demo feed spelling'
    -- only in weeks that carry the canonical name too: feeds write it less often
    where e.born <= b.day and a.added_at::date <= b.day and pg_temp.pick('row' || e.g || '-' || b.w, 6) = 0
      and pg_temp.pick('alias' || a.id || '-' || b.w, 2) = 0
    union all
    select a.name, 'matched_fuzzy', e.id, 0.91, null, 'P' || (100000 + pg_temp.pick('m' || e.g || '-' || b.w, 400))
    from demo_employers e join app_public.aliases a on a.employer_id = e.id and a.source_ref = 'demo misspelling'
    where a.added_at::date <= b.day and pg_temp.pick('miss' || a.id || '-' || b.w, 3) = 0
    union all
    select n.name, 'pending', null, null, n.p, 'P' || (200000 + n.p * 3 + k)
    from demo_newcomers n, generate_series(0, pg_temp.pick('n' || n.p, 3)) k
    where n.w = b.w or (n.w + 1 = b.w and k = 0)
    union all
    select 'TBA', 'rejected', null, null, null, 'P' || (300000 + b.w)
    where b.w % 5 = 2
  ) r;

insert into app_public.import_rows (batch_id, line, company_name, project_id, project_name, role, state, outcome,
                                    employer_id, score, explanation, processed_at)
  select r.batch_id, row_number() over (partition by r.batch_id order by r.company_name, r.project) + 1,
         r.company_name, r.project, 'Project ' || substr(r.project, 2), 'subcontractor', 'NSW', r.outcome,
         r.employer_id, r.score,
         case r.outcome when 'matched_exact' then 'Exact name match' when 'matched_fuzzy' then 'Close spelling of a known name'
              when 'pending' then 'No employer matched: waiting in the pending queue' else 'Not a company name' end,
         pg_temp.at(r.day, 'b' || r.w) + interval '30 seconds'
  from demo_rows r;

-------------------------------------------------------------------------------
-- Pending items: resolved by a steward a few days after they came, except the
-- last three weeks' (still open).
insert into app_public.pending_employers (name, source_system, status, occurrence_count, first_seen_at, last_seen_at,
                                          resolved_employer_id, resolution_note, resolved_by, resolved_at,
                                          created_at, updated_at)
  select n.name, 'bci',
         case when b.day > d.today - 21 then 'open'
              when pg_temp.pick('res' || n.p, 5) = 0 then 'rejected' else 'created' end::app_public.pending_employer_status,
         (select count(*) from demo_rows r where r.pending_p = n.p)::integer,
         pg_temp.at(b.day, 'b' || b.w), least(pg_temp.at(b.day, 'b' || b.w) + interval '7 days', now()),
         null,
         case when b.day > d.today - 21 then null
              when pg_temp.pick('res' || n.p, 5) = 0 then 'A project team, not an employer' else 'New subcontractor' end,
         case when b.day > d.today - 21 then null else d.stewards[1 + pg_temp.pick('who' || n.p, cardinality(d.stewards))] end,
         case when b.day > d.today - 21 then null else pg_temp.at(b.day + 1 + pg_temp.pick('late' || n.p, 6), 'r' || n.p) end,
         pg_temp.at(b.day, 'b' || b.w), pg_temp.at(b.day, 'b' || b.w)
  from demo_newcomers n join demo_batches b on b.w = n.w, demo_days d
  order by n.p;
update demo_newcomers n set pending_id = p.id from app_public.pending_employers p where p.name = n.name;
insert into app_public.pending_employer_names (pending_employer_id, name, base_form, occurrence_count, first_seen_at)
  select p.id, p.name, app_hidden.name_base_form(p.name), p.occurrence_count, p.first_seen_at
  from app_public.pending_employers p join demo_newcomers n on n.pending_id = p.id
  on conflict on constraint pending_name_unique do nothing;
update app_public.import_rows r set pending_employer_id = n.pending_id
  from demo_rows x join demo_newcomers n on n.p = x.pending_p
  where r.batch_id = x.batch_id and r.company_name = x.company_name and r.outcome = 'pending';

-- "Create employer" resolutions: the employer, registered the day it was resolved.
insert into app_public.employers (name, created_by, created_at, updated_at)
  select p.name, p.resolved_by, p.resolved_at, p.resolved_at
  from app_public.pending_employers p join demo_newcomers n on n.pending_id = p.id
  where p.status = 'created';
update app_public.pending_employers p set resolved_employer_id = e.id
  from demo_newcomers n, app_public.employers e
  where n.pending_id = p.id and p.status = 'created' and e.name = p.name and e.status = 'active';

-- The batches are done: their counts, and their names recorded as feed
-- occurrences (the "batch done" trigger, dated by received_at).
update app_public.import_batches b set
    row_count = c.total, rows_processed = c.total,
    matched_exact_count = c.exact, matched_fuzzy_count = c.fuzzy, pending_count = c.pending, rejected_count = c.rejected,
    byte_count = c.total * 96, finished_at = b.received_at + interval '40 seconds', updated_at = b.received_at + interval '40 seconds',
    state = 'done'
  from (
    select r.batch_id, count(*)::integer as total,
           (count(*) filter (where r.outcome = 'matched_exact'))::integer as exact,
           (count(*) filter (where r.outcome = 'matched_fuzzy'))::integer as fuzzy,
           (count(*) filter (where r.outcome = 'pending'))::integer as pending,
           (count(*) filter (where r.outcome = 'rejected'))::integer as rejected
    from app_public.import_rows r join demo_batches d on d.id = r.batch_id
    group by r.batch_id) c
  where c.batch_id = b.id;

alter table app_public.employers enable trigger _100_timestamps;
alter table app_public.import_batches enable trigger _100_timestamps;
alter table app_public.pending_employers enable trigger _100_timestamps;

-------------------------------------------------------------------------------
-- Decisions, by the stewards in turn.

-- Spelling corrections of the ABR sample's capitals: three in five of the
-- active ones, spread over the year.
with fixed as (
  select e.id, e.name as before, e.compare_name as compare_before,
         regexp_replace(initcap(lower(e.name)), '''S\M', '''s', 'g') as after,
         d.today - 360 + pg_temp.pick('fix' || e.id, 350) as day,
         d.stewards[1 + pg_temp.pick('fixwho' || e.id, cardinality(d.stewards))] as who
  from app_public.employers e, demo_days d
  where e.status = 'active' and e.name !~ '[[:lower:]]'
    and exists (select 1 from app_public.employer_identifiers i where i.employer_id = e.id and i.scheme = 'abn')
    and pg_temp.pick('fixed' || e.id, 5) < 3),
renamed as (
  update app_public.employers e set name = f.after from fixed f where e.id = f.id
  returning e.id, e.compare_name)
insert into app_public.canonical_decisions (employer_id, action, candidate_name, candidate_compare_form, name_before,
    name_after, compare_before, compare_after, rationale, evidence, promoted_alias, decided_by, decided_role, decided_at)
  select f.id, 'promote', f.after, r.compare_name, f.before, f.after, f.compare_before, r.compare_name,
         'Spelling corrected',
         jsonb_build_object('correction', true, 'rules', jsonb_build_array('canonical_looks_like_feed_spelling'),
                            'canonical', jsonb_build_object('name', f.before, 'feedSigns', jsonb_build_array('all_caps'))),
         jsonb_build_object('name', f.after, 'kind', 'other', 'source_system', 'manual', 'source_ref', 'spelling correction'),
         f.who, 'steward', pg_temp.at(f.day, 'fix' || f.id)
  from fixed f join renamed r on r.id = f.id
  order by f.day, f.id;

-- Promotions: one generated employer in five was known by its feed spelling
-- until a steward promoted its registered name (which it now carries); the
-- feed spelling is the former canonical name.
insert into app_public.canonical_decisions (employer_id, action, candidate_name, candidate_compare_form, name_before,
    name_after, compare_before, compare_after, rationale, evidence, promoted_alias, former_alias_id,
    decided_by, decided_role, decided_at)
  select e.id, 'promote', e.name, x.compare_name, a.name, e.name, a.compare_form, x.compare_name,
         case when e.g % 2 = 0 then 'Registered name from the ABR' end,
         jsonb_build_object('rules', jsonb_build_array('trusted_legal_or_trading_name', 'canonical_looks_like_feed_spelling'),
                            'candidate', jsonb_build_object('name', e.name, 'kind', 'legal', 'sourceSystem', 'abr', 'trustRank', 90),
                            'canonical', jsonb_build_object('name', a.name, 'feedSigns', jsonb_build_array('all_caps'))),
         jsonb_build_object('name', e.name, 'kind', 'legal', 'source_system', 'abr', 'source_ref', 'demo registered name',
                            'added_at', a.added_at),
         a.id, d.stewards[1 + pg_temp.pick('pw' || e.g, cardinality(d.stewards))], 'steward',
         least(a.added_at + make_interval(days => 5 + pg_temp.pick('pd' || e.g, 40)), now() - interval '1 day')
  from demo_employers e join app_public.employers x on x.id = e.id
  join app_public.aliases a on a.employer_id = e.id and a.source_ref = 'demo feed spelling' and a.name = upper(e.surname) || ' ' || e.short || ' P/L',
  demo_days d
  where e.g % 5 = 2
  order by 15, e.id;

-- Rejections: a feed's misspelling proposed because feeds kept using it, turned
-- down. The evidence records the feed rows it has, so only new evidence brings it back.
insert into app_public.canonical_decisions (employer_id, action, candidate_alias_id, candidate_name, candidate_compare_form,
    name_before, name_after, compare_before, compare_after, rationale, evidence, decided_by, decided_role, decided_at)
  select e.id, 'reject', a.id, a.name, a.compare_form, x.name, x.name, x.compare_name, x.compare_name,
         'A feed''s misspelling, not the company''s name',
         jsonb_build_object('rules', jsonb_build_array('seen_more_often_in_feeds'),
                            'candidate', jsonb_build_object('name', a.name, 'kind', 'feed_spelling', 'rows', o.rows,
                                                            'maxTrust', 40, 'feedSources', jsonb_build_array('bci'))),
         d.stewards[1 + pg_temp.pick('rw' || e.g, cardinality(d.stewards))], 'steward',
         least(a.added_at + make_interval(days => 14 + pg_temp.pick('rd' || e.g, 30)), now() - interval '1 hour')
  from demo_employers e join app_public.employers x on x.id = e.id
  join app_public.aliases a on a.employer_id = e.id and a.source_ref = 'demo misspelling',
  lateral (select coalesce(sum(oc.row_count), 0) + 3 as rows from app_public.alias_occurrences oc
           where oc.compare_form = a.compare_form) o,
  demo_days d
  where e.g < 200
  order by 14, e.id;

-- The ABR sample's trading names (one insurer alone has sixty) were proposed
-- as canonical names; stewards turned most down over the year: a line of
-- business is not the company.
insert into app_public.canonical_decisions (employer_id, action, candidate_alias_id, candidate_name, candidate_compare_form,
    name_before, name_after, compare_before, compare_after, rationale, evidence, decided_by, decided_role, decided_at)
  select x.id, 'reject', a.id, a.name, a.compare_form, x.name, x.name, x.compare_name, x.compare_name,
         'A trading name of one line of business, not the company''s name',
         jsonb_build_object('rules', jsonb_build_array('trusted_legal_or_trading_name'),
                            'candidate', jsonb_build_object('name', a.name, 'kind', 'trading', 'sourceSystem', 'abr',
                                                            'trustRank', 90, 'rows', 0, 'maxTrust', 90,
                                                            'feedSources', '[]'::jsonb)),
         d.stewards[1 + pg_temp.pick('tw' || a.id, cardinality(d.stewards))], 'steward',
         pg_temp.at(d.today - 350 + pg_temp.pick('td' || a.id, 340), 'td' || a.id)
  from app_public.aliases a
  join app_public.employers x on x.id = a.employer_id and x.status = 'active'
  join demo_abr b on b.id = x.id, demo_days d
  where a.source_system = 'abr' and a.kind = 'trading' and a.name ~ '[[:lower:]]'
    and pg_temp.pick('trade' || a.id, 20) < 17
  order by 14, a.id;

-- Deferrals of operator-typed trading names: "ask the employer". A third came
-- back (their date passed), the rest are still deferred.
insert into app_public.canonical_decisions (employer_id, action, candidate_alias_id, candidate_name, candidate_compare_form,
    name_before, name_after, compare_before, compare_after, rationale, defer_until, evidence,
    decided_by, decided_role, decided_at)
  select e.id, 'defer', a.id, a.name, a.compare_form, x.name, x.name, x.compare_name, x.compare_name,
         'Asked the employer which name they trade under',
         case when e.g % 3 = 0 then d.today - 10 else d.today + 30 + pg_temp.pick('du' || e.g, 60) end,
         jsonb_build_object('rules', jsonb_build_array('trusted_legal_or_trading_name'),
                            'candidate', jsonb_build_object('name', a.name, 'kind', 'trading', 'sourceSystem', 'manual', 'trustRank', 100)),
         d.stewards[1 + pg_temp.pick('dw' || e.g, cardinality(d.stewards))], 'steward',
         least(a.added_at + interval '3 days', now() - interval '1 hour')
  from demo_employers e join app_public.employers x on x.id = e.id
  join app_public.aliases a on a.employer_id = e.id and a.source_ref = 'demo trading name' and a.kind = 'trading' and e.g <> 1,
  demo_days d
  order by 15, e.id;

-------------------------------------------------------------------------------
-- Duplicates merged, and look-alikes recorded as distinct.
create temporary table demo_pairs on commit drop as
  select e.g, e.id as original, e.surname || ' ' || e.trade || ' Services Pty Ltd' as name,
         case when e.g % 2 = 0 then 'merge' else 'distinct' end as what,
         d.today - 300 + pg_temp.pick('pair' || e.g, 280) as day,
         d.stewards[1 + pg_temp.pick('pairwho' || e.g, cardinality(d.stewards))] as who,
         null::bigint as id
  from demo_employers e, demo_days d
  where e.g in (12, 27, 33, 58, 64, 81, 95, 110, 123, 137, 142, 166);

alter table app_public.employers disable trigger _100_timestamps;
insert into app_public.employers (name, created_by, created_at, updated_at)
  select p.name, p.who, pg_temp.at(p.day - 30, 'dup' || p.g), pg_temp.at(p.day - 30, 'dup' || p.g) from demo_pairs p order by p.g;
alter table app_public.employers enable trigger _100_timestamps;
update demo_pairs p set id = e.id from app_public.employers e where e.name = p.name and e.status = 'active';

insert into app_public.employer_distinctions (employer_id, other_employer_id, reason, recorded_by, recorded_at)
  select least(p.original, p.id), greatest(p.original, p.id), 'Different ABNs and directors', p.who, pg_temp.at(p.day, 'dist' || p.g)
  from demo_pairs p where p.what = 'distinct';

-- merge_employers as each steward (it records who through app.user_id).
select set_config('app.user_id', p.who::text, true),
       (app_public.merge_employers(p.original, p.id, 'The same company: same ABN')).id
  from demo_pairs p where p.what = 'merge' order by p.g;
update app_public.employer_merges m set merged_at = pg_temp.at(p.day, 'merge' || p.g)
  from demo_pairs p where p.what = 'merge' and m.merged_id = p.id;
select set_config('app.user_id', '', true);
