--! Previous: sha1:d430b751e2389474b568cd5601e98be498a28f37
--! Hash: sha1:2b174c6d1833c1c40d7cea5b93cf8bc970246657
--! Message: Index of aliases by the steward who confirmed them, built concurrently

--! no-transaction
--! Compatible: builds an index concurrently; nothing the previous release reads changes
-- Built outside a transaction so that alias writes go on meanwhile (3M aliases at scale).
create index concurrently if not exists aliases_confirmed_by_idx on app_public.aliases (confirmed_by);
