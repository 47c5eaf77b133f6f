--! Previous: sha1:2b0812050af2553dcbff6d55a5db968e4db1c447
--! Hash: sha1:a5d6595ae662b152acde9aeccde51ade2d0bdfd9
--! Message: Validate the learned-alias constraints without blocking alias writes
--! Compatible: validates two constraints added not valid; it reads the table without blocking writes

-- Added not valid by the learned-aliases migration so that adding them held no lock over 3M aliases.
alter table app_public.aliases validate constraint learned_state_valid;
alter table app_public.aliases validate constraint aliases_confirmed_by_fkey;
