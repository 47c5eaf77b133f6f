// The analytics rollups: figures worked out by hand from a fixture with known
// dates, the refresh rules, and who may read and refresh them.
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { createUsers, type TestUsers } from "../helpers/users.ts";
import { D1, D2, D3, loadAnalyticsFixture, type AnalyticsFixture } from "./fixture.ts";

let db: TestDatabase;
let users: TestUsers;
let fixture: AnalyticsFixture;
let today: string;

const DENIED = "42501";

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  fixture = await loadAnalyticsFixture(db);
  today = (await db.ownerPool.query("select app_hidden.analytics_day(now())::text as d")).rows[0].d;
  await asRole(db, { role: "admin", userId: users.admin.id }, (c) => c.query("select app_public.refresh_analytics()"), {
    commit: true,
  });
});
afterAll(() => db.drop());

async function asAnalyst<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return asRole(
    db,
    { role: "analyst", userId: users.analyst.id },
    async (c) => (await c.query(sql, params)).rows as T[],
  );
}

describe("the first refresh", () => {
  it("covers all of history, from the first recorded day to today", async () => {
    const rows = await asAnalyst<{ triggered_by: string; requested_by: string; from_day: string; to_day: string }>(
      "select triggered_by, requested_by::text, from_day::text, to_day::text from app_public.analytics_refreshes",
    );
    expect(rows).toEqual([{ triggered_by: "admin", requested_by: users.admin.id, from_day: D1, to_day: today }]);
  });
});

describe("aliases per day", () => {
  it("counts aliases by day, source system and kind, with how many are public", async () => {
    const rows = await asAnalyst(
      `select day::text, source_system, kind::text, aliases_added, public_added
       from app_public.analytics_alias_daily order by day, source_system, kind`,
    );
    expect(rows).toEqual([
      { day: D1, source_system: "manual", kind: "abbreviation", aliases_added: 1, public_added: 1 },
      { day: D1, source_system: "manual", kind: "trading", aliases_added: 1, public_added: 1 },
      { day: D2, source_system: "bci", kind: "feed_spelling", aliases_added: 1, public_added: 0 },
      { day: D2, source_system: "bci", kind: "trading", aliases_added: 1, public_added: 1 },
      { day: D3, source_system: "manual", kind: "former", aliases_added: 2, public_added: 2 },
    ]);
  });
});

describe("coverage", () => {
  it("is the share of active employers with an alias and with an identifier at the end of each day", async () => {
    const rows = await asAnalyst(
      `select day::text, active_employers, with_alias, with_identifier, alias_coverage, identifier_coverage
       from app_public.analytics_coverage_daily where day in ($1, $2, $3, $4) order by day`,
      [D1, D2, D3, today],
    );
    // Active now: A, B, C (X is archived, M merged). A: alias and ABN on D1; C: created D2 with an
    // alias; B: alias and ACN on D3.
    expect(rows).toEqual([
      { day: D1, active_employers: 2, with_alias: 1, with_identifier: 1, alias_coverage: 50, identifier_coverage: 50 },
      {
        day: D2,
        active_employers: 3,
        with_alias: 2,
        with_identifier: 1,
        alias_coverage: 66.67,
        identifier_coverage: 33.33,
      },
      {
        day: D3,
        active_employers: 3,
        with_alias: 3,
        with_identifier: 2,
        alias_coverage: 100,
        identifier_coverage: 66.67,
      },
      {
        day: today,
        active_employers: 3,
        with_alias: 3,
        with_identifier: 2,
        alias_coverage: 100,
        identifier_coverage: 66.67,
      },
    ]);
  });
  it("has a row for every day of the range, quiet days included", async () => {
    const [row] = await asAnalyst<{ n: number; expected: number }>(
      `select count(*)::int as n, ($2::date - $1::date + 1) as expected
       from app_public.analytics_coverage_daily where day between $1 and $2`,
      [D1, today],
    );
    expect(row!.n).toBe(row!.expected);
  });
  it("leaves feed names resolved empty until imports are recorded", async () => {
    const [row] = await asAnalyst<{ n: number }>(
      "select count(*)::int as n from app_public.analytics_coverage_daily where feed_names_resolved is not null",
    );
    expect(row!.n).toBe(0);
  });
});

describe("conflicts", () => {
  it("counts shared names and the pairs no distinction explains in today's snapshot", async () => {
    // "Acme Builders" is held by A and C (unexplained); "Charlie Cranes Pty Ltd" by B and C (a distinction).
    const rows = await asAnalyst(
      `select shared_names, common_names, employers_sharing_names, unexplained_pairs
       from app_public.analytics_conflict_daily where day = $1`,
      [today],
    );
    expect(rows).toEqual([{ shared_names: 2, common_names: 0, employers_sharing_names: 3, unexplained_pairs: 1 }]);
  });
  it("counts the pairs of names held by at most 20 employers, and names held by more as common names", async () => {
    // In a transaction rolled back at the end, so the other tests see the fixture alone:
    // "Jones Builders" held by 20 employers (at the limit: 20*19/2 = 190 pairs) and
    // "Smith Builders" by 21 (a common name: no pairs), plus the fixture's one pair.
    const client = await db.ownerPool.connect();
    try {
      await client.query("begin");
      const holders = async (alias: string, count: number) => {
        for (let i = 1; i <= count; i++) {
          const name = `${alias.split(" ")[0]} Holder ${String.fromCharCode(64 + i)} Pty Ltd`;
          const { rows } = await client.query("select (app_public.register_employer($1)).id as id", [name]);
          await client.query("select app_public.add_alias($1, $2, 'trading', null, null, null, 'manual')", [
            rows[0].id,
            alias,
          ]);
        }
      };
      await holders("Jones Builders", 20);
      await holders("Smith Builders", 21);
      await client.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator')");
      const { rows } = await client.query(
        `select shared_names, common_names, employers_sharing_names, unexplained_pairs
         from app_public.analytics_conflict_daily where day = $1`,
        [today],
      );
      expect(rows).toEqual([{ shared_names: 4, common_names: 1, employers_sharing_names: 44, unexplained_pairs: 191 }]);
    } finally {
      await client.query("rollback");
      client.release();
    }
  });
  it("counts distinctions and merges on the day they were made, and has no snapshot for past days", async () => {
    const rows = await asAnalyst(
      `select day::text, shared_names, distinctions_recorded, merges, unmerges
       from app_public.analytics_conflict_daily where day in ($1, $2, $3) order by day`,
      [D1, D2, D3],
    );
    expect(rows).toEqual([
      { day: D1, shared_names: null, distinctions_recorded: 0, merges: 0, unmerges: 0 },
      { day: D2, shared_names: null, distinctions_recorded: 1, merges: 0, unmerges: 0 },
      { day: D3, shared_names: null, distinctions_recorded: 0, merges: 1, unmerges: 0 },
    ]);
  });
});

describe("later refreshes", () => {
  it("recompute only what changed since the last refresh, and pick up new aliases", async () => {
    await db.ownerPool.query("select app_public.add_alias($1, 'Bravo Concrete', 'trading', null, null, null, 'bci')", [
      fixture.b,
    ]);
    const refresh = await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      const { rows } = await c.query(
        "select mode, from_day::text, to_day::text, alias_rows, coverage_rows, employers_recomputed from app_public.refresh_analytics()",
      );
      const added = await c.query(
        "select aliases_added from app_public.analytics_alias_daily where day = $1 and source_system = 'bci' and kind = 'trading'",
        [today],
      );
      return { ...rows[0], added: added.rows };
    });
    // B already had an alias (D3), so its coverage and every coverage row stay as they were.
    expect(refresh).toEqual({
      mode: "incremental",
      from_day: today,
      to_day: today,
      alias_rows: 1,
      coverage_rows: 0,
      employers_recomputed: 1,
      added: [{ aliases_added: 1 }],
    });
  });
  it("refuses a range that ends before it starts, or in the future", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await expectSqlError(c.query("select app_public.refresh_analytics($1, $2)", [D3, D1]), "BADRG");
    });
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await expectSqlError(c.query("select app_public.refresh_analytics(null, current_date + 30)"), "BADRG");
    });
  });
  it("is refused while an admin has switched analytics off, and so are reads", async () => {
    // Switched off and tried in one transaction (rolled back), with savepoints around each failure.
    await asRole(db, { role: "admin", userId: users.admin.id }, async (c) => {
      await c.query("select app_public.set_feature_switch('analytics', false, 'test')");
      for (const sql of [
        "select app_public.refresh_analytics()",
        "select * from app_public.analytics_coverage_daily",
        "select * from app_public.analytics_alias_daily",
      ]) {
        await c.query("savepoint s");
        await expectSqlError(c.query(sql), "FDOFF");
        await c.query("rollback to savepoint s");
      }
    });
  });
});

describe("access", () => {
  const tables = [
    "app_public.analytics_alias_daily",
    "app_public.analytics_coverage_daily",
    "app_public.analytics_conflict_daily",
    "app_public.analytics_refreshes",
    "app_hidden.export_aliases",
  ];
  it.each(tables)("analysts and stewards read %s", async (table) => {
    for (const role of ["analyst", "steward"] as const) {
      const rows = await asRole(db, { role, userId: users[role].id }, async (c) =>
        Number((await c.query(`select count(*) as n from ${table}`)).rows[0].n),
      );
      expect(rows).toBeGreaterThan(0);
    }
  });
  it.each(tables)("API clients may not read %s", async (table) => {
    await asRole(db, { role: "api_client" }, (c) => expectSqlError(c.query(`select * from ${table}`), DENIED));
  });
  it.each(tables)("anonymous callers may not read %s", async (table) => {
    await asRole(db, { role: "anonymous" }, (c) => expectSqlError(c.query(`select * from ${table}`), DENIED));
  });
  it("lets no analyst or steward refresh or write the rollups", async () => {
    for (const role of ["analyst", "steward"] as const) {
      await asRole(db, { role, userId: users[role].id }, (c) =>
        expectSqlError(c.query("select app_public.refresh_analytics()"), DENIED),
      );
      await asRole(db, { role, userId: users[role].id }, (c) =>
        expectSqlError(c.query("delete from app_public.analytics_coverage_daily"), DENIED),
      );
    }
  });
  it("keeps alias insert failures from every visitor role, admins included", async () => {
    await asRole(db, { role: "admin", userId: users.admin.id }, (c) =>
      expectSqlError(c.query("select * from app_private.alias_insert_failures"), DENIED),
    );
  });
});
