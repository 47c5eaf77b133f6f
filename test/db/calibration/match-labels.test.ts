// Steward decisions are labelled pairs in one view (app_public.match_labels),
// and calibration runs are stored in app_public.match_calibration_runs: analysts
// and above read both, API clients and anonymous visitors neither, and no
// visitor role writes a run (the worker and ops do, as the owner).
import { asRole, createTestDatabase, expectSqlError, type TestDatabase } from "../../helpers/db.ts";
import { createUsers, type TestUsers } from "../../helpers/users.ts";
import { runStewardCalibration } from "../../../server/src/registry/steward-calibration.ts";
import { loadCalibrationFixture, type CalibrationFixture } from "./fixture.ts";

let db: TestDatabase;
let users: TestUsers;
let fixture: CalibrationFixture;

beforeAll(async () => {
  db = await createTestDatabase();
  users = await createUsers(db);
  fixture = await loadCalibrationFixture(db, users);
});
afterAll(() => db.drop());

const labelsQuery =
  "select source, name, employer_id::text, is_match from app_public.match_labels order by source, name";

it("turns every kind of steward decision into a labelled pair", async () => {
  const { ids } = fixture;
  const rows = await asRole(
    db,
    { role: "analyst", userId: users.analyst.id },
    async (c) => (await c.query(labelsQuery)).rows,
  );
  expect(rows).toEqual(
    expect.arrayContaining([
      { source: "pending_matched", name: "Kestrelton Enginering", employer_id: ids.kestrelton, is_match: true },
      { source: "pending_rejected", name: "Brindabella Constructionz", employer_id: null, is_match: false },
      { source: "learned_confirmed", name: "Kestrelton Engineering Co", employer_id: ids.kestrelton, is_match: true },
      { source: "learned_retired", name: "Brindabela Constructions", employer_id: ids.brindabella, is_match: false },
      { source: "merge", name: "Marrakai Civil Pty Ltd", employer_id: ids.marrakaiWorks, is_match: true },
      { source: "unmerge", name: "Oberon Scaffold Hire Pty Ltd", employer_id: ids.oberon, is_match: false },
      { source: "distinction", name: "Talbot Ridge Farms", employer_id: ids.talbotFoods, is_match: false },
      { source: "distinction", name: "Talbot Ridge Foods", employer_id: ids.talbotFarms, is_match: false },
    ]),
  );
  expect(rows).toHaveLength(8);
});

it("lets stewards and admins read the labels too", async () => {
  for (const role of ["steward", "admin"] as const) {
    const rows = await asRole(db, { role, userId: users[role].id }, async (c) => (await c.query(labelsQuery)).rows);
    expect(rows).toHaveLength(8);
  }
});

it("refuses the labels to API clients and anonymous visitors", async () => {
  await asRole(db, { role: "api_client" }, async (c) => {
    await expectSqlError(c.query(labelsQuery), "42501");
  });
  await asRole(db, { role: "anonymous" }, async (c) => {
    await expectSqlError(c.query(labelsQuery), "42501");
  });
});

describe("calibration runs", () => {
  beforeAll(async () => {
    await runStewardCalibration(db.ownerPool, "cron");
  });

  it("lets analysts, stewards and admins read them", async () => {
    for (const role of ["analyst", "steward", "admin"] as const) {
      const rows = await asRole(
        db,
        { role, userId: users[role].id },
        async (c) => (await c.query("select triggered_by, labels from app_public.match_calibration_runs")).rows,
      );
      expect(rows).toEqual([{ triggered_by: "cron", labels: 8 }]);
    }
  });

  it("refuses them to API clients and anonymous visitors", async () => {
    for (const role of ["api_client", "anonymous"] as const) {
      await asRole(db, { role }, async (c) => {
        await expectSqlError(c.query("select * from app_public.match_calibration_runs"), "42501");
      });
    }
  });

  it("lets no visitor role write, change or delete a run", async () => {
    for (const role of ["analyst", "steward", "admin"] as const) {
      await asRole(db, { role, userId: users[role].id }, async (c) => {
        await expectSqlError(
          c.query(
            `insert into app_public.match_calibration_runs (triggered_by, labels, judged, auto_answers, auto_right,
               fuzzy_auto_answers, fuzzy_auto_right, learned_names, learned_names_reversed, is_enough_evidence, thresholds, figures)
             values ('ops', 0, 0, 0, 0, 0, 0, 0, 0, false, '{}', '{}')`,
          ),
          "42501",
        );
      });
      await asRole(db, { role, userId: users[role].id }, async (c) => {
        await expectSqlError(c.query("update app_public.match_calibration_runs set applied_at = now()"), "42501");
      });
      await asRole(db, { role, userId: users[role].id }, async (c) => {
        await expectSqlError(c.query("delete from app_public.match_calibration_runs"), "42501");
      });
    }
  });
});
