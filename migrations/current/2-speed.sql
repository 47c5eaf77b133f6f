--! Compatible: replaces matcher functions with the same signatures and answers apart from how many names of one exact form are compared; adds no table and changes none
-- Search at 1M: exact-form floods bounded ("GC" is the compare or base form
-- of 1,756 names at 1M; each was read, joined to its alias and employer, and
-- explained). The matcher reads at most max_candidates names a form from the
-- top of the (form, employer_id) indexes built concurrently beside this file
-- (2-speed.concurrent.sql.txt, 2-speed-base.concurrent.sql.txt); without
-- them it is still right, only slower on such forms.

--!include app_hidden/functions/match_employers.sql
