--! Previous: sha1:78e9a0e027d09d01d76e43e575c6fcdc0f429299
--! Hash: sha1:acfaa68e1f2245d48ba3349051b672008b5f0208
--! Message: Reconciliation service: keys for clients that cannot send headers, and the active employer a merged id leads to
--! Compatible: adds the reconciliation keys table and functions; nothing the previous release reads changes

--! split: 1-current.sql
-- Enter migration here

--! split: 3-reconcile.sql
-- The reconciliation service (/reconcile, for OpenRefine and other spreadsheet
-- tools): where a merged employer id leads, and reconciliation keys, the
-- secrets a client that cannot send an Authorization header puts in its
-- service URL instead of its API token.
drop function if exists app_private.authenticate_reconcile_key(text);
drop function if exists app_private.revoke_reconcile_key(bigint);
drop function if exists app_private.issue_reconcile_key(bigint);
drop table if exists app_private.reconcile_keys;
drop function if exists app_hidden.active_employer_id(bigint);

-- Every lookup of a merged id resolves to the survivor, for API clients too,
-- who cannot read merged employers themselves (row-level security shows them
-- active ones only). Archived and unknown ids lead nowhere: the caller cannot
-- tell them apart. merge_employers repoints earlier merges to the new
-- survivor, so one hop is enough.
create or replace function app_hidden.active_employer_id(employer_id bigint) returns bigint
  language sql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
    select survivor.id
    from app_public.employers e
    join app_public.employers survivor on survivor.id = coalesce(e.merged_into, e.id)
    where e.id = active_employer_id.employer_id and survivor.status = 'active'
  $$;
comment on function app_hidden.active_employer_id(bigint) is
  'The active employer an id leads to: itself when active, its survivor when merged into an active one; null for archived, unknown, or merged into an archived one.';
grant execute on function app_hidden.active_employer_id(bigint) to :ROLE_API_CLIENT;

-- One key per API token at most: issuing again replaces it (the old URL stops
-- working), revoking the API token ends it too. Only the SHA-256 is stored.
create table app_private.reconcile_keys (
  token_id bigint primary key references app_public.api_tokens (id) on delete cascade,
  key_hash bytea not null unique,
  created_at timestamptz not null default now()
);
alter table app_private.reconcile_keys enable row level security;
comment on table app_private.reconcile_keys is 'SHA-256 hashes of reconciliation keys: the secret of an API token''s reconciliation URL (no grants).';

create or replace function app_private.issue_reconcile_key(token_id bigint) returns text
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_key text := 'rk_' || encode(public.gen_random_bytes(24), 'hex');
begin
  insert into app_private.reconcile_keys as k (token_id, key_hash)
    values (issue_reconcile_key.token_id, public.digest(v_key, 'sha256'))
  on conflict on constraint reconcile_keys_pkey
    do update set key_hash = excluded.key_hash, created_at = now();
  return v_key;
end;
$$;
comment on function app_private.issue_reconcile_key(bigint) is 'A new reconciliation key for an API token, replacing its previous one; returned once.';

create or replace function app_private.revoke_reconcile_key(token_id bigint) returns boolean
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
    with gone as (delete from app_private.reconcile_keys k where k.token_id = revoke_reconcile_key.token_id returning 1)
    select exists (select 1 from gone)
  $$;
comment on function app_private.revoke_reconcile_key(bigint) is 'Ends an API token''s reconciliation key; true when there was one.';

create or replace function app_private.authenticate_reconcile_key(key text) returns table (token_id bigint, role app_public.api_token_role)
  language sql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
    select t.id, t.role
    from app_private.reconcile_keys k
    join app_public.api_tokens t on t.id = k.token_id
    where k.key_hash = public.digest(key, 'sha256') and t.revoked_at is null and t.expires_at > now()
  $$;
comment on function app_private.authenticate_reconcile_key(text) is 'The API token (and its role) a reconciliation key stands for, while the token is valid.';
