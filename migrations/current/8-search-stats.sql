-- Search token statistics, refreshed without blocking searches.
--
-- The first version emptied app_private.search_tokens with TRUNCATE and
-- refilled it. TRUNCATE takes an ACCESS EXCLUSIVE lock, so every search (they
-- read the table) waited for the whole recount, seconds at the 1M scale. That
-- was acceptable while only bulk loads ran it; the worker now runs it nightly
-- (task search_stats__refresh) on a live registry, so it changes only the rows
-- whose count moved: plain row writes, which searches read past (MVCC).
create or replace function app_hidden.refresh_search_stats() returns integer
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_tokens integer;
begin
  create temporary table if not exists pg_temp.search_token_counts (token text primary key, name_count integer not null)
    on commit drop;
  truncate pg_temp.search_token_counts; -- a second call in one transaction starts from nothing too
  insert into pg_temp.search_token_counts (token, name_count)
    select t, count(*) from app_private.search_names, unnest(tokens) as t group by t;
  get diagnostics v_tokens = row_count;

  delete from app_private.search_tokens st
   where not exists (select 1 from pg_temp.search_token_counts c where c.token = st.token);
  insert into app_private.search_tokens (token, name_count)
    select c.token, c.name_count from pg_temp.search_token_counts c
  on conflict (token) do update set name_count = excluded.name_count
    where app_private.search_tokens.name_count is distinct from excluded.name_count;

  update app_private.search_stats set name_count = (select count(*) from app_private.search_names), refreshed_at = now();
  return v_tokens;
end;
$$;
comment on function app_hidden.refresh_search_stats() is 'Recounts how common each name token is (search weights), changing only the counts that moved so searches are never blocked. Returns the number of distinct tokens.';
