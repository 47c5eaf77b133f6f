--! Previous: sha1:498f6a919eb71603844a15c40fa3495b4e6098b7
--! Hash: sha1:449fdb30810cc85c6fe2d41a65ac014a783dcd4b
--! Message: The calibration_confidence_z match setting: a calibration run lowers an auto threshold only when the Wilson lower bound of the labels' precision reaches the target
--! Compatible: one new match setting row; the previous release reads the settings it knows by key and ignores it

--! split: 1-current.sql
-- How far below the observed precision a calibration run judges a threshold it would lower: the lower end of a
-- Wilson score interval this many standard errors wide must reach the target (1.645: one-sided 95%).
insert into app_public.match_settings (key, value, description, chosen_for_precision, chosen_on) values
  ('calibration_confidence_z', 1.645,
   'A calibration run lowers an auto threshold only when the lower end of the Wilson interval of the labels'' precision at the new value, this many standard errors wide, reaches the target (1.645: one-sided 95%; 0: the observed precision itself). Raising a threshold needs only calibration_min_labels answers.',
   null, null)
on conflict (key) do nothing;
