// npm run ops -- renormalize [--dry-run]: installs the legal-form dictionary
// of data/reference/ and brings every stored compare/base form up to it.
//
// Dry run: installs the dictionary inside a transaction, lists every
// employer and alias whose forms would change (old -> new) and the collisions
// that would follow, then rolls everything back.
//
// For real: installs the dictionary (a new app_private.normalizer_versions row
// when it differs from the installed one) and commits; then recomputes
// aliases and employers in batches, one transaction each. Rows still at
// another version are the ones left to do, so an interrupted run picks up
// where it stopped. An alias whose new compare form another alias of the same
// employer already has (unique (employer_id, compare_form)) is skipped, keeps
// its old forms and version, and is reported: a steward resolves it (retire
// one of the two) and the next run finishes it. Names that newly meet another
// employer's name are updated and reported as possible duplicates.
import type pg from "pg";
import { readLegalFormDictionary, type LegalFormDictionary } from "../normaliser/legal-forms.ts";

export interface RenormalizeOptions {
  dryRun: boolean;
  batchSize?: number;
  log: (line: string) => void;
  /** Dry run: called with every name whose forms would change, in table and id order. */
  onChange?: (change: RenormalizeChange) => void;
  /** The dictionary to install; read from data/reference/ when absent. */
  dictionary?: LegalFormDictionary;
}

export interface RenormalizeCollision {
  /**
   * same_employer: two aliases of one employer would share a compare form
   * (the later one is skipped); other_employer: a name would newly share its
   * compare form with a name of another employer (a possible duplicate).
   */
  kind: "same_employer" | "other_employer";
  table: "aliases" | "employers";
  id: string;
  employerId: string;
  name: string;
  oldCompareForm: string;
  newCompareForm: string;
  with: { table: "aliases" | "employers"; id: string; employerId: string; name: string };
}

/** A name whose stored forms a dictionary change would alter. */
export interface RenormalizeChange {
  table: "aliases" | "employers";
  id: string;
  employerId: string;
  name: string;
  oldCompareForm: string;
  newCompareForm: string;
  oldBaseForm: string;
  newBaseForm: string;
}

export interface RenormalizeResult {
  /** The normaliser version installed (dry run: the one that would be). */
  version: number;
  previousVersion: number;
  /** Rows whose compare or base form changed (dry run: would change). */
  changed: number;
  /** Rows brought to the version without any change of form. */
  unchanged: number;
  /** same_employer collisions are rows left at their old version. */
  collisions: RenormalizeCollision[];
}

const LOCK_KEY = "app.renormalize";

interface PendingRow {
  table: "aliases" | "employers";
  id: string;
  employer_id: string;
  name: string;
  old_compare: string;
  new_compare: string;
  old_base: string;
  new_base: string;
}

/** Replaces the dictionary rows and compiles them; returns [previous, new] version. */
async function installDictionary(
  client: pg.PoolClient,
  dictionary: LegalFormDictionary,
  note: string,
): Promise<[number, number]> {
  const previous = Number((await client.query("select app_hidden.normalizer_version() as v")).rows[0].v);
  await client.query("delete from app_private.legal_form_positions");
  await client.query("delete from app_private.legal_forms");
  const f = dictionary.forms;
  await client.query(
    `insert into app_private.legal_forms (source, type_index, spelling, display_form, compare_value, action, generic_class, note)
     select * from unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    [
      f.map((r) => r.source),
      f.map((r) => r.typeIndex),
      f.map((r) => r.spelling),
      f.map((r) => r.displayForm),
      f.map((r) => r.compareValue),
      f.map((r) => r.action),
      f.map((r) => r.genericClass),
      f.map((r) => r.note),
    ],
  );
  const p = dictionary.positions;
  await client.query(
    `insert into app_private.legal_form_positions (spelling, allowed_at, reason)
     select * from unnest($1::text[], $2::text[], $3::text[])`,
    [p.map((r) => r.spelling), p.map((r) => r.allowedAt), p.map((r) => r.reason)],
  );
  const version = Number((await client.query("select app_private.compile_legal_forms($1) as v", [note])).rows[0].v);
  return [previous, version];
}

/**
 * Every name not yet at the version, with its old and new forms, into
 * pg_temp.renormalize_pending (in this transaction).
 */
async function computePending(client: pg.PoolClient, version: number): Promise<void> {
  await client.query(
    `create temporary table renormalize_pending on commit drop as
       select 'aliases'::text as "table", a.id, a.employer_id, a.name,
              a.compare_form as old_compare, app_hidden.name_compare_form(a.name) as new_compare,
              a.base_form as old_base, app_hidden.name_base_form(a.name) as new_base
         from app_public.aliases a where a.normalizer_version <> $1
       union all
       select 'employers', e.id, e.id, e.name,
              e.compare_name, app_hidden.name_compare_form(e.name),
              e.base_name, app_hidden.name_base_form(e.name)
         from app_public.employers e where e.normalizer_version <> $1`,
    [version],
  );
  await client.query(`create unique index on pg_temp.renormalize_pending ("table", id)`);
  await client.query("analyze pg_temp.renormalize_pending");
}

/**
 * The collisions the pending forms would create, judged on every name as it
 * will be (new forms for pending rows, stored forms for the others).
 */
async function findCollisions(client: pg.PoolClient): Promise<RenormalizeCollision[]> {
  const { rows } = await client.query(`
    with names as (
      select 'aliases'::text as "table", a.id::text as id, a.employer_id::text as employer_id, a.name,
             coalesce(p.new_compare, a.compare_form) as compare_form, a.compare_form as old_compare, p.id is not null as pending
        from app_public.aliases a
        left join pg_temp.renormalize_pending p on p."table" = 'aliases' and p.id = a.id
      union all
      select 'employers', e.id::text, e.id::text, e.name,
             coalesce(p.new_compare, e.compare_name), e.compare_name, p.id is not null
        from app_public.employers e
        left join pg_temp.renormalize_pending p on p."table" = 'employers' and p.id = e.id
       where e.status <> 'merged'
    ),
    changed as (
      select * from names n where n.pending and n.compare_form <> n.old_compare
    )
    select * from (
    -- two aliases of one employer: the later one (higher id) loses
    select 'same_employer' as kind, c."table", c.id, c.employer_id, c.name, c.old_compare, c.compare_form as new_compare,
           o."table" as with_table, o.id as with_id, o.employer_id as with_employer_id, o.name as with_name
      from changed c
      join names o on o."table" = 'aliases' and o.employer_id = c.employer_id and o.compare_form = c.compare_form and o.id <> c.id
     where c."table" = 'aliases'
       and (not o.pending or o.compare_form = o.old_compare or o.id::bigint < c.id::bigint)
    union all
    -- a name newly equal to another employer's name (it was not before)
    select 'other_employer', c."table", c.id, c.employer_id, c.name, c.old_compare, c.compare_form,
           o."table", o.id, o.employer_id, o.name
      from changed c
      join names o on o.compare_form = c.compare_form and o.employer_id <> c.employer_id
     where o.old_compare <> c.old_compare
       -- a pair of names that both change is reported once
       and (not o.pending or o.compare_form = o.old_compare or (c."table", c.id::bigint) < (o."table", o.id::bigint))
    ) collisions
    order by kind, "table", id::bigint, with_table, with_id::bigint`);
  return rows.map((r) => ({
    kind: r.kind,
    table: r.table,
    id: r.id,
    employerId: r.employer_id,
    name: r.name,
    oldCompareForm: r.old_compare,
    newCompareForm: r.new_compare,
    with: { table: r.with_table, id: r.with_id, employerId: r.with_employer_id, name: r.with_name },
  }));
}

function logCollisions(collisions: RenormalizeCollision[], log: (line: string) => void, dryRun: boolean): void {
  for (const c of collisions) {
    const what = `${c.table === "aliases" ? "alias" : "employer"} ${c.id} "${c.name}" (${c.oldCompareForm} -> ${c.newCompareForm})`;
    const other = `${c.with.table === "aliases" ? "alias" : "employer name"} ${c.with.id} "${c.with.name}"`;
    if (c.kind === "same_employer") {
      log(
        `collision: ${what} would equal ${other} of the same employer ${c.employerId}: ${dryRun ? "would be skipped" : "skipped, left at its old version"}`,
      );
    } else {
      log(
        `collision: ${what} would equal ${other} of employer ${c.with.employerId}: possible duplicate employers ${c.employerId} and ${c.with.employerId}`,
      );
    }
  }
}

async function dryRun(
  pool: pg.Pool,
  dictionary: LegalFormDictionary,
  log: (line: string) => void,
  onChange: (change: RenormalizeChange) => void,
): Promise<RenormalizeResult> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const [previousVersion, version] = await installDictionary(client, dictionary, "renormalize --dry-run");
    log(
      version === previousVersion
        ? `dictionary unchanged (version ${version})`
        : `the dictionary would become version ${version} (installed: ${previousVersion})`,
    );
    await computePending(client, version);
    // Page through the changes (there may be millions), in id order.
    let changed = 0;
    let after: [string, string] = ["", "0"];
    for (;;) {
      const { rows } = await client.query<PendingRow>(
        `select p."table", p.id::text as id, p.employer_id::text as employer_id, p.name, p.old_compare, p.new_compare, p.old_base, p.new_base
           from pg_temp.renormalize_pending p
          where (p."table", p.id) > ($1, $2::bigint) and (p.new_compare <> p.old_compare or p.new_base <> p.old_base)
          order by p."table", p.id limit 10000`,
        after,
      );
      if (rows.length === 0) break;
      for (const r of rows) {
        const kind = r.table === "aliases" ? `alias ${r.id} of employer ${r.employer_id}` : `employer ${r.id}`;
        const base = r.new_base !== r.old_base ? `; base ${r.old_base} -> ${r.new_base}` : "";
        log(`would change ${kind} "${r.name}": ${r.old_compare} -> ${r.new_compare}${base}`);
        onChange({
          table: r.table,
          id: r.id,
          employerId: r.employer_id,
          name: r.name,
          oldCompareForm: r.old_compare,
          newCompareForm: r.new_compare,
          oldBaseForm: r.old_base,
          newBaseForm: r.new_base,
        });
      }
      changed += rows.length;
      const last = rows[rows.length - 1]!;
      after = [last.table, last.id];
    }
    const pending = Number((await client.query("select count(*) as n from pg_temp.renormalize_pending")).rows[0].n);
    const collisions = await findCollisions(client);
    logCollisions(collisions, log, true);
    log(
      `dry run: ${changed} name(s) would change, ${pending - changed} would only be stamped with version ${version}, ${collisions.length} collision(s); nothing was changed`,
    );
    return { version, previousVersion, changed, unchanged: pending - changed, collisions };
  } finally {
    await client.query("rollback").catch(() => undefined);
    client.release();
  }
}

/** One batch of one table: updates what it can, returns the counts and the ids it skipped. */
async function recomputeBatch(
  client: pg.PoolClient,
  table: "aliases" | "employers",
  version: number,
  afterId: string,
  batchSize: number,
): Promise<{ lastId: string | null; changed: number; unchanged: number; skipped: string[] }> {
  const columns =
    table === "aliases"
      ? { compare: "compare_form", base: "base_form" }
      : { compare: "compare_name", base: "base_name" };
  await client.query("begin");
  try {
    const { rows } = await client.query<{
      id: string;
      employer_id: string;
      old_compare: string;
      old_base: string;
      new_compare: string;
      new_base: string;
    }>(
      `select t.id::text, ${table === "aliases" ? "t.employer_id" : "t.id"}::text as employer_id,
              t.${columns.compare} as old_compare, t.${columns.base} as old_base,
              app_hidden.name_compare_form(t.name) as new_compare, app_hidden.name_base_form(t.name) as new_base
         from app_public.${table} t
        where t.normalizer_version <> $1 and t.id > $2::bigint
        order by t.id limit $3
        for update`,
      [version, afterId, batchSize],
    );
    if (rows.length === 0) {
      await client.query("commit");
      return { lastId: null, changed: 0, unchanged: 0, skipped: [] };
    }
    let skipped: string[] = [];
    if (table === "aliases") {
      // An alias whose new form another alias of its employer has (now, or
      // earlier in this batch) would break unique (employer_id, compare_form).
      const blocked = await client.query<{ id: string }>(
        `with batch as (
           select * from unnest($1::bigint[], $2::bigint[], $3::text[]) as b(id, employer_id, compare_form)
         ), ranked as (
           select b.*, row_number() over (partition by b.employer_id, b.compare_form order by b.id) as rn from batch b
         )
         select r.id::text from ranked r
          where r.rn > 1
             or exists (select 1 from app_public.aliases o
                         where o.employer_id = r.employer_id and o.compare_form = r.compare_form and o.id <> r.id
                           and not exists (select 1 from batch b where b.id = o.id and b.compare_form <> o.compare_form))`,
        [rows.map((r) => r.id), rows.map((r) => r.employer_id), rows.map((r) => r.new_compare)],
      );
      skipped = blocked.rows.map((r) => r.id);
    }
    const skip = new Set(skipped);
    const todo = rows.filter((r) => !skip.has(r.id));
    const update = (subset: typeof rows) =>
      client.query(
        `update app_public.${table} t set ${columns.compare} = u.compare_form, ${columns.base} = u.base_form, normalizer_version = $4
           from unnest($1::bigint[], $2::text[], $3::text[]) as u(id, compare_form, base_form)
          where t.id = u.id`,
        [subset.map((r) => r.id), subset.map((r) => r.new_compare), subset.map((r) => r.new_base), version],
      );
    try {
      await client.query("savepoint batch");
      await update(todo);
    } catch (error) {
      // Forms swapping between rows of one batch can trip the unique check
      // row by row: fall back to one row at a time, skipping the ones that fail.
      if ((error as { code?: string }).code !== "23505") throw error;
      await client.query("rollback to savepoint batch");
      for (const row of todo) {
        await client.query("savepoint one");
        try {
          await update([row]);
        } catch (rowError) {
          if ((rowError as { code?: string }).code !== "23505") throw rowError;
          await client.query("rollback to savepoint one");
          skipped.push(row.id);
          skip.add(row.id);
        }
      }
    }
    await client.query("commit");
    const done = rows.filter((r) => !skip.has(r.id));
    const changed = done.filter((r) => r.new_compare !== r.old_compare || r.new_base !== r.old_base).length;
    return { lastId: rows[rows.length - 1]!.id, changed, unchanged: done.length - changed, skipped };
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  }
}

/**
 * The run's audit event: table app_private.normalizer_versions, key the
 * version, before/after the version and what the run did. The actor is the
 * session's (app.role / app.user_id; "operator" from npm run ops).
 */
async function recordAuditSummary(
  client: pg.PoolClient,
  run: {
    previousVersion: number;
    version: number;
    pending: number;
    changed: number;
    unchanged: number;
    skipped: number;
    collisions: number;
  },
): Promise<void> {
  await client.query(
    `insert into app_public.audit_events (table_name, row_key, action, actor_user_id, actor_role, before, after)
     values ('app_private.normalizer_versions', $1, 'update', app_hidden.current_user_id(), app_hidden.current_role_name(),
             jsonb_build_object('normalizer_version', $2::int, 'names_to_recompute', $3::int),
             jsonb_build_object('normalizer_version', $4::int, 'event', 'renormalize', 'changed', $5::int,
                                'unchanged', $6::int, 'skipped', $7::int, 'collisions', $8::int))`,
    [
      String(run.version),
      run.previousVersion,
      run.pending,
      run.version,
      run.changed,
      run.unchanged,
      run.skipped,
      run.collisions,
    ],
  );
}

export async function renormalize(ownerPool: pg.Pool, options: RenormalizeOptions): Promise<RenormalizeResult> {
  const { log } = options;
  const batchSize = options.batchSize ?? 5000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("batchSize must be a positive integer");
  const dictionary = options.dictionary ?? (await readLegalFormDictionary());
  log(`dictionary: ${dictionary.forms.length} spellings, ${dictionary.positions.length} position rules`);
  if (options.dryRun) return dryRun(ownerPool, dictionary, log, options.onChange ?? (() => undefined));

  // One renormalise at a time: a session lock held by a client of its own.
  const lockClient = await ownerPool.connect();
  try {
    const { rows: locked } = await lockClient.query("select pg_try_advisory_lock(hashtext($1)) as ok", [LOCK_KEY]);
    if (!locked[0].ok) throw new Error("another renormalize is running");

    const client = await ownerPool.connect();
    try {
      // 1. install the dictionary and find the collisions, in one transaction
      await client.query("begin");
      const [previousVersion, version] = await installDictionary(client, dictionary, "npm run ops -- renormalize");
      await computePending(client, version);
      const collisions = await findCollisions(client);
      const pending = Number((await client.query("select count(*) as n from pg_temp.renormalize_pending")).rows[0].n);
      await client.query("commit");
      log(
        version === previousVersion
          ? `dictionary unchanged (version ${version}); ${pending} name(s) still at an older version`
          : `installed dictionary version ${version} (was ${previousVersion}); ${pending} name(s) to recompute`,
      );
      logCollisions(collisions, log, false);

      // 2. recompute, batch by batch (committed each), aliases then employers
      let changed = 0;
      let unchanged = 0;
      let skippedIds: string[] = [];
      // Aliases twice: an alias skipped because another alias of its employer
      // still had the form (and moved away later in the run) gets a second go.
      for (const [table, pass] of [
        ["aliases", 1],
        ["aliases", 2],
        ["employers", 1],
      ] as const) {
        if (table === "aliases" && pass === 2) {
          if (skippedIds.length === 0) continue;
          skippedIds = [];
        }
        let afterId = "0";
        for (;;) {
          const batch = await recomputeBatch(client, table, version, afterId, batchSize);
          if (batch.lastId === null) break;
          afterId = batch.lastId;
          changed += batch.changed;
          unchanged += batch.unchanged;
          if (table === "aliases") skippedIds.push(...batch.skipped);
          log(
            `${table}: up to id ${afterId}: ${batch.changed} changed, ${batch.unchanged} unchanged, ${batch.skipped.length} skipped`,
          );
        }
      }
      // Collisions found up front are reported; a row skipped for a reason
      // only the batch saw is reported here.
      const reported = new Set(collisions.filter((c) => c.kind === "same_employer").map((c) => c.id));
      for (const id of skippedIds.filter((id) => !reported.has(id))) {
        const { rows } = await client.query(
          "select employer_id::text, name, compare_form from app_public.aliases where id = $1",
          [id],
        );
        if (rows[0])
          log(
            `collision: alias ${id} "${rows[0].name}" of employer ${rows[0].employer_id}: skipped, left at its old version`,
          );
      }
      if (
        (await client.query("select to_regprocedure('app_hidden.refresh_search_stats()') is not null as ok")).rows[0].ok
      ) {
        await client.query("select app_hidden.refresh_search_stats()");
        log("search statistics refreshed");
      }
      log(
        `renormalized to version ${version}: ${changed} name(s) changed, ${unchanged} unchanged, ${skippedIds.length} alias(es) skipped, ${collisions.length} collision(s)`,
      );
      // One audit event for the whole run, not one per name: recomputing
      // derived forms is a system change (the audit triggers of employers and
      // aliases ignore changes to those columns alone, migrations/current/6-ops.sql).
      if (version !== previousVersion || changed + unchanged > 0) {
        await recordAuditSummary(client, {
          previousVersion,
          version,
          pending,
          changed,
          unchanged,
          skipped: skippedIds.length,
          collisions: collisions.length,
        });
      }
      return { version, previousVersion, changed, unchanged, collisions };
    } finally {
      await client.query("rollback").catch(() => undefined);
      client.release();
    }
  } finally {
    await lockClient.query("select pg_advisory_unlock(hashtext($1))", [LOCK_KEY]).catch(() => undefined);
    lockClient.release();
  }
}
