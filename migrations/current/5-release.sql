-- Expand/contract releases: which applied migrations the previous release's
-- code can run on. The code that applies a migration records here whether its
-- header carries `--! Compatible: <reason>` (server/src/db/migration-compatibility.ts);
-- an older release's readiness check reads these rows for the migrations it
-- does not know, so a database ahead of the code is ready only when every
-- migration it lacks is marked compatible. Only the owner reads and writes it.
drop table if exists app_private.migration_compatibility;

create table app_private.migration_compatibility (
  filename text primary key check (filename ~ '^\d{6}\.sql$'),
  is_compatible boolean not null,
  reason text,
  recorded_at timestamptz not null default now(),
  check (not is_compatible or reason is not null)
);
alter table app_private.migration_compatibility enable row level security;
comment on table app_private.migration_compatibility is
  'Per applied migration (graphile-migrate filename): whether code of the previous release may run on a database that has it (the `--! Compatible: <reason>` header), for readiness. Written by the code that migrates; no visitor grants.';
