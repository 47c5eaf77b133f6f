--! Compatible: moves the matcher's fuzzy stage into a new function it calls; match_employers keeps its signature and answers, and no table, column or grant changes
-- The matcher's fuzzy stage (candidates from the postings, typo neighbours,
-- initials, scoring) becomes app_hidden.match_fuzzy, which match_employers
-- calls only when no identifier or exact current name settles the search.
-- In one statement, the stage's part of the kept generic plan was started up
-- on every search, settled ones included: ~1.4 ms of CPU at 1M, about half
-- of an identifier or exact-name search. The stage's text is unchanged.
drop function if exists app_hidden.match_fuzzy(boolean, text, text[], integer, text, jsonb, boolean, double precision, text[]);
--!include app_hidden/functions/match_fuzzy.sql
--!include app_hidden/functions/match_employers.sql
