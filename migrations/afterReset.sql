-- Runs as the superuser against a freshly created (or bootstrapped) database.
-- Idempotent: the bootstrap runs it on every start against existing databases too.
begin;

-- Nobody but the owner and the authenticator may connect.
revoke all on database :DATABASE_NAME from public;
grant all on database :DATABASE_NAME to :DATABASE_OWNER;
grant connect on database :DATABASE_NAME to :DATABASE_AUTHENTICATOR;
-- Feed uploads stage rows in a temporary table of their own transaction (COPY cannot write to a table with
-- row-level security), so stewards may create temporary tables. Database-level grants are not carried by
-- CREATE DATABASE ... TEMPLATE (test copies, snapshots), so this is granted again on every start.
grant temporary on database :DATABASE_NAME to :ROLE_STEWARD;

-- The owner runs the migrations, so it owns the public schema where the
-- extensions live (PostgreSQL 15+ gives it to pg_database_owner).
alter schema public owner to :DATABASE_OWNER;

-- Extensions need a superuser; they go in public, which visitor roles may use
-- but not create in (see the first migration).
create extension if not exists pg_trgm with schema public;
create extension if not exists unaccent with schema public;
create extension if not exists fuzzystrmatch with schema public;
create extension if not exists citext with schema public;
create extension if not exists pgcrypto with schema public;

commit;
