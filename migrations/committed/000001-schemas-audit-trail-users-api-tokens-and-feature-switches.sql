--! Previous: -
--! Hash: sha1:f235e2dd544f4a5cde530bcbecd94d652d81a4e1
--! Message: schemas, audit trail, users, API tokens and feature switches

--! split: 1-schemas-and-helpers.sql
-- Schemas, default privileges and the helpers every later migration relies on.
-- This folder is re-runnable: drop first, in reverse order of creation.
drop schema if exists app_private cascade;
drop schema if exists app_hidden cascade;
drop schema if exists app_public cascade;

-- Nothing is usable by accident: PUBLIC gets nothing in the public schema, and
-- functions/sequences created from now on are not executable/usable by PUBLIC.
revoke all on schema public from public;
alter default privileges revoke all on sequences from public;
alter default privileges revoke all on functions from public;
-- Visitor roles may call the extension functions (similarity(), unaccent(), ...).
-- Granting api_client covers analyst, steward and admin, which inherit from it.
grant usage on schema public to :ROLE_ANONYMOUS, :ROLE_API_CLIENT;

create schema app_public;
comment on schema app_public is 'Exposed through GraphQL.';
create schema app_hidden;
comment on schema app_hidden is 'Helpers visitor roles may use but that are not exposed through GraphQL.';
create schema app_private;
comment on schema app_private is 'Secrets (password and token hashes) and privileged internals: no grants to visitor roles.';

grant usage on schema app_public to :ROLE_ANONYMOUS, :ROLE_API_CLIENT;
grant usage on schema app_hidden to :ROLE_ANONYMOUS, :ROLE_API_CLIENT;

-- The identity of the caller, set per transaction by the server from a
-- verified token (server/src/auth/): never from anything the client can set.
create function app_hidden.current_user_id() returns bigint
  language sql stable
  as $$ select nullif(current_setting('app.user_id', true), '')::bigint $$;
comment on function app_hidden.current_user_id() is 'The id of the logged-in user, or null for anonymous and API-token callers.';

create function app_hidden.current_api_token_id() returns bigint
  language sql stable
  as $$ select nullif(current_setting('app.api_token_id', true), '')::bigint $$;
comment on function app_hidden.current_api_token_id() is 'The id of the API token used for this request, if any.';

create function app_hidden.current_role_name() returns text
  language sql stable
  as $$ select coalesce(nullif(current_setting('app.role', true), ''), 'system') $$;
comment on function app_hidden.current_role_name() is 'The application role of the caller (anonymous, api_client, analyst, steward, admin), or system for direct database work.';

grant execute on function app_hidden.current_user_id() to :ROLE_ANONYMOUS, :ROLE_API_CLIENT;
grant execute on function app_hidden.current_api_token_id() to :ROLE_ANONYMOUS, :ROLE_API_CLIENT;
grant execute on function app_hidden.current_role_name() to :ROLE_ANONYMOUS, :ROLE_API_CLIENT;

-- updated_at maintenance for every table that has one.
create function app_hidden.tg__timestamps() returns trigger
  language plpgsql
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  new.created_at = (case when tg_op = 'INSERT' then now() else old.created_at end);
  new.updated_at = (case when tg_op = 'UPDATE' and old.updated_at >= now() then old.updated_at + interval '1 millisecond' else now() end);
  return new;
end;
$$;
comment on function app_hidden.tg__timestamps() is 'Keeps created_at fixed and updated_at moving forward.';

--! split: 2-audit-events.sql
-- The audit trail: one append-only row per change to an audited table.
create table app_public.audit_events (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  table_name text not null,
  row_key text not null,
  action text not null check (action in ('insert', 'update', 'delete')),
  actor_user_id bigint,
  actor_role text not null,
  before jsonb,
  after jsonb
);
create index audit_events_table_row_idx on app_public.audit_events (table_name, row_key, occurred_at desc);
create index audit_events_occurred_at_idx on app_public.audit_events (occurred_at desc);
create index audit_events_actor_user_id_idx on app_public.audit_events (actor_user_id);
comment on table app_public.audit_events is 'Who changed what and when: one row per insert, update or delete of an audited table, with the row before and after. Append-only.';
comment on column app_public.audit_events.row_key is 'The changed row''s key (its id, or its key for keyed tables).';
comment on column app_public.audit_events.actor_user_id is 'The logged-in user who made the change; null for API tokens and direct database work.';
comment on column app_public.audit_events.actor_role is 'The application role that made the change (system for migrations and operator commands).';

alter table app_public.audit_events enable row level security;
create policy select_admin on app_public.audit_events for select to :ROLE_ADMIN using (true);
grant select on app_public.audit_events to :ROLE_ADMIN;

-- Append-only even for the owner: no update or delete ever succeeds.
create function app_hidden.tg_audit_events__append_only() returns trigger
  language plpgsql
  as $$
begin
  raise exception 'The audit trail is append-only' using errcode = 'APPND';
end;
$$;
create trigger _500_append_only before update or delete on app_public.audit_events
  for each row execute function app_hidden.tg_audit_events__append_only();

-- Generic audit trigger: attach with the key column's name as its first argument.
-- security definer so that visitor roles need no insert grant on the trail.
create function app_hidden.tg__audit() returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_before jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
  v_after jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
begin
  -- Further trigger arguments name columns whose changes alone are not worth a
  -- row (such as last_login_at); updated_at never is.
  if tg_op = 'UPDATE'
     and (v_before - 'updated_at' - tg_argv[1:]) = (v_after - 'updated_at' - tg_argv[1:]) then
    return new;
  end if;
  insert into app_public.audit_events (table_name, row_key, action, actor_user_id, actor_role, before, after)
  values (
    tg_table_schema || '.' || tg_table_name,
    coalesce(v_after, v_before) ->> tg_argv[0],
    lower(tg_op),
    app_hidden.current_user_id(),
    app_hidden.current_role_name(),
    v_before,
    v_after
  );
  return coalesce(new, old);
end;
$$;
comment on function app_hidden.tg__audit() is 'Writes one audit_events row per changed row; the trigger argument names the key column.';

--! split: 3-users.sql
-- People who log in: analysts, stewards and admins. API clients use tokens (4-api-tokens.sql).
create type app_public.user_role as enum ('analyst', 'steward', 'admin');
comment on type app_public.user_role is 'What a person may do: analyst reads, steward also curates, admin also administers.';

create table app_public.users (
  id bigint generated always as identity primary key,
  username citext not null unique
    constraint username_format check (username ~ '^[A-Za-z][A-Za-z0-9_.-]{1,62}$'),
  display_name text not null
    constraint display_name_length check (length(btrim(display_name)) between 1 and 200),
  role app_public.user_role not null default 'analyst',
  is_disabled boolean not null default false,
  last_login_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table app_public.users is 'A person who logs in to the registry.';
comment on column app_public.users.username is 'Login name: a letter, then letters, digits, dot, dash or underscore (2-63 characters); case-insensitive.';
comment on column app_public.users.display_name is 'The name shown to colleagues.';
comment on column app_public.users.role is 'What the user may do; takes effect on their next request.';
comment on column app_public.users.is_disabled is 'A disabled user cannot log in, and their existing tokens are refused (HTTP 401).';

create trigger _100_timestamps before insert or update on app_public.users
  for each row execute function app_hidden.tg__timestamps();
create trigger _500_audit after insert or update or delete on app_public.users
  for each row execute function app_hidden.tg__audit('id', 'last_login_at');

-- Keep at least one enabled admin, so nobody locks the registry out of itself.
create function app_hidden.tg_users__keep_an_admin() returns trigger
  language plpgsql
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  if old.role = 'admin' and not old.is_disabled
     and (tg_op = 'DELETE' or new.role <> 'admin' or new.is_disabled)
     and not exists (
       select 1 from app_public.users
       where role = 'admin' and not is_disabled and id <> old.id
     ) then
    raise exception 'This is the last enabled admin: make another admin first' using errcode = 'LSTAD';
  end if;
  return coalesce(new, old);
end;
$$;
create trigger _200_keep_an_admin before update or delete on app_public.users
  for each row execute function app_hidden.tg_users__keep_an_admin();

alter table app_public.users enable row level security;
-- Colleagues' names appear beside decisions and claims, so staff may read users.
create policy select_staff on app_public.users for select to :ROLE_ANALYST using (true);
create policy update_admin on app_public.users for update to :ROLE_ADMIN using (true);
grant select on app_public.users to :ROLE_ANALYST;
grant update (display_name, role, is_disabled) on app_public.users to :ROLE_ADMIN;

-- Password hashes live apart from the exposed table.
create table app_private.user_secrets (
  user_id bigint primary key references app_public.users (id) on delete cascade,
  password_hash text not null,
  password_changed_at timestamptz not null default now()
);
alter table app_private.user_secrets enable row level security;
comment on table app_private.user_secrets is 'Password hashes (bcrypt via pgcrypto). No visitor role has any grant here.';

create function app_hidden.assert_password_strength(password text) returns void
  language plpgsql immutable
  as $$
begin
  if password is null or length(password) < 10 then
    raise exception 'Passwords must have at least 10 characters' using errcode = 'WEAKP';
  end if;
  if length(password) > 200 then
    raise exception 'Passwords may have at most 200 characters' using errcode = 'WEAKP';
  end if;
end;
$$;

-- bcrypt with cost 10: slow enough to make guessing expensive (about 70 ms a try here).
create function app_hidden.hash_password(password text) returns text
  language sql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$ select public.crypt(password, public.gen_salt('bf', 10)) $$;

create function app_public.add_user(
  username text,
  display_name text,
  role app_public.user_role,
  password text
) returns app_public.users
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_user app_public.users;
begin
  perform app_hidden.assert_password_strength(password);
  if exists (select 1 from app_public.users u where u.username = add_user.username::citext) then
    raise exception 'A user with that username already exists' using errcode = 'UNIQU';
  end if;
  insert into app_public.users (username, display_name, role)
    values (add_user.username, add_user.display_name, add_user.role)
    returning * into v_user;
  insert into app_private.user_secrets (user_id, password_hash)
    values (v_user.id, app_hidden.hash_password(password));
  return v_user;
end;
$$;
comment on function app_public.add_user(text, text, app_public.user_role, text) is 'Admin only: adds a person who can log in. The password needs at least 10 characters.';
grant execute on function app_public.add_user(text, text, app_public.user_role, text) to :ROLE_ADMIN;

create function app_public.set_user_password(user_id bigint, password text) returns boolean
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
begin
  perform app_hidden.assert_password_strength(password);
  update app_private.user_secrets
    set password_hash = app_hidden.hash_password(password), password_changed_at = now()
    where user_secrets.user_id = set_user_password.user_id;
  if not found then
    raise exception 'No such user' using errcode = 'NTFND';
  end if;
  return true;
end;
$$;
comment on function app_public.set_user_password(bigint, text) is 'Admin only: sets another user''s password. Login tokens issued before the change stop working.';
grant execute on function app_public.set_user_password(bigint, text) to :ROLE_ADMIN;

create function app_public.change_password(old_password text, new_password text) returns boolean
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_hash text;
begin
  select s.password_hash into v_hash from app_private.user_secrets s
    where s.user_id = app_hidden.current_user_id();
  if v_hash is null or v_hash <> public.crypt(old_password, v_hash) then
    raise exception 'The current password is not right' using errcode = 'CREDS';
  end if;
  perform app_hidden.assert_password_strength(new_password);
  update app_private.user_secrets
    set password_hash = app_hidden.hash_password(new_password), password_changed_at = now()
    where user_id = app_hidden.current_user_id();
  return true;
end;
$$;
comment on function app_public.change_password(text, text) is 'Changes the logged-in user''s own password.';
grant execute on function app_public.change_password(text, text) to :ROLE_ANALYST;

create function app_public.current_user() returns app_public.users
  language sql stable
  as $$ select * from app_public.users where id = app_hidden.current_user_id() $$;
comment on function app_public.current_user() is 'The logged-in user, or null for API tokens.';
grant execute on function app_public.current_user() to :ROLE_API_CLIENT;

-- The claims of a login token. PostGraphile signs values of this type (pgJwtTypes
-- in graphile.config.ts) with the server's secret and an expiry.
create type app_public.jwt_token as (
  sub text,
  role text,
  username text,
  pwd bigint
);
comment on type app_public.jwt_token is 'A signed, short-lived login token; send it as Authorization: Bearer <token>.';

create function app_public.login(username text, password text) returns app_public.jwt_token
  language plpgsql volatile strict
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_user app_public.users;
  v_hash text;
begin
  select u.* into v_user from app_public.users u where u.username = login.username::citext;
  select s.password_hash into v_hash from app_private.user_secrets s where s.user_id = v_user.id;
  -- Hash even for unknown users, so the time taken does not reveal which usernames exist.
  if v_hash is null then
    perform public.crypt(password, public.gen_salt('bf', 10));
    raise exception 'Wrong username or password' using errcode = 'CREDS';
  end if;
  if v_hash <> public.crypt(password, v_hash) or v_user.is_disabled then
    raise exception 'Wrong username or password' using errcode = 'CREDS';
  end if;
  update app_public.users set last_login_at = now() where id = v_user.id;
  return row(
    v_user.id::text,
    v_user.role::text,
    v_user.username::text,
    (select extract(epoch from s.password_changed_at)::bigint from app_private.user_secrets s where s.user_id = v_user.id)
  )::app_public.jwt_token;
end;
$$;
comment on function app_public.login(text, text) is 'Exchanges a username and password for a short-lived login token.';
grant execute on function app_public.login(text, text) to :ROLE_ANONYMOUS;

-- Used by the server (as the owner) to check a verified login token against the
-- current state of the user: disabled users and changed passwords end sessions.
create function app_private.authenticate_user(user_id bigint, password_epoch bigint)
  returns table (role app_public.user_role, username text)
  language sql stable
  as $$
    select u.role, u.username::text
    from app_public.users u
    join app_private.user_secrets s on s.user_id = u.id
    where u.id = authenticate_user.user_id
      and not u.is_disabled
      and extract(epoch from s.password_changed_at)::bigint = authenticate_user.password_epoch
  $$;

--! split: 4-api-tokens.sql
-- Long-lived, revocable tokens for third parties, issued by admins. The secret
-- is shown once, when issued; only its SHA-256 hash is kept.
create type app_public.api_token_role as enum ('api_client', 'analyst');
comment on type app_public.api_token_role is 'What a token may do: api_client reads public data; analyst reads everything an analyst can.';

create table app_public.api_tokens (
  id bigint generated always as identity primary key,
  name text not null constraint name_length check (length(btrim(name)) between 1 and 200),
  role app_public.api_token_role not null default 'api_client',
  token_prefix text not null,
  created_by bigint references app_public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  last_used_at timestamptz
);
create index api_tokens_created_by_idx on app_public.api_tokens (created_by);
comment on table app_public.api_tokens is 'API tokens for third parties. The secret itself is never stored.';
comment on column app_public.api_tokens.name is 'Who or what the token is for.';
comment on column app_public.api_tokens.token_prefix is 'The first characters of the secret, to recognise a token without revealing it.';
comment on column app_public.api_tokens.last_used_at is 'When the token last authenticated a request (updated at most once a minute).';

create trigger _500_audit after insert or update or delete on app_public.api_tokens
  for each row execute function app_hidden.tg__audit('id', 'last_used_at');

alter table app_public.api_tokens enable row level security;
create policy select_admin on app_public.api_tokens for select to :ROLE_ADMIN using (true);
grant select on app_public.api_tokens to :ROLE_ADMIN;

create table app_private.api_token_secrets (
  token_id bigint primary key references app_public.api_tokens (id) on delete cascade,
  token_hash bytea not null unique
);
alter table app_private.api_token_secrets enable row level security;
comment on table app_private.api_token_secrets is 'SHA-256 hashes of API token secrets.';

create type app_public.issued_api_token as (
  token_id bigint,
  secret text,
  expires_at timestamptz
);
comment on type app_public.issued_api_token is 'A newly issued API token. The secret is shown this once and cannot be recovered.';

create function app_public.issue_api_token(
  name text,
  role app_public.api_token_role default 'api_client',
  expires_at timestamptz default now() + interval '90 days'
) returns app_public.issued_api_token
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_secret text := 'ear_' || encode(public.gen_random_bytes(24), 'hex');
  v_id bigint;
begin
  if expires_at is null or expires_at <= now() then
    raise exception 'A token needs an expiry in the future' using errcode = 'BADEX';
  end if;
  if expires_at > now() + interval '2 years' then
    raise exception 'A token may live at most two years' using errcode = 'BADEX';
  end if;
  insert into app_public.api_tokens (name, role, token_prefix, created_by, expires_at)
    values (issue_api_token.name, coalesce(issue_api_token.role, 'api_client'), left(v_secret, 12),
            app_hidden.current_user_id(), issue_api_token.expires_at)
    returning id into v_id;
  insert into app_private.api_token_secrets (token_id, token_hash)
    values (v_id, public.digest(v_secret, 'sha256'));
  return row(v_id, v_secret, issue_api_token.expires_at)::app_public.issued_api_token;
end;
$$;
comment on function app_public.issue_api_token(text, app_public.api_token_role, timestamptz) is 'Admin only: issues an API token (default: api_client for 90 days). The secret is returned once.';
grant execute on function app_public.issue_api_token(text, app_public.api_token_role, timestamptz) to :ROLE_ADMIN;

create function app_public.revoke_api_token(token_id bigint) returns app_public.api_tokens
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_token app_public.api_tokens;
begin
  update app_public.api_tokens t set revoked_at = coalesce(t.revoked_at, now())
    where t.id = revoke_api_token.token_id
    returning * into v_token;
  if v_token.id is null then
    raise exception 'No such API token' using errcode = 'NTFND';
  end if;
  return v_token;
end;
$$;
comment on function app_public.revoke_api_token(bigint) is 'Admin only: revokes an API token; its next request is refused with HTTP 401.';
grant execute on function app_public.revoke_api_token(bigint) to :ROLE_ADMIN;

-- Used by the server (as the owner): the token's role if it is valid now.
create function app_private.authenticate_api_token(secret text)
  returns table (token_id bigint, role app_public.api_token_role)
  language plpgsql volatile
  as $$
declare
  v_token app_public.api_tokens;
begin
  select t.* into v_token
    from app_private.api_token_secrets s
    join app_public.api_tokens t on t.id = s.token_id
    where s.token_hash = public.digest(secret, 'sha256');
  if v_token.id is null or v_token.revoked_at is not null or v_token.expires_at <= now() then
    return;
  end if;
  -- At most one write a minute per token, so busy clients do not turn reads into writes.
  if v_token.last_used_at is null or v_token.last_used_at < now() - interval '1 minute' then
    update app_public.api_tokens set last_used_at = now() where id = v_token.id;
  end if;
  token_id := v_token.id;
  role := v_token.role;
  return next;
end;
$$;

--! split: 5-feature-switches.sql
-- Feature switches: an admin can turn a domain feature off at once, without a
-- restart; every domain function calls app_hidden.assert_feature_enabled first.
create table app_public.feature_switches (
  key text primary key constraint key_format check (key ~ '^[a-z][a-z0-9_]{1,62}$'),
  description text not null,
  is_enabled boolean not null default true,
  last_change_reason text,
  updated_by bigint references app_public.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index feature_switches_updated_by_idx on app_public.feature_switches (updated_by);
comment on table app_public.feature_switches is 'Domain features an admin can switch off. Changes take effect on the next request and are audited.';
comment on column app_public.feature_switches.last_change_reason is 'Why the switch was last changed.';

create function app_hidden.tg_feature_switches__stamp_actor() returns trigger
  language plpgsql
  as $$
begin
  new.updated_by = app_hidden.current_user_id();
  return new;
end;
$$;
create trigger _100_timestamps before insert or update on app_public.feature_switches
  for each row execute function app_hidden.tg__timestamps();
create trigger _200_stamp_actor before insert or update on app_public.feature_switches
  for each row execute function app_hidden.tg_feature_switches__stamp_actor();
create trigger _500_audit after insert or update or delete on app_public.feature_switches
  for each row execute function app_hidden.tg__audit('key');

alter table app_public.feature_switches enable row level security;
create policy select_all on app_public.feature_switches for select to :ROLE_API_CLIENT using (true);
create policy update_admin on app_public.feature_switches for update to :ROLE_ADMIN using (true);
grant select on app_public.feature_switches to :ROLE_API_CLIENT;
grant update (is_enabled, last_change_reason) on app_public.feature_switches to :ROLE_ADMIN;

insert into app_public.feature_switches (key, description) values
  ('alias_search', 'searchEmployers and every other name lookup'),
  ('canonical_promotion', 'The promotion queue and promote / reject / defer decisions'),
  ('analytics', 'Analytics views, dashboards and CSV exports'),
  ('imports', 'Feed uploads and their background matching');

create function app_hidden.assert_feature_enabled(feature text) returns void
  language plpgsql stable
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_enabled boolean;
begin
  select is_enabled into v_enabled from app_public.feature_switches where key = feature;
  if v_enabled is null then
    raise exception 'Unknown feature switch "%"', feature using errcode = 'FEATU';
  end if;
  if not v_enabled then
    raise exception 'The % feature is switched off by an administrator', replace(feature, '_', ' ')
      using errcode = 'FDOFF', detail = feature;
  end if;
end;
$$;
comment on function app_hidden.assert_feature_enabled(text) is 'Raises FEATURE_DISABLED (SQLSTATE FDOFF) when the named feature is switched off.';
grant execute on function app_hidden.assert_feature_enabled(text) to :ROLE_ANONYMOUS, :ROLE_API_CLIENT;

create function app_public.set_feature_switch(key text, is_enabled boolean, reason text)
  returns app_public.feature_switches
  language plpgsql volatile
  as $$
declare
  v_switch app_public.feature_switches;
begin
  if reason is null or length(btrim(reason)) = 0 then
    raise exception 'Say why the switch changes' using errcode = 'RSNRQ';
  end if;
  update app_public.feature_switches f
    set is_enabled = set_feature_switch.is_enabled, last_change_reason = reason
    where f.key = set_feature_switch.key
    returning * into v_switch;
  if v_switch.key is null then
    raise exception 'No feature switch "%"', key using errcode = 'NTFND';
  end if;
  return v_switch;
end;
$$;
comment on function app_public.set_feature_switch(text, boolean, text) is 'Admin only: switches a feature on or off, with the reason recorded in the audit trail.';
grant execute on function app_public.set_feature_switch(text, boolean, text) to :ROLE_ADMIN;

-- A probe that exercises the switch from GraphQL: tells whether a feature is usable now.
create function app_public.feature_enabled(key text) returns boolean
  language sql stable
  as $$ select is_enabled from app_public.feature_switches f where f.key = feature_enabled.key $$;
comment on function app_public.feature_enabled(text) is 'Whether the named feature is switched on (null for an unknown feature).';
grant execute on function app_public.feature_enabled(text) to :ROLE_API_CLIENT;
