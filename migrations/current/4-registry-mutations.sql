-- What stewards do to the registry. Each is a function (a GraphQL mutation)
-- that checks its input, raises a domain error a steward can act on, and is
-- audited by the table triggers. They are security definer, executable by
-- stewards (and admins) only, so the tables need no write grants of their own.
drop type if exists app_public.new_identifier cascade;
drop type if exists app_public.new_alias cascade;

create type app_public.new_identifier as (
  scheme text,
  value text
);
comment on type app_public.new_identifier is 'An identifier to attach to an employer: scheme (abn, acn, bci_company, ...) and value.';

create type app_public.new_alias as (
  name text,
  kind app_public.alias_kind,
  visibility app_public.alias_visibility
);
comment on type app_public.new_alias is 'A name to attach to an employer; visibility defaults by kind (feed spellings and other names are internal).';

-- The visibility a kind of name gets unless a steward says otherwise.
create or replace function app_hidden.default_alias_visibility(kind app_public.alias_kind) returns app_public.alias_visibility
  language sql immutable
  as $$ select case when kind in ('feed_spelling', 'other') then 'internal' else 'public' end::app_public.alias_visibility $$;

create or replace function app_hidden.employer_for_change(employer_id bigint) returns app_public.employers
  language plpgsql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers;
begin
  select * into v_employer from app_public.employers e where e.id = employer_id;
  if v_employer.id is null then
    raise exception 'No employer #%', employer_id using errcode = 'NTFND';
  end if;
  if v_employer.status = 'merged' then
    raise exception 'Employer #% was merged into #%: work on that one', employer_id, v_employer.merged_into
      using errcode = 'MERGD';
  end if;
  return v_employer;
end;
$$;

create or replace function app_hidden.assert_source_system(source_system text) returns void
  language plpgsql stable
  as $$
begin
  if not exists (select 1 from app_public.source_systems s where s.key = source_system) then
    raise exception 'Unknown source system "%"', source_system using errcode = 'BADSR';
  end if;
end;
$$;

create or replace function app_hidden.assert_name(name text) returns void
  language plpgsql immutable
  as $$
begin
  if name is null or length(btrim(name)) = 0 then
    raise exception 'A name cannot be empty' using errcode = 'BADNM';
  end if;
  if length(name) > 500 then
    raise exception 'A name may have at most 500 characters' using errcode = 'BADNM';
  end if;
  if name ~ '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]' then
    raise exception 'A name cannot contain control characters' using errcode = 'BADNM';
  end if;
end;
$$;

-------------------------------------------------------------------------------
-- Aliases
create or replace function app_public.add_alias(
  employer_id bigint,
  name text,
  kind app_public.alias_kind default 'other',
  visibility app_public.alias_visibility default null,
  valid_from date default null,
  valid_to date default null,
  source_system text default 'manual',
  source_ref text default null
) returns app_public.aliases
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.employer_for_change(employer_id);
  v_compare text;
  v_existing app_public.aliases;
  v_alias app_public.aliases;
begin
  perform app_hidden.assert_name(name);
  perform app_hidden.assert_source_system(coalesce(source_system, 'manual'));
  if valid_to is not null and valid_from is not null and valid_to < valid_from then
    raise exception 'valid_to is before valid_from' using errcode = 'BADDT';
  end if;
  v_compare := app_hidden.name_compare_form(name);
  if v_compare = v_employer.compare_name then
    raise exception '"%" is the canonical name of employer #% already', name, v_employer.id using errcode = 'DUPAL';
  end if;
  select * into v_existing from app_public.aliases a
    where a.employer_id = v_employer.id and a.compare_form = v_compare;
  if v_existing.id is not null then
    raise exception 'Employer #% already has the name "%" (alias #%)', v_employer.id, v_existing.name, v_existing.id
      using errcode = 'DUPAL';
  end if;
  insert into app_public.aliases (employer_id, name, kind, visibility, valid_from, valid_to, source_system, source_ref, added_by)
    values (v_employer.id, add_alias.name, coalesce(add_alias.kind, 'other'),
            coalesce(add_alias.visibility, app_hidden.default_alias_visibility(coalesce(add_alias.kind, 'other'))),
            add_alias.valid_from, add_alias.valid_to, coalesce(add_alias.source_system, 'manual'), add_alias.source_ref,
            app_hidden.current_user_id())
    returning * into v_alias;
  return v_alias;
end;
$$;
comment on function app_public.add_alias(bigint, text, app_public.alias_kind, app_public.alias_visibility, date, date, text, text) is
  'Steward: adds a name to an employer. Refused when the employer already has that name (same compare form).';
grant execute on function app_public.add_alias(bigint, text, app_public.alias_kind, app_public.alias_visibility, date, date, text, text) to :ROLE_STEWARD;

create or replace function app_public.retire_alias(alias_id bigint, valid_to date default current_date)
  returns app_public.aliases
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_alias app_public.aliases;
begin
  update app_public.aliases a set valid_to = coalesce(retire_alias.valid_to, current_date)
    where a.id = alias_id
    returning * into v_alias;
  if v_alias.id is null then
    raise exception 'No alias #%', alias_id using errcode = 'NTFND';
  end if;
  return v_alias;
exception when check_violation then
  raise exception 'An alias cannot be retired before it was valid' using errcode = 'BADDT';
end;
$$;
comment on function app_public.retire_alias(bigint, date) is 'Steward: marks a name as no longer used (from valid_to, default today). It is kept, and still found by search.';
grant execute on function app_public.retire_alias(bigint, date) to :ROLE_STEWARD;

create or replace function app_public.update_alias_details(
  alias_id bigint,
  kind app_public.alias_kind default null,
  visibility app_public.alias_visibility default null,
  valid_from date default null
) returns app_public.aliases
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_alias app_public.aliases;
begin
  update app_public.aliases a
    set kind = coalesce(update_alias_details.kind, a.kind),
        visibility = coalesce(update_alias_details.visibility, a.visibility),
        valid_from = coalesce(update_alias_details.valid_from, a.valid_from)
    where a.id = alias_id
    returning * into v_alias;
  if v_alias.id is null then
    raise exception 'No alias #%', alias_id using errcode = 'NTFND';
  end if;
  return v_alias;
exception when check_violation then
  raise exception 'valid_from is after valid_to' using errcode = 'BADDT';
end;
$$;
comment on function app_public.update_alias_details(bigint, app_public.alias_kind, app_public.alias_visibility, date) is
  'Steward: changes an alias''s kind, visibility or start date (arguments left out stay as they are).';
grant execute on function app_public.update_alias_details(bigint, app_public.alias_kind, app_public.alias_visibility, date) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Identifiers
create or replace function app_public.add_identifier(
  employer_id bigint,
  scheme text,
  value text,
  source_system text default 'manual',
  source_ref text default null
) returns app_public.employer_identifiers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.employer_for_change(employer_id);
  v_value text := app_hidden.identifier_value_form(scheme, value);
  v_holder app_public.employers;
  v_identifier app_public.employer_identifiers;
begin
  perform app_hidden.assert_source_system(coalesce(source_system, 'manual'));
  perform app_hidden.assert_identifier_valid(scheme, v_value);
  select e.* into v_holder from app_public.employer_identifiers i join app_public.employers e on e.id = i.employer_id
    where i.scheme = add_identifier.scheme and i.value = v_value;
  if v_holder.id = v_employer.id then
    raise exception 'Employer #% already has % %', v_employer.id, scheme, v_value using errcode = 'IDUSE';
  elsif v_holder.id is not null then
    raise exception '% % already belongs to employer #% (%)', scheme, v_value, v_holder.id, v_holder.name
      using errcode = 'IDUSE';
  end if;
  insert into app_public.employer_identifiers (employer_id, scheme, value, source_system, source_ref, added_by)
    values (v_employer.id, add_identifier.scheme, v_value, coalesce(add_identifier.source_system, 'manual'),
            add_identifier.source_ref, app_hidden.current_user_id())
    returning * into v_identifier;
  return v_identifier;
end;
$$;
comment on function app_public.add_identifier(bigint, text, text, text, text) is
  'Steward: attaches an identifier (ABN and ACN are checksum-validated; spaces are ignored). Refused when another employer holds it.';
grant execute on function app_public.add_identifier(bigint, text, text, text, text) to :ROLE_STEWARD;

create or replace function app_public.remove_identifier(identifier_id bigint) returns app_public.employer_identifiers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_identifier app_public.employer_identifiers;
begin
  delete from app_public.employer_identifiers i where i.id = identifier_id returning * into v_identifier;
  if v_identifier.id is null then
    raise exception 'No identifier #%', identifier_id using errcode = 'NTFND';
  end if;
  return v_identifier;
end;
$$;
comment on function app_public.remove_identifier(bigint) is 'Steward: detaches an identifier (the audit trail keeps it).';
grant execute on function app_public.remove_identifier(bigint) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Employers
create or replace function app_public.register_employer(
  name text,
  identifiers app_public.new_identifier[] default '{}',
  aliases app_public.new_alias[] default '{}',
  source_system text default 'manual',
  source_ref text default null
) returns app_public.employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers;
  v_identifier app_public.new_identifier;
  v_alias app_public.new_alias;
begin
  perform app_hidden.assert_name(name);
  perform app_hidden.assert_source_system(coalesce(source_system, 'manual'));
  insert into app_public.employers (name, created_by) values (register_employer.name, app_hidden.current_user_id())
    returning * into v_employer;
  foreach v_identifier in array coalesce(identifiers, '{}') loop
    perform app_public.add_identifier(v_employer.id, v_identifier.scheme, v_identifier.value, source_system, source_ref);
  end loop;
  foreach v_alias in array coalesce(aliases, '{}') loop
    -- The canonical name repeated, or a name given twice, is not an error here.
    if app_hidden.name_compare_form(v_alias.name) <> v_employer.compare_name
       and not exists (select 1 from app_public.aliases a
                       where a.employer_id = v_employer.id and a.compare_form = app_hidden.name_compare_form(v_alias.name)) then
      perform app_public.add_alias(v_employer.id, v_alias.name, coalesce(v_alias.kind, 'other'), v_alias.visibility,
                                   null, null, source_system, source_ref);
    end if;
  end loop;
  return v_employer;
end;
$$;
comment on function app_public.register_employer(text, app_public.new_identifier[], app_public.new_alias[], text, text) is
  'Steward: adds an employer with its canonical name, identifiers and other names, all or nothing.';
grant execute on function app_public.register_employer(text, app_public.new_identifier[], app_public.new_alias[], text, text) to :ROLE_STEWARD;

create or replace function app_public.set_employer_archived(employer_id bigint, archived boolean)
  returns app_public.employers
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_employer app_public.employers := app_hidden.employer_for_change(employer_id);
begin
  update app_public.employers e set status = case when archived then 'archived' else 'active' end::app_public.employer_status
    where e.id = v_employer.id
    returning * into v_employer;
  return v_employer;
end;
$$;

comment on function app_public.set_employer_archived(bigint, boolean) is 'Steward: archives an employer (out of searches unless asked for) or brings it back.';
grant execute on function app_public.set_employer_archived(bigint, boolean) to :ROLE_STEWARD;

-- Follows merged_into to the survivor: every lookup of a merged id lands there.
create or replace function app_public.resolve_employer(employer_id bigint) returns app_public.employers
  language sql stable
  as $$
    with recursive chain as (
      select e.*, 0 as depth from app_public.employers e where e.id = employer_id
      union all
      select e.*, chain.depth + 1 from app_public.employers e join chain on e.id = chain.merged_into
      where chain.depth < 20
    )
    select id, name, compare_name, base_name, normalizer_version, status, merged_into, created_by, created_at, updated_at
    from chain order by depth desc limit 1
  $$;
comment on function app_public.resolve_employer(bigint) is 'The employer with this id, or, if it was merged, the employer it was merged into.';
grant execute on function app_public.resolve_employer(bigint) to :ROLE_API_CLIENT;

-------------------------------------------------------------------------------
-- Distinctions
create or replace function app_public.record_distinction(employer_id bigint, other_employer_id bigint, reason text)
  returns app_public.employer_distinctions
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_distinction app_public.employer_distinctions;
begin
  if employer_id = other_employer_id then
    raise exception 'An employer cannot be distinct from itself' using errcode = 'BADDS';
  end if;
  if reason is null or length(btrim(reason)) = 0 then
    raise exception 'Say why the two are not the same' using errcode = 'RSNRQ';
  end if;
  perform app_hidden.employer_for_change(employer_id);
  perform app_hidden.employer_for_change(other_employer_id);
  insert into app_public.employer_distinctions (employer_id, other_employer_id, reason, recorded_by)
    values (least(record_distinction.employer_id, record_distinction.other_employer_id),
            greatest(record_distinction.employer_id, record_distinction.other_employer_id),
            btrim(reason), app_hidden.current_user_id())
    on conflict on constraint distinction_unique do nothing
    returning * into v_distinction;
  if v_distinction.id is null then
    raise exception 'Employers #% and #% are already recorded as distinct', employer_id, other_employer_id using errcode = 'DUPDS';
  end if;
  return v_distinction;
end;
$$;
comment on function app_public.record_distinction(bigint, bigint, text) is 'Steward: records that two employers are not the same; they will not be merged or auto-matched to each other.';
grant execute on function app_public.record_distinction(bigint, bigint, text) to :ROLE_STEWARD;

-------------------------------------------------------------------------------
-- Merge and unmerge
create or replace function app_public.merge_employers(survivor_id bigint, merged_id bigint, reason text default null)
  returns app_public.employer_merges
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_survivor app_public.employers;
  v_merged app_public.employers;
  v_moved_aliases bigint[];
  v_kept_aliases bigint[];
  v_moved_identifiers bigint[];
  v_repointed bigint[];
  v_former_alias_id bigint;
  v_merge app_public.employer_merges;
begin
  if survivor_id = merged_id then
    raise exception 'An employer cannot be merged into itself' using errcode = 'BADMG';
  end if;
  -- Lock both rows in id order, so concurrent merges of the same pair cannot interleave.
  perform 1 from app_public.employers e where e.id in (survivor_id, merged_id) order by e.id for update;
  v_survivor := app_hidden.employer_for_change(survivor_id);
  v_merged := app_hidden.employer_for_change(merged_id);
  if app_hidden.are_distinct(survivor_id, merged_id) then
    raise exception 'Employers #% and #% are recorded as distinct: they cannot be merged', survivor_id, merged_id
      using errcode = 'DISTN';
  end if;

  -- Names: the loser's aliases move unless the survivor already has that name.
  select coalesce(array_agg(a.id order by a.id) filter (where not exists (
           select 1 from app_public.aliases s where s.employer_id = survivor_id and s.compare_form = a.compare_form)
           and a.compare_form <> v_survivor.compare_name), '{}'),
         coalesce(array_agg(a.id order by a.id) filter (where exists (
           select 1 from app_public.aliases s where s.employer_id = survivor_id and s.compare_form = a.compare_form)
           or a.compare_form = v_survivor.compare_name), '{}')
    into v_moved_aliases, v_kept_aliases
    from app_public.aliases a where a.employer_id = merged_id;
  update app_public.aliases a set employer_id = survivor_id where a.id = any (v_moved_aliases);

  select coalesce(array_agg(i.id order by i.id), '{}') into v_moved_identifiers
    from app_public.employer_identifiers i where i.employer_id = merged_id;
  update app_public.employer_identifiers i set employer_id = survivor_id where i.id = any (v_moved_identifiers);

  -- The loser's canonical name stays findable, as a former name of the survivor.
  if v_merged.compare_name <> v_survivor.compare_name
     and not exists (select 1 from app_public.aliases s where s.employer_id = survivor_id and s.compare_form = v_merged.compare_name) then
    insert into app_public.aliases (employer_id, name, kind, visibility, source_system, source_ref, added_by)
      values (survivor_id, v_merged.name, 'former', 'public', 'manual', 'merge of employer #' || merged_id,
              app_hidden.current_user_id())
      returning id into v_former_alias_id;
  end if;

  -- Earlier merges into the loser now point at the survivor (no chains).
  select coalesce(array_agg(e.id order by e.id), '{}') into v_repointed
    from app_public.employers e where e.merged_into = merged_id;
  update app_public.employers e set merged_into = survivor_id where e.id = any (v_repointed);

  update app_public.employers e set status = 'merged', merged_into = survivor_id where e.id = merged_id;

  insert into app_public.employer_merges (survivor_id, merged_id, reason, merged_by, undo)
    values (survivor_id, merged_id, nullif(btrim(reason), ''), app_hidden.current_user_id(), jsonb_build_object(
      'moved_alias_ids', to_jsonb(v_moved_aliases),
      'kept_alias_ids', to_jsonb(v_kept_aliases),
      'moved_identifier_ids', to_jsonb(v_moved_identifiers),
      'former_alias_id', v_former_alias_id,
      'repointed_employer_ids', to_jsonb(v_repointed),
      'merged_status', v_merged.status
    ))
    returning * into v_merge;
  return v_merge;
end;
$$;
comment on function app_public.merge_employers(bigint, bigint, text) is
  'Steward: folds merged_id into survivor_id: moves its aliases and identifiers, keeps its name as a former alias, and redirects its id. Refused across a distinction. Undo with unmergeEmployers.';
grant execute on function app_public.merge_employers(bigint, bigint, text) to :ROLE_STEWARD;

create or replace function app_public.unmerge_employers(merge_id bigint) returns app_public.employer_merges
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_merge app_public.employer_merges;
  v_undo jsonb;
  v_later bigint;
begin
  select * into v_merge from app_public.employer_merges m where m.id = merge_id for update;
  if v_merge.id is null then
    raise exception 'No merge #%', merge_id using errcode = 'NTFND';
  end if;
  if v_merge.unmerged_at is not null then
    raise exception 'Merge #% was already undone', merge_id using errcode = 'UNMRG';
  end if;
  -- A later merge of the survivor moved these rows on: that one is undone first.
  select m.id into v_later from app_public.employer_merges m
    where m.merged_id = v_merge.survivor_id and m.unmerged_at is null and m.id > v_merge.id
    order by m.id limit 1;
  if v_later is not null then
    raise exception 'Employer #% was merged again later (merge #%): undo that first', v_merge.survivor_id, v_later
      using errcode = 'UNMRG';
  end if;
  perform 1 from app_public.employers e where e.id in (v_merge.survivor_id, v_merge.merged_id) order by e.id for update;
  v_undo := v_merge.undo;

  if v_undo->>'former_alias_id' is not null then
    delete from app_public.aliases a where a.id = (v_undo->>'former_alias_id')::bigint;
  end if;
  update app_public.aliases a set employer_id = v_merge.merged_id
    where a.id in (select jsonb_array_elements_text(v_undo->'moved_alias_ids')::bigint)
      and a.employer_id = v_merge.survivor_id;
  update app_public.employer_identifiers i set employer_id = v_merge.merged_id
    where i.id in (select jsonb_array_elements_text(v_undo->'moved_identifier_ids')::bigint)
      and i.employer_id = v_merge.survivor_id;
  update app_public.employers e set status = (v_undo->>'merged_status')::app_public.employer_status, merged_into = null
    where e.id = v_merge.merged_id;
  update app_public.employers e set merged_into = v_merge.merged_id
    where e.id in (select jsonb_array_elements_text(v_undo->'repointed_employer_ids')::bigint)
      and e.merged_into = v_merge.survivor_id;
  update app_public.employer_merges m set unmerged_at = now(), unmerged_by = app_hidden.current_user_id()
    where m.id = merge_id
    returning * into v_merge;
  return v_merge;
end;
$$;
comment on function app_public.unmerge_employers(bigint) is 'Steward: undoes a merge in one step, restoring exactly what it changed.';
grant execute on function app_public.unmerge_employers(bigint) to :ROLE_STEWARD;
