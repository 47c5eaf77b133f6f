--! Compatible: adds a view, a table and a match setting no earlier code reads; nothing existing changes
-- Steward decisions as labelled pairs, and the calibration runs that replay
-- them through the matcher (npm run ops -- calibrate, nightly in the worker).

drop view if exists app_public.match_labels;
--!include app_public/views/match_labels.sql

create table if not exists app_public.match_calibration_runs (
  id bigint generated always as identity primary key,
  run_at timestamptz not null default now(),
  triggered_by text not null check (triggered_by in ('cron', 'ops')),
  labels integer not null check (labels >= 0),
  judged integer not null check (judged >= 0),
  auto_answers integer not null check (auto_answers >= 0),
  auto_right integer not null check (auto_right >= 0 and auto_right <= auto_answers),
  auto_precision double precision check (auto_precision between 0 and 1),
  fuzzy_auto_answers integer not null check (fuzzy_auto_answers >= 0),
  fuzzy_auto_right integer not null check (fuzzy_auto_right >= 0 and fuzzy_auto_right <= fuzzy_auto_answers),
  fuzzy_auto_precision double precision check (fuzzy_auto_precision between 0 and 1),
  target_precision double precision check (target_precision between 0 and 1),
  target_fuzzy_precision double precision check (target_fuzzy_precision between 0 and 1),
  learned_names integer not null check (learned_names >= 0),
  learned_names_reversed integer not null check (learned_names_reversed >= 0),
  observed_auto_precision double precision check (observed_auto_precision between 0 and 1),
  is_enough_evidence boolean not null,
  thresholds jsonb not null,
  figures jsonb not null,
  proposals jsonb not null default '[]'::jsonb,
  applied_at timestamptz
);
create index if not exists match_calibration_runs_run_at_idx on app_public.match_calibration_runs (run_at, id);

alter table app_public.match_calibration_runs enable row level security;
drop policy if exists select_analyst on app_public.match_calibration_runs;
create policy select_analyst on app_public.match_calibration_runs for select to :ROLE_ANALYST using (true);
revoke all on app_public.match_calibration_runs from :ROLE_ANALYST;
grant select on app_public.match_calibration_runs to :ROLE_ANALYST;

comment on table app_public.match_calibration_runs is 'Each replay of the steward decisions (matchLabels) through the current matcher: how precise the auto band is on them, per band and method, and the thresholds proposed. Written nightly by the worker and by npm run ops -- calibrate.';
comment on column app_public.match_calibration_runs.triggered_by is 'cron (the nightly worker job) or ops (npm run ops -- calibrate).';
comment on column app_public.match_calibration_runs.labels is 'Labelled pairs replayed.';
comment on column app_public.match_calibration_runs.judged is 'Labels whose best match could be judged right or wrong (a name said not to be employer X tells nothing when the matcher answers Y).';
comment on column app_public.match_calibration_runs.auto_answers is 'Judged best matches in the auto band.';
comment on column app_public.match_calibration_runs.auto_right is 'Of those, the right ones.';
comment on column app_public.match_calibration_runs.auto_precision is 'auto_right / auto_answers; empty when nothing judged landed in auto.';
comment on column app_public.match_calibration_runs.fuzzy_auto_answers is 'Judged best matches in auto by a similar name (fuzzy, initials).';
comment on column app_public.match_calibration_runs.fuzzy_auto_right is 'Of those, the right ones.';
comment on column app_public.match_calibration_runs.fuzzy_auto_precision is 'fuzzy_auto_right / fuzzy_auto_answers; empty when there were none.';
comment on column app_public.match_calibration_runs.target_precision is 'The auto precision the thresholds were chosen for (match_settings.chosen_for_precision of auto_min_score_exact) at the time of the run.';
comment on column app_public.match_calibration_runs.target_fuzzy_precision is 'The fuzzy auto precision auto_min_score was chosen for at the time of the run.';
comment on column app_public.match_calibration_runs.learned_names is 'Names imports learned from automatic matches (kept or retired by a steward; retracted batches left out).';
comment on column app_public.match_calibration_runs.learned_names_reversed is 'Of those, the ones a steward retired: automatic matches a steward reversed.';
comment on column app_public.match_calibration_runs.observed_auto_precision is '1 - learned_names_reversed / learned_names: the share of automatic matches no steward reversed; empty before any name was learned.';
comment on column app_public.match_calibration_runs.is_enough_evidence is 'Whether enough labels were judged (match setting calibration_min_labels) for the run to propose thresholds.';
comment on column app_public.match_calibration_runs.thresholds is 'The match settings the run replayed with.';
comment on column app_public.match_calibration_runs.figures is 'Precision and recall per band and method, and of fuzzy auto per score threshold.';
comment on column app_public.match_calibration_runs.proposals is 'Thresholds the run proposes: key, current value, proposed value and the precision it gives on the labels.';
comment on column app_public.match_calibration_runs.applied_at is 'When npm run ops -- calibrate --apply set the proposals through set_match_setting (audited); empty otherwise.';

insert into app_public.match_settings (key, value, description, chosen_for_precision, chosen_on) values
  ('calibration_min_labels', 100, 'A calibration run proposes thresholds only from at least this many judged steward labels, and a threshold only when at least this many labelled answers land in auto with it.', null, null)
on conflict (key) do nothing;
