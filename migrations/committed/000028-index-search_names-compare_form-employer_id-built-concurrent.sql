--! Previous: sha1:6d8254c3b08e86bf3bb278df11a6721b4b698c6b
--! Hash: sha1:a2072075b38c71a64fe165b17f82729f7ff02d34
--! Message: Index search_names (compare_form, employer_id), built concurrently: the matcher reads the top of an exact-form flood

--! no-transaction
--! Compatible: builds an index concurrently; nothing the previous release reads changes
-- The names of one compare form in employer order, so the matcher reads the
-- top of an exact-form flood ("GC": 1,055 names at 1M) and not all of it.
-- Built outside a transaction so that search-index writes go on meanwhile
-- (4M names at scale). It makes search_names_compare_idx redundant; that one
-- can be dropped in a later release.
create index concurrently if not exists search_names_compare_employer_idx on app_private.search_names (compare_form, employer_id);
