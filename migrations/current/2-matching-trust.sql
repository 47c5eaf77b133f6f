-- Trustworthy automatic matching: the matcher's thresholds in one audited
-- settings table, the band decided by rules that look past the score, and
-- recall for abbreviations, initials and split words.

-- An earlier draft of the holds took no words as written.
drop function if exists app_hidden.match_holds(text[], bigint, text, app_public.match_method, double precision, double precision, boolean);

-- 1. The matcher's settings, each with the precision it was chosen for.
create table if not exists app_public.match_settings (
  key text primary key constraint key_format check (key ~ '^[a-z][a-z0-9_]{1,62}$'),
  value double precision not null constraint value_range check (value >= 0 and value < 'Infinity'),
  description text not null,
  chosen_for_precision double precision
    constraint precision_range check (chosen_for_precision is null or chosen_for_precision between 0 and 1),
  chosen_on text,
  last_change_reason text,
  updated_by bigint references app_public.users(id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index if not exists match_settings_updated_by_idx on app_public.match_settings (updated_by);
alter table app_public.match_settings enable row level security;
drop policy if exists select_analyst on app_public.match_settings;
create policy select_analyst on app_public.match_settings for select to :ROLE_ANALYST using (true);
drop policy if exists update_admin on app_public.match_settings;
create policy update_admin on app_public.match_settings for update to :ROLE_ADMIN using (true);
grant select on app_public.match_settings to :ROLE_ANALYST;
grant update (value, chosen_for_precision, chosen_on, last_change_reason) on app_public.match_settings to :ROLE_ADMIN;
comment on table app_public.match_settings is 'The matcher''s thresholds and limits, one row each, with the precision a threshold was chosen for. Only admins change them (setMatchSetting), and every change is audited.';
comment on column app_public.match_settings.value is 'The setting''s value (a score, a share or a count).';
comment on column app_public.match_settings.chosen_for_precision is 'The auto-band precision the value was chosen to give, measured by npm run bench:matching; null for limits that do not set a band.';
comment on column app_public.match_settings.chosen_on is 'What the value was measured on (the benchmark and its data, or a steward calibration).';
comment on column app_public.match_settings.last_change_reason is 'Why the value last changed.';

--!include app_hidden/functions/tg_match_settings__stamp_actor.sql

drop trigger if exists _100_timestamps on app_public.match_settings;
drop trigger if exists _200_stamp_actor on app_public.match_settings;
drop trigger if exists _500_audit on app_public.match_settings;

insert into app_public.match_settings (key, value, description, chosen_for_precision, chosen_on) values
  ('auto_min_score', 0.94, 'A similar-name (fuzzy) match needs at least this score to be auto.', 0.99, 'npm run bench:matching on ../shared/data/matching, 2026-12-07: fuzzy auto precision 0.99 from 0.94 with the holds (0.987 at 0.90)'),
  ('auto_min_score_exact', 0.90, 'A name exact apart from its legal form or spacing needs at least this score to be auto.', 0.995, 'npm run bench:matching on ../shared/data/matching, 2026-12-07: 0.995 at every score (they score 0.95-0.97), so the holds and the margin decide'),
  ('auto_min_margin', 0.08, 'An auto match (other than an identifier or an exact name) needs this much more score than the next distinct employer.', 0.995, 'npm run bench:matching on ../shared/data/matching, 2026-12-07'),
  ('review_min_score', 0.55, 'Below this score a match is in the new band (probably another employer).', null, null),
  ('token_min_similarity', 0.55, 'Trigram similarity for a misspelt word to count.', null, null),
  ('common_token_share', 0.002, 'A word found in more than this share of names is common (counts little, never looks names up).', null, null),
  ('max_candidates', 400, 'Names scored per search.', null, null),
  ('max_probe_postings', 3000, 'Names the probe words may bring, rarest words first.', null, null),
  ('max_results', 20, 'Matches returned per search.', null, null)
on conflict (key) do update
  set value = excluded.value, description = excluded.description,
      chosen_for_precision = excluded.chosen_for_precision, chosen_on = excluded.chosen_on;

create trigger _100_timestamps before insert or update on app_public.match_settings
  for each row execute function app_hidden.tg__timestamps();
create trigger _200_stamp_actor before insert or update on app_public.match_settings
  for each row execute function app_hidden.tg_match_settings__stamp_actor();
create trigger _500_audit after insert or delete or update on app_public.match_settings
  for each row execute function app_hidden.tg__audit('key');

--!include app_hidden/functions/search_settings.sql
--!include app_public/functions/set_match_setting.sql
--!include app_hidden/functions/is_identity_word.sql
--!include app_hidden/functions/is_abbreviation.sql
--!include app_hidden/functions/match_holds.sql
--!include app_hidden/functions/match_band.sql
--!include app_hidden/functions/match_employers.sql
