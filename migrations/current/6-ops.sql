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
