// Replaying the labels through the matcher: a name a steward said is not an
// employer's counts as a wrong answer when the matcher still sends it there,
// a matched pending name as a right one, and a distinction says nothing when
// each name finds its own employer.
import { createTestDatabase, type TestDatabase } from "../../helpers/db.ts";
import { createUsers } from "../../helpers/users.ts";
import { runStewardCalibration, verdict } from "../../../server/src/registry/steward-calibration.ts";
import { loadCalibrationFixture } from "./fixture.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await loadCalibrationFixture(db, await createUsers(db));
});
afterAll(() => db.drop());

const match = (employerId: string) => ({
  ref: employerId,
  employer_id: employerId,
  name: "x",
  score: 0.96,
  band: "auto",
  method: "fuzzy",
  matched_name: "x",
  matched_kind: "canonical",
  explanation: "",
});

it("judges an answer by the label: right, wrong, or no evidence", () => {
  expect(verdict({ source: "pending_matched", name: "n", employerId: "1", isMatch: true }, match("1"))).toBe(true);
  expect(verdict({ source: "pending_matched", name: "n", employerId: "1", isMatch: true }, match("2"))).toBe(false);
  expect(verdict({ source: "learned_retired", name: "n", employerId: "1", isMatch: false }, match("1"))).toBe(false);
  expect(verdict({ source: "learned_retired", name: "n", employerId: "1", isMatch: false }, match("2"))).toBeNull();
  expect(verdict({ source: "pending_rejected", name: "n", employerId: null, isMatch: false }, match("2"))).toBe(false);
  expect(verdict({ source: "pending_matched", name: "n", employerId: "1", isMatch: true }, undefined)).toBeNull();
});

it("replays every label through the matcher and stores the run", async () => {
  const run = await runStewardCalibration(db.ownerPool, "ops");
  expect(run.labels).toBe(8);
  expect(run.labelsBySource).toEqual({
    pending_matched: 1,
    pending_rejected: 1,
    learned_confirmed: 1,
    learned_retired: 1,
    merge: 1,
    unmerge: 1,
    distinction: 2,
  });
  // The distinctions and the unmerge: each name finds its own employer, which says nothing either way.
  expect(run.judged).toBe(5);
  // "This name is X": the matched pending name, the confirmed learned name and the kept merge. Only the merged
  // employer's name is one of X's names now (the fixture adds no aliases), and it is hidden while replayed.
  expect(run.leftOut).toEqual({ hidden: 1, pairs: 3 });
  // Right in auto: the confirmed learned name. The kept merge, without its own name, is a similar name below auto.
  expect(run.auto).toEqual({ answers: 1, right: 1, precision: 1 });
  // The retired learned name and the rejected pending name still find Brindabella: both wrong answers.
  const wrong = run.calibration.bands.reduce((n, b) => n + b.answers - b.correct, 0);
  expect(wrong).toBe(2);
  expect(run.observed).toEqual({ learnedNames: 1, reversed: 1, precision: 0 });
  const { rows } = await db.ownerPool.query(
    "select triggered_by, labels, judged, auto_answers, auto_right, is_enough_evidence from app_public.match_calibration_runs where id = $1",
    [run.runId],
  );
  expect(rows[0]).toMatchObject({ triggered_by: "ops", labels: 8, judged: run.judged, is_enough_evidence: false });
});
