// Incremental refreshes (migration 000005, written as current/4-analytics.sql): the registry's
// triggers mark what changed, the hourly refresh recomputes only that, and the
// result is exactly what a full rebuild computes from the registry.
import type pg from "pg";
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { employerWith } from "../helpers/promotion.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { csv, importText, processBatch } from "../imports/import-helpers.ts";
import { D1, D2, loadAnalyticsFixture, type AnalyticsFixture } from "./fixture.ts";

let db: TestDatabase;
let users: TestUsers;
let fixture: AnalyticsFixture;

const DENIED = "42501";
const at = (day: string) => `${day}T10:00:00Z`;

interface Refresh {
  mode: string;
  alias_rows: number;
  coverage_rows: number;
  days_recomputed: number;
  employers_recomputed: number;
  names_recomputed: number;
}

async function refresh(rebuild = false): Promise<Refresh> {
  const { rows } = await db.ownerPool.query<Refresh>(
    `select mode, alias_rows, coverage_rows, days_recomputed, employers_recomputed, names_recomputed
     from app_hidden.refresh_analytics_rollups(null, null, 'operator', $1)`,
    [rebuild],
  );
  return rows[0]!;
}

/** Every rollup as an analyst reads it, without the columns that say when a row was computed. */
async function rollups(): Promise<Record<string, unknown[]>> {
  const queries: Record<string, string> = {
    aliases:
      "select day::text, source_system, kind::text, aliases_added, public_added from app_public.analytics_alias_daily order by 1, 2, 3",
    coverage: `select day::text, active_employers, with_alias, with_identifier, alias_coverage, identifier_coverage, feed_names_resolved
               from app_public.analytics_coverage_daily order by 1`,
    conflicts: `select day::text, shared_names, common_names, employers_sharing_names, unexplained_pairs, distinctions_recorded, merges, unmerges
                from app_public.analytics_conflict_daily order by 1`,
    decisions: `select day::text, action::text, decided_by::text, decided_by_username, decisions
                from app_public.analytics_decision_daily order by 1, 2, 3`,
    imports:
      "select day::text, batch_id::text, source_system, outcome::text, rows from app_public.analytics_import_daily order by 1, 2, 4",
    backlogs: "select day::text, promotion_items, pending_items from app_public.analytics_backlog_daily order by 1",
  };
  return asRole(db, { role: "analyst", userId: users.analyst.id }, async (c) => {
    const result: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(queries)) result[name] = (await c.query(sql)).rows;
    return result;
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  fixture = await loadAnalyticsFixture(db);
  // The fixture backdates rows with triggers off, so the first refresh (a full one) sees them.
  expect((await refresh()).mode).toBe("full");
}, 180_000);
afterAll(() => db.drop());

it("recomputes nothing but today's snapshot when nothing changed", async () => {
  const before = await rollups();
  const result = await refresh();
  expect(result).toEqual({
    mode: "incremental",
    alias_rows: 0,
    coverage_rows: 0,
    days_recomputed: 1, // today's conflict row (the name-sharing snapshot)
    employers_recomputed: 0,
    names_recomputed: 0,
  });
  expect(await rollups()).toEqual(before);
});

it("equals a full rebuild after inserts on old days, retired and deleted aliases, archives, merges, decisions and imports", async () => {
  const q = (sql: string, params: unknown[] = []) => db.ownerPool.query(sql, params);
  const asSteward = (sql: string, params: unknown[]) =>
    asRole(db, { role: "steward", userId: users.steward.id }, (c: pg.PoolClient) => c.query(sql, params), {
      commit: true,
    });
  // An alias added now, then dated back to D1 (an import of historical names would do the same).
  const bravo = await q(
    "select (app_public.add_alias($1, 'Bravo Pumping', 'trading', null, null, null, 'bci')).id as id",
    [fixture.b],
  );
  await q("update app_public.aliases set added_at = $2 where id = $1", [bravo.rows[0].id, at(D1)]);
  // An alias inserted straight onto an old day.
  await q(
    `insert into app_public.aliases (employer_id, name, kind, visibility, source_system, added_at)
     values ($1, 'Charlie Lifting', 'trading', 'public', 'manual', $2)`,
    [fixture.c, at(D2)],
  );
  // Retired (still counted) and hard-deleted (no longer counted) aliases.
  await q("update app_public.aliases set valid_to = current_date where name = 'Xray Demo'");
  await q("delete from app_public.aliases where name = 'ACME CONSTRN'");
  // C archived: every coverage day since D2 and the shared "Acme Builders" change.
  await asSteward("select app_public.set_employer_archived($1, true)", [fixture.c]);
  // The merge of M into A undone today; a new employer with an identifier; a distinction today.
  const merge = await q("select id from app_public.employer_merges where merged_id = $1", [fixture.m]);
  await asSteward("select app_public.unmerge_employers($1)", [merge.rows[0].id]);
  const delta = await q("select (app_public.register_employer('Delta Drilling Pty Ltd')).id as id");
  await q("select app_public.add_identifier($1, 'abn', '33 102 417 032')", [delta.rows[0].id]);
  await asSteward("select app_public.record_distinction($1, $2, 'two yards')", [fixture.a, fixture.b]);
  // A canonical decision, and an import whose rows are then dated back to D2.
  const candidate = await employerWith(db.ownerPool, "Echo Scaffolds", [
    { name: "Echo Scaffolding Services", kind: "trading", source: "abr" },
  ]);
  await asSteward("select app_public.reject_promotion_candidate($1, $2, 'a division')", [
    candidate.employerId,
    candidate.aliasIds["Echo Scaffolding Services"],
  ]);
  const batch = await importText(
    db,
    csv("Acme Builders,,,,,P1,Tower,builder,NSW,2000", "Foxtrot Formwork,,,,,P2,Pool,subcontractor,QLD,4000"),
  );
  await processBatch(db, batch.batchId);
  await q(
    `update app_public.import_rows set processed_at = $2
     where batch_id = $1 and line = (select min(line) from app_public.import_rows where batch_id = $1)`,
    [batch.batchId, at(D2)],
  );

  const incremental = await refresh();
  expect(incremental.mode).toBe("incremental");
  // Only the touched employers, not the whole registry.
  const employers = Number((await q("select count(*) from app_public.employers")).rows[0].count);
  expect(incremental.employers_recomputed).toBeGreaterThan(0);
  expect(incremental.employers_recomputed).toBeLessThan(employers);
  const afterIncremental = await rollups();

  expect((await refresh(true)).mode).toBe("full");
  const afterRebuild = await rollups();
  expect(afterIncremental).toEqual(afterRebuild);
  // And the changes did show: D1 gained Bravo Pumping, D2 lost ACME CONSTRN and gained Charlie Lifting.
  expect(afterRebuild.aliases).toEqual(
    expect.arrayContaining([
      { day: D1, source_system: "bci", kind: "trading", aliases_added: 1, public_added: 1 },
      { day: D2, source_system: "manual", kind: "trading", aliases_added: 1, public_added: 1 },
    ]),
  );
  expect(afterRebuild.aliases).not.toContainEqual(expect.objectContaining({ day: D2, kind: "feed_spelling" }));
  expect(afterRebuild.imports).toContainEqual(expect.objectContaining({ day: D2, batch_id: String(batch.batchId) }));
});

it("does not see writes made with triggers off until a full rebuild", async () => {
  const root = await db.rootPool.connect();
  try {
    await root.query("begin");
    await root.query("set local session_replication_role = replica");
    await root.query("update app_public.aliases set added_at = $1 where name = 'Xray Demo'", [at(D2)]);
    await root.query("commit");
  } finally {
    root.release();
  }
  const xray = `select day::text, aliases_added from app_public.analytics_alias_daily
                where source_system = 'manual' and kind = 'abbreviation' order by day`;
  await refresh();
  expect((await db.ownerPool.query(xray)).rows).toEqual([{ day: D1, aliases_added: 1 }]);
  await refresh(true);
  expect((await db.ownerPool.query(xray)).rows).toEqual([{ day: D2, aliases_added: 1 }]);
});

it("lets concurrent writers mark the same day without waiting for each other", async () => {
  const first = await db.ownerPool.connect();
  const second = await db.ownerPool.connect();
  try {
    await first.query("begin");
    await first.query("select app_public.add_alias($1, 'Alpha One', 'trading')", [fixture.a]);
    await second.query("begin");
    await second.query("set local lock_timeout = '2s'");
    await second.query("set local statement_timeout = '5s'");
    // Same day, same rollup: with a unique key on the marks this would wait for the first to commit.
    await second.query("select app_public.add_alias($1, 'Bravo Two', 'trading')", [fixture.b]);
    await second.query("commit");
    await first.query("commit");
  } finally {
    first.release();
    second.release();
  }
  const marks = await db.ownerPool.query(
    "select count(*)::int as n from app_private.analytics_dirty_days where rollup = 'alias'",
  );
  expect(marks.rows[0].n).toBe(2);
});

describe("the full rebuild and the change logs", () => {
  it("is for admins: fullRebuild recomputes all of history", async () => {
    const result = await asRole(
      db,
      { role: "admin", userId: users.admin.id },
      async (c) => (await c.query("select mode from app_public.refresh_analytics(null, null, true)")).rows,
    );
    expect(result).toEqual([{ mode: "full" }]);
    await asRole(db, { role: "steward", userId: users.steward.id }, (c) =>
      expectSqlError(c.query("select app_public.refresh_analytics(null, null, true)"), DENIED),
    );
  });
  it("refuses a range together with a full rebuild", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, (c) =>
      expectSqlError(c.query("select app_public.refresh_analytics($1, null, true)", [D1]), "BADRG"),
    );
  });
  const privateTables = [
    "app_private.analytics_dirty_days",
    "app_private.analytics_dirty_employers",
    "app_private.analytics_dirty_names",
    "app_private.analytics_rollup_state",
    "app_private.analytics_coverage_employers",
    "app_private.analytics_coverage_days",
    "app_private.analytics_shared_names",
  ];
  it.each(privateTables)("keeps %s from every visitor role", async (table) => {
    for (const role of ["analyst", "steward", "admin"] as const) {
      await asRole(db, { role, userId: users[role].id }, (c) =>
        expectSqlError(c.query(`select * from ${table}`), DENIED),
      );
    }
    await asRole(db, { role: "api_client" }, (c) => expectSqlError(c.query(`select * from ${table}`), DENIED));
  });
  it("lets the refresh (as the owner) read and write them", async () => {
    const { rows } = await db.ownerPool.query(
      "select (select count(*) from app_private.analytics_coverage_employers)::int as employers, (select count(*) from app_private.analytics_rollup_state)::int as built",
    );
    expect(rows[0].built).toBe(1);
    expect(rows[0].employers).toBeGreaterThan(0);
  });
});
