--! Compatible: adds stage functions under the unchanged analytics refresh, and a per-token usage table the rate limiter fills (the previous release's six-argument take_request_tokens still works)
--!include app_hidden/functions/analytics_refresh_check.sql
--!include app_hidden/functions/analytics_refresh_plan_full.sql
--!include app_hidden/functions/analytics_refresh_plan_marked.sql
--!include app_hidden/functions/analytics_refresh_days.sql
--!include app_hidden/functions/analytics_refresh_coverage.sql
--!include app_hidden/functions/analytics_refresh_conflicts.sql
--!include app_hidden/functions/analytics_refresh_record.sql
--!include app_hidden/functions/refresh_analytics_rollups.sql

-- Per-token usage of the API by day: what the rate limiter let through and refused, for admins.
create table if not exists app_public.api_token_usage_daily (
  token_id bigint not null references app_public.api_tokens (id) on delete cascade,
  day date not null,
  requests bigint not null default 0,
  searches bigint not null default 0,
  refused bigint not null default 0,
  quota_used bigint not null default 0,
  quota bigint not null,
  primary key (token_id, day)
);
create index if not exists api_token_usage_daily_day_idx on app_public.api_token_usage_daily (day);
alter table app_public.api_token_usage_daily enable row level security;
drop policy if exists select_admin on app_public.api_token_usage_daily;
create policy select_admin on app_public.api_token_usage_daily for select to :ROLE_ADMIN using (true);
grant select on app_public.api_token_usage_daily to :ROLE_ADMIN;
comment on table app_public.api_token_usage_daily is 'Each API token''s use of the API per UTC day, as the rate limiter counted it (admins only).';
comment on column app_public.api_token_usage_daily.token_id is 'The API token.';
comment on column app_public.api_token_usage_daily.day is 'The UTC day (the day the daily quota counts).';
comment on column app_public.api_token_usage_daily.requests is 'Requests let through.';
comment on column app_public.api_token_usage_daily.searches is 'Searches those requests ran (searchEmployers fields, reconciliation queries).';
comment on column app_public.api_token_usage_daily.refused is 'Requests refused with 429 (rate or daily quota).';
comment on column app_public.api_token_usage_daily.quota_used is 'Of the daily quota, how much the day used (a request costs one, or its searches).';
comment on column app_public.api_token_usage_daily.quota is 'The token''s daily quota at its last request of the day.';

--!include app_private/functions/take_request_tokens.sql
--!include app_private/functions/record_token_refusals.sql
--!include app_hidden/functions/prune_request_limits.sql
