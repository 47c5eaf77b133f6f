--! Previous: sha1:2b174c6d1833c1c40d7cea5b93cf8bc970246657
--! Hash: sha1:2b0812050af2553dcbff6d55a5db968e4db1c447
--! Message: Index of each employer's unconfirmed learned aliases, built concurrently

--! no-transaction
--! Compatible: builds an index concurrently; nothing the previous release reads changes
-- Built outside a transaction so that alias writes go on meanwhile; the learned-name review reads it.
create index concurrently if not exists aliases_learned_unconfirmed_idx on app_public.aliases (employer_id) where learned_state = 'unconfirmed';
