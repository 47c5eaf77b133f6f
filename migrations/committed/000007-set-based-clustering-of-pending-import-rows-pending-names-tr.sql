--! Previous: sha1:a92de2d0168cca3d2d7bcdd7566aedfffea9db54
--! Hash: sha1:4d191aeb5b2baba00c2e54db780e59a06d4e7185
--! Message: Set-based clustering of pending import rows; pending names trigram index without GIN fast update

--! split: 1-current.sql
-- Clustering's similar-spelling lookup (cluster_pending_rows, below) reads this
-- index once for each name new to a chunk. With GIN's fast update, new and
-- recounted spellings wait in the index's pending list, which every lookup
-- reads in full until a vacuum merges it (and the planner, pricing that in,
-- scanned the whole table instead). Entries now go straight into the index:
-- with this and the function below, clustering took 5.1-6.3 s of
-- npm run bench:import instead of 12.5-15.4 s (docs/IMPORTS.md, Figures).
alter index app_public.pending_employer_names_trgm_idx set (fastupdate = off);
select pg_catalog.gin_clean_pending_list('app_public.pending_employer_names_trgm_idx'::regclass);

-- Loads pg_trgm into this session: the function's pg_trgm setting below is
-- refused to a non-superuser while the module's settings are still unknown.
select public.similarity('', '');

-- Clustering pending rows, set-based where the order of a chunk's names cannot
-- change the outcome (issue 5: the per-name loop was the largest part of each
-- chunk's own work).
--
-- Every name of a chunk used to take its turn, in the order of its first line,
-- because a name may join an item that an earlier name of the same chunk made,
-- reopened or gave an identifier. A name some item already holds goes to that
-- item whatever the order, so those are resolved in one statement; only the
-- names whose outcome can depend on the order still take turns:
-- - names no item holds yet (they look for an open item by identifier, then by
--   a similar spelling, else start one);
-- - names of matched or created items (taking their turn reopens the item,
--   which a later name may then join);
-- - names carrying an identifier that is new to the pending items and that one
--   of the names above also carries (whichever comes first keeps it).
-- Nothing the other names do is seen by those lookups: they add no names, and
-- their new identifiers are carried by no name that looks. Counts, conflicts,
-- display names and the chunk's rows are then updated for all names at once,
-- with the same values as one name at a time.
create or replace function app_hidden.cluster_pending_rows(source_system text) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  -- As set by 000005: pg_trgm's default (0.3) made the similar-spelling lookup
  -- fetch and recheck every loosely similar spelling. create or replace resets it.
  set pg_trgm.similarity_threshold = 0.7
  as $$
declare
  v_group record;
  v_item app_public.pending_employers;
  v_taken integer;
begin
  create temp table if not exists cluster_groups (
    base_form text primary key,
    name text,
    row_count integer not null,
    first_line integer not null,
    has_conflict boolean not null,
    conflict text,
    abns text[] not null,
    acns text[] not null,
    bcis text[] not null,
    pending_employer_id bigint,
    is_rejected boolean not null default false,
    takes_turn boolean not null default false
  ) on commit drop;
  create temp table if not exists cluster_new_identifiers (
    base_form text not null,
    scheme text not null,
    value text not null
  ) on commit drop;
  truncate cluster_groups, cluster_new_identifiers;

  insert into cluster_groups (base_form, name, row_count, first_line, has_conflict, conflict, abns, acns, bcis)
    select c.base_form,
           mode() within group (order by c.company_name),
           count(*)::int,
           min(c.line),
           bool_or(c.outcome = 'conflict'),
           max(c.conflict),
           array_remove(array_agg(distinct c.abn_form), null),
           array_remove(array_agg(distinct c.acn_form), null),
           array_remove(array_agg(distinct c.bci_form), null)
    from import_chunk c
    where c.outcome in ('pending', 'conflict')
    group by c.base_form;
  analyze cluster_groups;

  -- The item holding the name, following merges to the surviving item.
  with recursive holder as (
    select g.base_form, p.id, p.status, p.merged_into_id
    from cluster_groups g
    join app_public.pending_employer_names n on n.base_form = g.base_form
    join app_public.pending_employers p on p.id = n.pending_employer_id
    union all
    select h.base_form, p.id, p.status, p.merged_into_id
    from holder h
    join app_public.pending_employers p on p.id = h.merged_into_id
    where h.status = 'merged'
  )
  update cluster_groups g
    set pending_employer_id = h.id, is_rejected = h.status = 'rejected', takes_turn = h.status in ('matched', 'created')
    from holder h
    where h.base_form = g.base_form and not (h.status = 'merged' and h.merged_into_id is not null);
  update cluster_groups g set takes_turn = true where g.pending_employer_id is null;

  insert into cluster_new_identifiers (base_form, scheme, value)
    select g.base_form, x.scheme, x.value
    from cluster_groups g
    cross join lateral (
      select 'abn', unnest(g.abns) union all select 'acn', unnest(g.acns) union all select 'bci_company', unnest(g.bcis)
    ) x (scheme, value)
    where not exists (select 1 from app_public.pending_employer_identifiers i where i.scheme = x.scheme and i.value = x.value);
  -- Sharing is transitive: a name drawn in may share another identifier.
  loop
    update cluster_groups g set takes_turn = true
      where not g.takes_turn
        and exists (select 1 from cluster_new_identifiers mine
                    join cluster_new_identifiers theirs on theirs.scheme = mine.scheme and theirs.value = mine.value
                    join cluster_groups other on other.base_form = theirs.base_form and other.takes_turn
                    where mine.base_form = g.base_form);
    get diagnostics v_taken = row_count;
    exit when v_taken = 0;
  end loop;

  for v_group in
    select g.* from cluster_groups g where g.takes_turn order by g.first_line
  loop
    v_item := null;
    if v_group.pending_employer_id is not null then
      select p.* into v_item from app_public.pending_employers p where p.id = v_group.pending_employer_id;
    else
      select p.* into v_item from app_public.pending_employer_identifiers i
        join app_public.pending_employers p on p.id = i.pending_employer_id
        where p.status = 'open'
          and ((i.scheme = 'abn' and i.value = any (v_group.abns)) or (i.scheme = 'acn' and i.value = any (v_group.acns))
               or (i.scheme = 'bci_company' and i.value = any (v_group.bcis)))
        order by p.id limit 1;
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
    end if;
    update cluster_groups g set pending_employer_id = v_item.id, is_rejected = v_item.status = 'rejected'
      where g.base_form = v_group.base_form;

    if v_item.status = 'rejected' then
      -- A name a steward rejected before: recorded, not queued again (conflicts still are).
      if not v_group.has_conflict then
        continue;
      end if;
    elsif v_item.status in ('matched', 'created') then
      -- Its names were attached to an employer, yet one came back unmatched
      -- (an alias was retired or deleted since): a steward looks again.
      update app_public.pending_employers p set status = 'open', resolution_note = null, resolved_at = null
        where p.id = v_item.id;
    end if;

    -- Counted below with the other names; later turns look the name and
    -- identifiers up.
    insert into app_public.pending_employer_names (pending_employer_id, name, base_form, occurrence_count)
      values (v_item.id, v_group.name, v_group.base_form, 0)
      on conflict (base_form) do nothing;
    insert into app_public.pending_employer_identifiers (pending_employer_id, scheme, value)
      select v_item.id, 'abn', unnest(v_group.abns)
      union all select v_item.id, 'acn', unnest(v_group.acns)
      union all select v_item.id, 'bci_company', unnest(v_group.bcis)
      on conflict (scheme, value) do nothing;
  end loop;

  -- The other names' new identifiers: the first name (by line) to carry one
  -- keeps it, as if each had taken its turn.
  insert into app_public.pending_employer_identifiers (pending_employer_id, scheme, value)
    select distinct on (x.scheme, x.value) g.pending_employer_id, x.scheme, x.value
    from cluster_groups g
    cross join lateral (
      select 'abn', unnest(g.abns) union all select 'acn', unnest(g.acns) union all select 'bci_company', unnest(g.bcis)
    ) x (scheme, value)
    where not g.takes_turn and (g.has_conflict or not g.is_rejected)
    order by x.scheme, x.value, g.first_line
    on conflict (scheme, value) do nothing;

  update import_chunk c
    set outcome = 'rejected', pending_employer_id = p.id,
        explanation = format('Rejected before as not an employer (pending item #%s): %s', p.id, coalesce(p.resolution_note, ''))
    from cluster_groups g
    join app_public.pending_employers p on p.id = g.pending_employer_id
    where g.is_rejected and c.base_form = g.base_form and c.outcome = 'pending';

  update app_public.pending_employer_names n set occurrence_count = n.occurrence_count + g.row_count
    from cluster_groups g
    where n.base_form = g.base_form and (g.has_conflict or not g.is_rejected);
  -- Each name with a conflict overwrote the item's conflict in its turn: the
  -- last one (by line) stays.
  update app_public.pending_employers p
    set occurrence_count = p.occurrence_count + t.row_count, last_seen_at = now(),
        conflict = coalesce(t.conflict, p.conflict),
        -- The display name is the spelling seen most often.
        name = (select n.name from app_public.pending_employer_names n where n.pending_employer_id = p.id
                order by n.occurrence_count desc, n.id limit 1)
    from (
      select g.pending_employer_id, sum(g.row_count)::int as row_count,
             (array_agg(g.conflict order by g.first_line desc) filter (where g.has_conflict and g.conflict is not null))[1] as conflict
      from cluster_groups g
      where g.has_conflict or not g.is_rejected
      group by g.pending_employer_id
    ) t
    where p.id = t.pending_employer_id;
  update import_chunk c set pending_employer_id = g.pending_employer_id
    from cluster_groups g
    where c.base_form = g.base_form and c.outcome in ('pending', 'conflict');
end;
$$;
