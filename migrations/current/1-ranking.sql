--! Compatible: replaces the matcher's scoring and adds a helper function; no table, column or signature changes.
drop function if exists app_hidden.word_run_initials(text[]);
--!include app_hidden/functions/word_run_initials.sql
--!include app_hidden/functions/match_employers.sql
