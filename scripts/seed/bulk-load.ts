// Loads generated chunks into the registry tables the fast way: as a superuser
// session with session_replication_role = replica, so no per-row trigger runs
// (no audit rows for seeded data, no per-row search indexing), with the name
// forms computed set-based by the normaliser's own SQL functions, secondary
// indexes dropped during the load and rebuilt after, and the search index
// rebuilt once at the end with app_hidden.rebuild_search_index().
import pg from "pg";
import type { Chunk } from "./registry-generator.ts";

/** Tables whose secondary indexes are dropped during the load and rebuilt after. */
export const REGISTRY_TABLES = ["app_public.employers", "app_public.aliases", "app_public.employer_identifiers"];
export const SEARCH_TABLES = ["app_private.search_names"];
/** Identity columns given explicit ids by the seed: their sequences move past them. */
const IDENTITY_TABLES = [
  "app_public.employers",
  "app_public.aliases",
  "app_public.employer_identifiers",
  "app_public.employer_distinctions",
  "app_public.employer_merges",
];

export interface IndexDefinition {
  table: string;
  name: string;
  definition: string;
}

import { tolerateShutdown } from "../../server/src/db/pool.ts";
export { tolerateShutdown };

/**
 * graphile-migrate keeps its pool open for 200 ms after the migrations and
 * exits the process if a connection of it dies meanwhile (as when a short run
 * stops the embedded PostgreSQL at once): wait that long before closing.
 */
export const letMigrationPoolsClose = () => new Promise((resolve) => setTimeout(resolve, 300));

/** A pool of superuser sessions that skip triggers: for bulk loading only. */
export function makeLoaderPool(rootDatabaseUrl: string, size: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: rootDatabaseUrl,
    max: size,
    application_name: "seed-scale",
    options: "-c session_replication_role=replica -c synchronous_commit=off -c maintenance_work_mem=512MB",
  });
  return tolerateShutdown(pool);
}

/** Indexes that no constraint owns (primary keys and unique constraints stay). */
export async function secondaryIndexes(client: pg.PoolClient | pg.Pool, tables: string[]): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `select i.indrelid::regclass::text as table, i.indexrelid::regclass::text as name,
            pg_get_indexdef(i.indexrelid) as definition
     from pg_index i
     where i.indrelid = any (select t::regclass from unnest($1::text[]) t)
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
     order by 1, 2`,
    [tables],
  );
  return rows;
}

export async function dropIndexes(pool: pg.Pool, indexes: IndexDefinition[]): Promise<void> {
  for (const index of indexes) await pool.query(`drop index if exists ${index.name}`);
}

/** Builds indexes on `parallel` sessions, biggest first. */
export async function createIndexes(
  pool: pg.Pool,
  indexes: IndexDefinition[],
  parallel: number,
  onDone: (index: IndexDefinition, seconds: number) => void,
): Promise<void> {
  // Biggest first, so that the builders finish together; a GIN index takes
  // several times longer than a btree on the same table.
  const { rows } = await pool.query<{ table: string; bytes: string }>(
    "select t as table, pg_relation_size(t::regclass)::text as bytes from unnest($1::text[]) t",
    [[...new Set(indexes.map((i) => i.table))]],
  );
  const tableBytes = new Map(rows.map((r) => [r.table, Number(r.bytes)]));
  const cost = (i: IndexDefinition) => (tableBytes.get(i.table) ?? 0) * (/using gin/i.test(i.definition) ? 6 : 1);
  const queue = [...indexes].sort((a, b) => cost(b) - cost(a));
  const worker = async () => {
    for (let index = queue.shift(); index; index = queue.shift()) {
      const started = performance.now();
      // Each session builds alone: parallel workers would fight over the same cores.
      const client = await pool.connect();
      try {
        await client.query("set max_parallel_maintenance_workers = 0");
        await client.query(index.definition);
      } finally {
        client.release();
      }
      onDone(index, (performance.now() - started) / 1000);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

const EMPLOYERS_SQL = `
insert into app_public.employers (id, name, compare_name, base_name, normalizer_version, status, merged_into, created_at, updated_at)
overriding system value
select r.id, r.name, app_hidden.name_compare_form(r.name), app_hidden.name_base_form(r.name), $2,
       r.status::app_public.employer_status, r.merged_into, r.created_at, r.created_at
from json_to_recordset($1::json) as r(id bigint, name text, status text, merged_into bigint, created_at timestamptz)`;

// The rules add_alias applies: not the employer's canonical name again, and
// one alias per compare form per employer (the first generated wins).
const ALIASES_SQL = `
insert into app_public.aliases (id, employer_id, name, compare_form, base_form, normalizer_version, kind, visibility,
                                valid_from, valid_to, source_system, source_ref, added_at, updated_at)
overriding system value
select distinct on (a.employer_id, a.compare_form)
       a.id, a.employer_id, a.name, a.compare_form, app_hidden.name_base_form(a.name), $2,
       a.kind::app_public.alias_kind, a.visibility::app_public.alias_visibility, a.valid_from, a.valid_to,
       a.source_system, a.source_ref, a.added_at, a.added_at
from (
  select r.*, app_hidden.name_compare_form(r.name) as compare_form
  from json_to_recordset($1::json) as r(id bigint, employer_id bigint, name text, kind text, visibility text,
                                        valid_from date, valid_to date, source_system text, source_ref text,
                                        added_at timestamptz)
) a
join app_public.employers e on e.id = a.employer_id
where a.compare_form <> e.compare_name
order by a.employer_id, a.compare_form, a.id`;

const IDENTIFIERS_SQL = `
insert into app_public.employer_identifiers (id, employer_id, scheme, value, source_system, source_ref, added_at)
overriding system value
select r.id, r.employer_id, r.scheme, r.value, r.source_system, r.source_ref, r.added_at
from json_to_recordset($1::json) as r(id bigint, employer_id bigint, scheme text, value text, source_system text,
                                      source_ref text, added_at timestamptz)`;

const DISTINCTIONS_SQL = `
insert into app_public.employer_distinctions (id, employer_id, other_employer_id, reason, recorded_at)
overriding system value
select r.id, r.employer_id, r.other_employer_id, r.reason, r.recorded_at
from json_to_recordset($1::json) as r(id bigint, employer_id bigint, other_employer_id bigint, reason text,
                                      recorded_at timestamptz)`;

const MERGES_SQL = `
insert into app_public.employer_merges (id, survivor_id, merged_id, reason, merged_at, undo)
overriding system value
select r.id, r.survivor_id, r.merged_id, r.reason, r.merged_at, r.undo
from json_to_recordset($1::json) as r(id bigint, survivor_id bigint, merged_id bigint, reason text,
                                      merged_at timestamptz, undo jsonb)`;

/** Loads one chunk in one transaction; returns the aliases kept. */
export async function loadChunk(pool: pg.Pool, chunk: Chunk, normalizerVersion: number): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(EMPLOYERS_SQL, [JSON.stringify(chunk.employers), normalizerVersion]);
    const aliases = await client.query(ALIASES_SQL, [JSON.stringify(chunk.aliases), normalizerVersion]);
    await client.query(IDENTIFIERS_SQL, [JSON.stringify(chunk.identifiers)]);
    if (chunk.distinctions.length) await client.query(DISTINCTIONS_SQL, [JSON.stringify(chunk.distinctions)]);
    if (chunk.merges.length) await client.query(MERGES_SQL, [JSON.stringify(chunk.merges)]);
    await client.query("commit");
    return aliases.rowCount ?? 0;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function advanceIdentitySequences(pool: pg.Pool): Promise<void> {
  for (const table of IDENTITY_TABLES) {
    await pool.query(
      `select setval(pg_get_serial_sequence($1, 'id'), greatest(coalesce((select max(id) from ${table}), 0), 1))`,
      [table],
    );
  }
}

/** What a trigger-free load could get wrong, counted: all should be 0. */
export async function integrityProblems(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<Record<string, string>>(`
    select
      (select count(*) from app_public.employer_identifiers i
        where (i.scheme = 'abn' and not app_hidden.abn_is_valid(i.value))
           or (i.scheme = 'acn' and not app_hidden.acn_is_valid(i.value))) as invalid_identifiers,
      (select count(*) from app_public.aliases a
        where not exists (select 1 from app_public.employers e where e.id = a.employer_id)) as orphan_aliases,
      (select count(*) from app_public.employer_identifiers i
        where not exists (select 1 from app_public.employers e where e.id = i.employer_id)) as orphan_identifiers,
      (select count(*) from app_public.employers m
        where m.merged_into is not null
          and not exists (select 1 from app_public.employers e where e.id = m.merged_into and e.status = 'active')) as bad_merges,
      (select count(*) from app_public.aliases a join app_public.employers e on e.id = a.employer_id
        where a.compare_form = e.compare_name) as aliases_equal_to_canonical,
      (select count(*) from app_public.employers e
        where not exists (select 1 from app_private.search_names s where s.employer_id = e.id and s.alias_id is null)) as unindexed_employers
  `);
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

export async function tableCounts(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<Record<string, string>>(`
    select
      (select count(*) from app_public.employers) as employers,
      (select count(*) from app_public.employers where status = 'active') as active,
      (select count(*) from app_public.employers where status = 'archived') as archived,
      (select count(*) from app_public.employers where status = 'merged') as merged,
      (select count(*) from app_public.aliases) as aliases,
      (select count(*) from app_public.employer_identifiers where scheme = 'abn') as abn,
      (select count(*) from app_public.employer_identifiers where scheme = 'acn') as acn,
      (select count(*) from app_public.employer_identifiers where scheme = 'bci_company') as bci_company,
      (select count(*) from app_public.employer_distinctions) as distinctions,
      (select count(*) from app_public.employer_merges) as merges,
      (select count(*) from app_private.search_names) as search_names,
      (select count(*) from app_private.search_tokens) as search_tokens,
      (select count(*) from app_public.audit_events
        where table_name in ('app_public.employers', 'app_public.aliases', 'app_public.employer_identifiers')) as audit_rows
  `);
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}
