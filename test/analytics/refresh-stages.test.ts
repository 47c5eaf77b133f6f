// The stages of app_hidden.refresh_analytics_rollups, one by one, each run in
// a transaction that is rolled back, on the small registry of fixture.ts
// (first built by a full refresh, as the hourly job would have done).
import type pg from "pg";
import { createTestDatabase, expectSqlError, type TestDatabase } from "../helpers/db.ts";
import { D1, D2, D3, loadAnalyticsFixture, type AnalyticsFixture } from "./fixture.ts";

let db: TestDatabase;
let fixture: AnalyticsFixture;
let today: string;

const PLAN = `mode, first_day::text, last_day::text, range_days::text[], alias_days::text[],
              conflict_days::text[], decision_days::text[], import_days::text[]`;

/** Runs fn in a transaction as the owner (the refresh runs as the owner), then rolls back. */
async function inTx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await db.ownerPool.connect();
  try {
    await c.query("begin");
    return await fn(c);
  } finally {
    await c.query("rollback");
    c.release();
  }
}
const one = async (c: pg.PoolClient, sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows[0];
const count = async (c: pg.PoolClient, table: string, where = "true") =>
  Number((await one(c, `select count(*)::int as n from ${table} where ${where}`)).n);
const dayBefore = (day: string, n = 1) => new Date(Date.parse(day) - n * 86_400_000).toISOString().slice(0, 10);
const daysFrom = (from: string, to: string) => {
  const out: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
};

beforeAll(async () => {
  db = await createTestDatabase();
  fixture = await loadAnalyticsFixture(db);
  await db.ownerPool.query("select app_hidden.refresh_analytics_rollups(null, null, 'operator', true)");
  today = (await db.ownerPool.query("select app_hidden.analytics_day(now())::text as d")).rows[0].d;
}, 180_000);
afterAll(() => db.drop());

describe("app_hidden.analytics_refresh_check", () => {
  const check = (c: pg.PoolClient, from: string | null, to: string | null, rebuild = false) =>
    c.query("select app_hidden.analytics_refresh_check($1, $2, $3, $4)", [from, to, rebuild, today]);

  it("lets an incremental refresh, a range up to today and a rebuild without days through", async () => {
    await inTx(async (c) => {
      await check(c, null, null);
      await check(c, D1, null);
      await check(c, D1, D3);
      await check(c, null, null, true);
    });
  });
  it.each([
    ["a rebuild with days", D1, null, true, /full rebuild covers all of history/],
    ["a first day after the last", D3, D1, false, /first day \(2026-03-03\) is after the last day \(2026-03-01\)/],
    ["a last day in the future", null, "2999-01-01", false, /in the future/],
    ["more than ten years", "2000-01-01", null, false, /At most ten years/],
  ] as const)("refuses %s with BADRG", async (_what, from, to, rebuild, message) => {
    await inTx(async (c) => {
      const error = await expectSqlError(check(c, from, to, rebuild), "BADRG");
      expect(error.message).toMatch(message);
    });
  });
});

describe("app_hidden.analytics_refresh_plan_full", () => {
  it("names every day from the registry's first event to today for every rollup, and empties the day rollups and the marks", async () => {
    await inTx(async (c) => {
      await c.query("select app_public.add_alias($1, 'Acme Marks', 'trading')", [fixture.a]);
      expect(await count(c, "app_private.analytics_dirty_days")).toBeGreaterThan(0);
      const plan = await one(c, `select ${PLAN} from app_hidden.analytics_refresh_plan_full($1)`, [today]);
      const all = daysFrom(D1, today);
      expect(plan).toEqual({
        mode: "full",
        first_day: D1,
        last_day: today,
        range_days: all,
        alias_days: all,
        conflict_days: all,
        decision_days: all,
        import_days: all,
      });
      for (const table of [
        "app_private.analytics_dirty_days",
        "app_private.analytics_dirty_employers",
        "app_public.analytics_alias_daily",
        "app_public.analytics_decision_daily",
        "app_public.analytics_import_daily",
      ]) {
        expect([table, await count(c, table)]).toEqual([table, 0]);
      }
      // Coverage and conflict rows are rewritten by their own stages, not emptied here.
      expect(await count(c, "app_public.analytics_coverage_daily")).toBeGreaterThan(0);
    });
  });
});

describe("app_hidden.analytics_refresh_plan_marked", () => {
  it("with nothing marked names only today, for the conflict snapshot", async () => {
    await inTx(async (c) => {
      const plan = await one(c, `select ${PLAN} from app_hidden.analytics_refresh_plan_marked(null, null, $1)`, [
        today,
      ]);
      expect(plan).toEqual({
        mode: "incremental",
        first_day: today,
        last_day: today,
        range_days: [],
        alias_days: [],
        conflict_days: [today],
        decision_days: [],
        import_days: [],
      });
    });
  });
  it("consumes the marked days, each for its own rollup, and starts from the earliest", async () => {
    await inTx(async (c) => {
      await c.query("delete from app_private.analytics_dirty_days");
      await c.query(
        `insert into app_private.analytics_dirty_days (rollup, day)
         values ('alias', $1), ('alias', $1), ('import', $2), ('conflict', $2)`,
        [D2, D3],
      );
      const plan = await one(c, `select ${PLAN} from app_hidden.analytics_refresh_plan_marked(null, null, $1)`, [
        today,
      ]);
      expect(plan).toMatchObject({
        mode: "incremental",
        first_day: D2,
        alias_days: [D2],
        conflict_days: [D3, today],
        decision_days: [],
        import_days: [D3],
      });
      expect(await count(c, "app_private.analytics_dirty_days")).toBe(0);
    });
  });
  it("adds the named range to every rollup; a missing first day means the last day only", async () => {
    await inTx(async (c) => {
      // (the per-rollup days come in no particular order: the writers take them as a set)
      const range = await one(
        c,
        `select mode, first_day::text, last_day::text, range_days::text[],
                array(select unnest(alias_days) order by 1)::text[] as alias_days, conflict_days::text[],
                array(select unnest(decision_days) order by 1)::text[] as decision_days,
                array(select unnest(import_days) order by 1)::text[] as import_days
         from app_hidden.analytics_refresh_plan_marked($1, $2, $3)`,
        [D1, D2, today],
      );
      expect(range).toEqual({
        mode: "range",
        first_day: D1,
        last_day: D2,
        range_days: [D1, D2],
        alias_days: [D1, D2],
        conflict_days: [D1, D2, today],
        decision_days: [D1, D2],
        import_days: [D1, D2],
      });
      const lastOnly = await one(c, `select ${PLAN} from app_hidden.analytics_refresh_plan_marked(null, $1, $2)`, [
        D3,
        today,
      ]);
      expect(lastOnly).toMatchObject({ mode: "range", first_day: D3, last_day: D3, range_days: [D3] });
    });
  });
  it("gives the conflicts every quiet day since their last row", async () => {
    await inTx(async (c) => {
      await c.query("delete from app_public.analytics_conflict_daily where day > $1", [dayBefore(today, 3)]);
      const plan = await one(c, `select ${PLAN} from app_hidden.analytics_refresh_plan_marked(null, null, $1)`, [
        today,
      ]);
      expect(plan.conflict_days).toEqual(daysFrom(dayBefore(today, 2), today));
      expect(plan.first_day).toBe(dayBefore(today, 2));
    });
  });
});

describe("app_hidden.analytics_refresh_days", () => {
  it("rewrites the alias, decision and import rows of the days named and returns the alias rows written", async () => {
    await inTx(async (c) => {
      await c.query("delete from app_public.analytics_alias_daily");
      const written = await one(c, "select app_hidden.analytics_refresh_days($1, '{}', '{}') as n", [[D1, D2]]);
      // D1: manual trading, manual abbreviation; D2: bci feed_spelling, bci trading.
      expect(written.n).toBe(4);
      expect(await count(c, "app_public.analytics_alias_daily")).toBe(4);
      expect(await count(c, "app_public.analytics_alias_daily", `day = '${D3}'`)).toBe(0);
    });
  });
  it("writes nothing for no days", async () => {
    await inTx(async (c) => {
      const before = await count(c, "app_public.analytics_alias_daily");
      expect((await one(c, "select app_hidden.analytics_refresh_days('{}', '{}', '{}') as n")).n).toBe(0);
      expect(await count(c, "app_public.analytics_alias_daily")).toBe(before);
    });
  });
});

describe("app_hidden.analytics_refresh_coverage", () => {
  it("rewrites the coverage rows from the earliest changed or unwritten day to today", async () => {
    await inTx(async (c) => {
      // (a row is written only when its counts differ: start without them)
      await c.query("delete from app_public.analytics_coverage_daily where day >= $1", [D2]);
      const result = await one(
        c,
        "select coverage_rows, employers from app_hidden.analytics_refresh_coverage(false, null, $1, $2)",
        [today, [D3]],
      );
      // D3 is named, but D2 has no row any more: the series is rewritten from D2, unbroken.
      expect(result).toEqual({ coverage_rows: daysFrom(D2, today).length, employers: 0 });
    });
  });
  it("on a rebuild starts at the first day and drops rows before it", async () => {
    await inTx(async (c) => {
      await c.query("delete from app_public.analytics_coverage_daily where day >= $1", [D2]);
      const result = await one(
        c,
        "select coverage_rows, employers from app_hidden.analytics_refresh_coverage(true, $1, $2, '{}')",
        [D2, today],
      );
      expect(result.coverage_rows).toBe(daysFrom(D2, today).length);
      // A, B, C and the archived or merged ones not counted: the active employers.
      expect(result.employers).toBe(3);
      expect(await count(c, "app_public.analytics_coverage_daily", `day < '${D2}'`)).toBe(0);
    });
  });
});

describe("app_hidden.analytics_refresh_conflicts", () => {
  it("fills the days between the ones named and the first row, and says how many it wrote", async () => {
    await inTx(async (c) => {
      await c.query("delete from app_public.analytics_conflict_daily where day < $1", [D3]);
      // It follows the coverage stage, whose changed employers it reads.
      await c.query("select app_hidden.analytics_refresh_coverage(false, null, $1, '{}')", [today]);
      const result = await one(
        c,
        "select conflict_rows, days_written from app_hidden.analytics_refresh_conflicts(false, null, $1, $2)",
        [today, [D1]],
      );
      // D1, and D2 between it and the first row left (D3).
      expect(result).toEqual({ conflict_rows: 2, days_written: 2 });
      expect(await count(c, "app_public.analytics_conflict_daily", `day < '${D3}'`)).toBe(2);
    });
  });
});

describe("app_hidden.analytics_refresh_record", () => {
  it("logs the refresh, marks the rollups built and drops alias failures older than 30 days", async () => {
    await inTx(async (c) => {
      await c.query("delete from app_private.analytics_rollup_state");
      await c.query("delete from app_private.alias_insert_failures");
      await c.query(
        `insert into app_private.alias_insert_failures (occurred_at, operation, code)
         values (now() - interval '31 days', 'addAlias', 'old'), (now() - interval '29 days', 'addAlias', 'recent')`,
      );
      const row = await one(
        c,
        `select mode, from_day::text, to_day::text, alias_rows, coverage_rows, conflict_rows, days_recomputed,
                employers_recomputed, names_recomputed, step_ms
         from app_hidden.analytics_refresh_record('operator', 'incremental', null, $1, $1, 1, 2, 3, now(), 4, 5, 6, '{"plan": 1}')`,
        [today],
      );
      expect(row).toEqual({
        mode: "incremental",
        from_day: today, // no day changed: the refresh covered today
        to_day: today,
        alias_rows: 1,
        coverage_rows: 2,
        conflict_rows: 3,
        days_recomputed: 4,
        employers_recomputed: 5,
        names_recomputed: 6,
        step_ms: { plan: 1 },
      });
      expect(await count(c, "app_private.analytics_rollup_state")).toBe(1);
      expect((await c.query("select code from app_private.alias_insert_failures")).rows).toEqual([{ code: "recent" }]);
    });
  });
});
