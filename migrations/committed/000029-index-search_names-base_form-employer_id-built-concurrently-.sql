--! Previous: sha1:a2072075b38c71a64fe165b17f82729f7ff02d34
--! Hash: sha1:bd7ac13bfb9ceb7ba90ff23839403129774d9a06
--! Message: Index search_names (base_form, employer_id), built concurrently: the matcher reads the top of a flood of one form without legal forms

--! no-transaction
--! Compatible: builds an index concurrently; nothing the previous release reads changes
-- The names of one base form (legal forms dropped) in employer order, so the
-- matcher reads the top of an exact-form flood ("GC": 1,756 names at 1M) and
-- not all of it. Built outside a transaction so that search-index writes go
-- on meanwhile (4M names at scale). It makes search_names_base_idx redundant;
-- that one can be dropped in a later release.
create index concurrently if not exists search_names_base_employer_idx on app_private.search_names (base_form, employer_id);
