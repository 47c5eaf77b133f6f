-- TEMPORARY stub (replaced by 1-normaliser.sql): lets the registry be tested meanwhile.
create or replace function app_hidden.normalizer_version() returns integer language sql stable as $$ select 0 $$;
create or replace function app_hidden.name_compare_form(name text) returns text language sql stable as $$
  select coalesce(nullif(btrim(regexp_replace(regexp_replace(replace(lower(public.unaccent(normalize(name, NFKC))), '&', ' and '), '[.'']', '', 'g'), '[^[:alnum:]]+', ' ', 'g')), ''), lower(btrim(name)))
$$;
create or replace function app_hidden.name_base_form(name text) returns text language sql stable as $$
  select coalesce(nullif(btrim(regexp_replace(app_hidden.name_compare_form(name), '(\s(pty|ltd|limited|proprietary|inc|llc|co|p l|plc|corp|corporation|company))+$', '', 'g')), ''), app_hidden.name_compare_form(name))
$$;
grant execute on function app_hidden.name_compare_form(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.name_base_form(text) to :ROLE_API_CLIENT;
grant execute on function app_hidden.normalizer_version() to :ROLE_API_CLIENT;
