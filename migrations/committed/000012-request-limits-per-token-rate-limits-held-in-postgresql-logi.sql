--! Previous: sha1:acfaa68e1f2245d48ba3349051b672008b5f0208
--! Hash: sha1:6a6eab96d865127e7da3349bb8d85624829222b1
--! Message: Request limits: per-token rate limits held in PostgreSQL, login throttling, per-token limit columns
--! Compatible: adds rate-limit tables, functions and nullable api_tokens columns; the previous release ignores them

--! split: 1-current.sql
-- Enter migration here

--! split: 4-request-limits.sql
-- Request limits held in PostgreSQL, so that every API process behind one
-- load balancer shares them: a token bucket (rate, burst) with a daily quota
-- per API token and per address without a token, per-token values set by an
-- admin, and login holds after failed attempts (temporary, visible to admins).

drop function if exists app_public.clear_login_throttle(text);
drop function if exists app_public.set_api_token_limits(bigint, integer, integer, integer);
drop function if exists app_private.record_login_attempt(text, text, boolean, integer, integer, integer);
drop function if exists app_private.login_hold_seconds(text, text);
drop function if exists app_private.take_request_tokens(text, integer, double precision, integer, bigint, bigint);
drop table if exists app_private.login_known_addresses;
drop table if exists app_public.login_throttles;
drop table if exists app_private.request_buckets;
alter table app_public.api_tokens drop column if exists rate_per_second;
alter table app_public.api_tokens drop column if exists rate_burst;
alter table app_public.api_tokens drop column if exists rate_per_day;

-- Per-token values (null: the server's defaults, API_TOKEN_RATE_*).
alter table app_public.api_tokens
  add column rate_per_second integer constraint rate_per_second_positive check (rate_per_second > 0),
  add column rate_burst integer constraint rate_burst_positive check (rate_burst > 0),
  add column rate_per_day integer constraint rate_per_day_positive check (rate_per_day > 0);
comment on column app_public.api_tokens.rate_per_second is 'Requests per second this token may make (each search counts one); null: the server default.';
comment on column app_public.api_tokens.rate_burst is 'Requests this token may make at once after a quiet spell; null: the server default.';
comment on column app_public.api_tokens.rate_per_day is 'Requests per UTC day this token may make; null: the server default.';

-- One bucket per caller key ('token:<id>' or 'address:<ip>'): tokens left,
-- when they were last refilled, and what the caller used on its current UTC day.
create table app_private.request_buckets (
  key text primary key,
  tokens double precision not null,
  refilled_at timestamptz not null,
  day date not null,
  used_today bigint not null default 0,
  refused_today bigint not null default 0
);
alter table app_private.request_buckets enable row level security;
comment on table app_private.request_buckets is 'Rate-limit buckets of API tokens and anonymous addresses (the server only).';

create function app_private.take_request_tokens(
  p_key text,
  p_cost integer,
  p_rate double precision,
  p_burst integer,
  p_per_day bigint,
  p_token_id bigint default null
) returns table (
  allowed boolean,
  retry_after_seconds double precision,
  tokens_left double precision,
  used_today bigint,
  rate double precision,
  burst integer,
  per_day bigint
)
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_now timestamptz;
  v_today date;
  v_bucket app_private.request_buckets;
  v_tokens double precision;
  v_used bigint;
  v_cost integer;
begin
  rate := p_rate;
  burst := p_burst;
  per_day := p_per_day;
  if p_token_id is not null then
    select coalesce(t.rate_per_second, p_rate), coalesce(t.rate_burst, p_burst), coalesce(t.rate_per_day, p_per_day)
      into rate, burst, per_day
      from app_public.api_tokens t where t.id = p_token_id;
    rate := coalesce(rate, p_rate);
    burst := coalesce(burst, p_burst);
    per_day := coalesce(per_day, p_per_day);
  end if;
  -- A request dearer than the whole burst still passes from a full bucket.
  v_cost := least(greatest(p_cost, 0), burst);
  insert into app_private.request_buckets as b (key, tokens, refilled_at, day)
    values (p_key, burst, clock_timestamp(), (clock_timestamp() at time zone 'utc')::date)
    on conflict (key) do nothing;
  select * into v_bucket from app_private.request_buckets b where b.key = p_key for update;
  -- The time is read once the row is ours: a caller that waited for the lock
  -- must not refill from a moment before the one that held it.
  v_now := greatest(clock_timestamp(), v_bucket.refilled_at);
  v_today := (v_now at time zone 'utc')::date;
  v_tokens := least(burst::double precision,
                    v_bucket.tokens + greatest(extract(epoch from v_now - v_bucket.refilled_at), 0) * rate);
  v_used := case when v_bucket.day = v_today then v_bucket.used_today else 0 end;
  if v_used + v_cost > per_day then
    allowed := false;
    retry_after_seconds := extract(epoch from ((v_today + 1)::timestamp at time zone 'utc') - v_now);
  elsif v_tokens < v_cost then
    allowed := false;
    retry_after_seconds := (v_cost - v_tokens) / rate;
  else
    allowed := true;
    retry_after_seconds := 0;
    v_tokens := v_tokens - v_cost;
    v_used := v_used + v_cost;
  end if;
  update app_private.request_buckets b
     set tokens = v_tokens, refilled_at = v_now, day = v_today, used_today = v_used,
         refused_today = case when v_bucket.day = v_today then b.refused_today else 0 end
                         + case when allowed then 0 else 1 end
   where b.key = p_key;
  tokens_left := v_tokens;
  used_today := v_used;
  return next;
end;
$$;
comment on function app_private.take_request_tokens(text, integer, double precision, integer, bigint, bigint) is
  'Takes p_cost requests from the caller''s bucket if its rate, burst and daily quota allow (a token''s own values first), and says how long to wait otherwise.';

create function app_public.set_api_token_limits(
  token_id bigint,
  rate_per_second integer,
  rate_burst integer,
  rate_per_day integer
) returns app_public.api_tokens
  language plpgsql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_token app_public.api_tokens;
begin
  update app_public.api_tokens t
     set rate_per_second = set_api_token_limits.rate_per_second,
         rate_burst = set_api_token_limits.rate_burst,
         rate_per_day = set_api_token_limits.rate_per_day
   where t.id = set_api_token_limits.token_id
   returning * into v_token;
  if v_token.id is null then
    raise exception 'No such API token' using errcode = 'NTFND';
  end if;
  return v_token;
end;
$$;
comment on function app_public.set_api_token_limits(bigint, integer, integer, integer) is
  'Admin only: sets an API token''s own rate (requests per second), burst and daily quota; null keeps the server default for that value.';
revoke all on function app_public.set_api_token_limits(bigint, integer, integer, integer) from public;
grant execute on function app_public.set_api_token_limits(bigint, integer, integer, integer) to :ROLE_ADMIN;

-- Failed logins per username ('username:<name>') and per address
-- ('address:<ip>'), with the hold they earned. Admins see them and can lift one.
create table app_public.login_throttles (
  key text primary key,
  failures integer not null default 0,
  last_failure_at timestamptz not null default now(),
  locked_until timestamptz
);
comment on table app_public.login_throttles is 'Failed logins by username and by address, and the temporary hold they earned (admins only).';
comment on column app_public.login_throttles.key is 'username:<name> or address:<ip>.';
comment on column app_public.login_throttles.failures is 'Failed logins since the last success (or in the last day).';
comment on column app_public.login_throttles.locked_until is 'Until when logins for this key are held back; never permanent.';
alter table app_public.login_throttles enable row level security;
create policy select_admin on app_public.login_throttles for select to :ROLE_ADMIN using (true);
grant select on app_public.login_throttles to :ROLE_ADMIN;

-- Addresses a user logged in from: the username's hold does not apply to
-- them, so somebody guessing a password elsewhere cannot lock the right user out.
create table app_private.login_known_addresses (
  username text not null,
  address text not null,
  last_success_at timestamptz not null default now(),
  primary key (username, address)
);
alter table app_private.login_known_addresses enable row level security;
comment on table app_private.login_known_addresses is 'Where each user last logged in successfully (the server only).';

create function app_private.login_hold_seconds(p_username text, p_address text) returns double precision
  language sql stable
  set search_path = pg_catalog, public, pg_temp
  as $$
  select coalesce(max(greatest(extract(epoch from t.locked_until - clock_timestamp()), 0)), 0)::double precision
    from app_public.login_throttles t
   where t.locked_until > clock_timestamp()
     and (t.key = 'address:' || p_address
          or (t.key = 'username:' || lower(p_username)
              and not exists (select 1 from app_private.login_known_addresses k
                               where k.username = lower(p_username) and k.address = p_address
                                 and k.last_success_at > now() - interval '30 days')));
$$;
comment on function app_private.login_hold_seconds(text, text) is
  'Seconds before this username may try to log in again from this address (0: now).';

create function app_private.record_login_attempt(
  p_username text,
  p_address text,
  p_succeeded boolean,
  p_max_failures integer,
  p_lock_seconds integer,
  p_lock_max_seconds integer
) returns void
  language plpgsql volatile
  set search_path = pg_catalog, public, pg_temp
  as $$
declare
  v_key text;
begin
  if p_succeeded then
    delete from app_public.login_throttles where key = 'username:' || lower(p_username);
    insert into app_private.login_known_addresses (username, address) values (lower(p_username), p_address)
      on conflict (username, address) do update set last_success_at = now();
    return;
  end if;
  foreach v_key in array array['username:' || lower(p_username), 'address:' || p_address] loop
    insert into app_public.login_throttles as t (key, failures, last_failure_at)
      values (v_key, 1, now())
      on conflict (key) do update
        -- A day without failures starts the count again.
        set failures = case when t.last_failure_at < now() - interval '1 day' then 1 else t.failures + 1 end,
            last_failure_at = now();
    -- From the limit on, each failure doubles the hold, up to the longest.
    update app_public.login_throttles t
       set locked_until = now() + make_interval(secs => least(p_lock_max_seconds::double precision,
                                                               p_lock_seconds * power(2, t.failures - p_max_failures)))
     where t.key = v_key and t.failures >= p_max_failures;
  end loop;
end;
$$;
comment on function app_private.record_login_attempt(text, text, boolean, integer, integer, integer) is
  'Counts a failed login against the username and the address (a hold once the count reaches the limit), or clears the username''s count after a success.';

create function app_public.clear_login_throttle(key text) returns boolean
  language sql volatile
  security definer
  set search_path = pg_catalog, public, pg_temp
  as $$
  with cleared as (delete from app_public.login_throttles t where t.key = clear_login_throttle.key returning 1)
  select exists (select 1 from cleared);
$$;
comment on function app_public.clear_login_throttle(text) is
  'Admin only: lifts the hold and forgets the failed logins of a username (username:<name>) or address (address:<ip>).';
revoke all on function app_public.clear_login_throttle(text) from public;
grant execute on function app_public.clear_login_throttle(text) to :ROLE_ADMIN;
