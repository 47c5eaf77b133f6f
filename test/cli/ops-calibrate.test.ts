// npm run ops -- calibrate: replays the stewards' decisions through the matcher,
// prints precision per band and method, stores the run, proposes thresholds
// only with enough labelled answers, and with --apply sets them through
// set_match_setting (audited as the operator); on production --apply must be
// confirmed.
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { runOps } from "../helpers/ops.ts";
import { createUsers } from "../helpers/users.ts";

let db: TestDatabase;
const ids: Record<string, string> = {};
// Misspellings stewards matched by hand: similar names, below auto at the file's fuzzy threshold (0.99).
const typos: Record<string, string> = {
  brindabella: "Brindabella Constructionz",
  kestrelton: "Kestrelton Enginering",
  wollombi: "Wollombi Scafolding",
  yandoit: "Yandoit Plumbin",
};

async function setting(key: string): Promise<number> {
  return (await db.ownerPool.query("select value from app_public.match_settings where key = $1", [key])).rows[0].value;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const steward = (await createUsers(db)).steward.id;
  await db.ownerPool.query(
    `select app_public.register_employer(format('Vornel%s Group Services', n)) from generate_series(1, 56) n`,
  );
  const names: Record<string, string> = {
    brindabella: "Brindabella Constructions Pty Ltd",
    kestrelton: "Kestrelton Engineering Pty Ltd",
    wollombi: "Wollombi Scaffolding Pty Ltd",
    yandoit: "Yandoit Plumbing Pty Ltd",
  };
  for (const [key, name] of Object.entries(names))
    ids[key] = (
      await db.ownerPool.query("select (app_public.register_employer($1)).id::text as id", [name])
    ).rows[0].id;
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  // Above any misspelling's score, whatever the matcher's scoring becomes: the typos start below auto.
  await db.ownerPool.query("update app_public.match_settings set value = 0.99 where key = 'auto_min_score'");
  for (const [key, typo] of Object.entries(typos)) {
    const pending = await db.ownerPool.query(
      `insert into app_public.pending_employers (name, source_system, status, resolved_employer_id, resolved_by, resolved_at)
       values ($1, 'bci', 'matched', $2, $3, now()) returning id`,
      [typo, ids[key], steward],
    );
    await db.ownerPool.query(
      `insert into app_public.pending_employer_names (pending_employer_id, name, base_form)
       values ($1, $2, app_hidden.name_base_form($2))`,
      [pending.rows[0].id, typo],
    );
  }
});
afterAll(() => db.drop());

it("reports precision per band and method, stores the run, and proposes nothing without enough labels", async () => {
  const run = await runOps(db, ["calibrate"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^calibration run #\d+: 4 steward label\(s\) \(pending_matched 4\), 4 judged$/m);
  expect(run.stdout).toMatch(/^auto precision on the labels: 0\/0 = n\/a \(target 0\.995\)/m);
  expect(run.stdout).toMatch(/^fuzzy \(similar names, initials\)\s+review\s+4\s+4\s+1\s+1$/m);
  expect(run.stdout).toMatch(
    /^proposals: none \(4 judged label\(s\); thresholds are proposed from 100, the calibration_min_labels setting\)$/m,
  );
  const { rows } = await db.ownerPool.query(
    "select triggered_by, labels, judged, is_enough_evidence, applied_at from app_public.match_calibration_runs",
  );
  expect(rows).toEqual([{ triggered_by: "ops", labels: 4, judged: 4, is_enough_evidence: false, applied_at: null }]);
});

describe("with enough labels (calibration_min_labels lowered to 4)", () => {
  beforeAll(async () => {
    await db.ownerPool.query("update app_public.match_settings set value = 4 where key = 'calibration_min_labels'");
  });

  it("holds back a lower threshold that four right answers cannot show beyond chance, and says why", async () => {
    const before = await setting("auto_min_score");
    expect(await setting("calibration_confidence_z")).toBe(1.645);
    const run = await runOps(db, ["calibrate"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^proposals: none \(the labels would lower a threshold, but not beyond chance: held back below\)$/m,
    );
    // Four of four right: the Wilson lower bound at z 1.645 is 4 / (4 + 1.645^2) = 0.59648, shown to four places below it.
    expect(run.stdout).toMatch(
      /^held back: auto_min_score [\d.]+ -> [\d.]+ would rest on precision 1 over 4 labelled answers, whose lower bound 0\.5964 misses 0\.99 \(calibration_confidence_z 1\.645\): more labels are needed to lower it$/m,
    );
    const json = JSON.parse((await runOps(db, ["calibrate", "--json"])).stdout);
    expect(json.proposals).toEqual([]);
    expect(json.held).toEqual([
      expect.objectContaining({ key: "auto_min_score", answers: 4, precisionLowerBound: 0.5964 }),
    ]);
    expect(await setting("auto_min_score")).toBe(before);
  });
});

describe("with enough labels judged at their observed precision (calibration_confidence_z 0)", () => {
  beforeAll(async () => {
    await db.ownerPool.query("update app_public.match_settings set value = 0 where key = 'calibration_confidence_z'");
  });

  it("proposes the fuzzy threshold that admits the labelled answers at the target precision, and changes nothing", async () => {
    const before = await setting("auto_min_score");
    const run = await runOps(db, ["calibrate", "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ judged: 4, enoughEvidence: true, applied: false });
    expect(result.proposals).toEqual([
      {
        key: "auto_min_score",
        from: before,
        to: expect.any(Number),
        chosenForPrecision: 0.99,
        precision: 1,
        answers: 4,
        precisionLowerBound: 1,
      },
    ]);
    expect(result.proposals[0].to).toBeLessThan(before);
    expect(result.proposals[0].to).toBeGreaterThanOrEqual(await setting("review_min_score"));
    expect(await setting("auto_min_score")).toBe(before);
  });

  it("refuses --apply on production without the environment's name", async () => {
    const before = await setting("auto_min_score");
    const run = await runOps(db, ["calibrate", "--apply"], { env: { REGISTRY_ENV: "production" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/calibrate on production must be confirmed: .*--confirm production/);
    expect(await setting("auto_min_score")).toBe(before);
    // Without --apply it only records a run, and asks nothing.
    const report = await runOps(db, ["calibrate", "--json"], { env: { REGISTRY_ENV: "production" } });
    expect(report.code).toBe(0);
  });

  it("sets the proposal with --apply through set_match_setting, audited as the operator, and the typos become auto", async () => {
    const run = await runOps(db, ["calibrate", "--apply", "--confirm", "production"], {
      env: { REGISTRY_ENV: "production" },
    });
    expect(run.code).toBe(0);
    const id = /^calibration run #(\d+)/m.exec(run.stdout)![1];
    expect(run.stdout).toMatch(/^applied through setMatchSetting \(audited\); calibration run #\d+ marked applied$/m);
    const proposal = /^auto_min_score\s+([\d.]+)\s+([\d.]+)\s+0\.99\s+1\s+4\s+1$/m.exec(run.stdout)!;
    expect(await setting("auto_min_score")).toBe(Number(proposal[2]));
    const audit = await db.ownerPool.query(
      `select actor_role, after->>'value' as value, after->>'chosen_for_precision' as chosen_for, after->>'last_change_reason' as reason
       from app_public.audit_events where table_name = 'app_public.match_settings' and row_key = 'auto_min_score'
       order by id desc limit 1`,
    );
    expect(audit.rows[0]).toEqual({
      actor_role: "operator",
      value: proposal[2],
      chosen_for: "0.99",
      reason: expect.stringContaining(`calibration run #${id}, 4 judged steward labels`),
    });
    const applied = await db.ownerPool.query(
      "select applied_at is not null as applied from app_public.match_calibration_runs where id = $1",
      [id],
    );
    expect(applied.rows[0].applied).toBe(true);
    const bands = await db.ownerPool.query(
      "select (select band::text from app_hidden.match_employers(t) order by rank limit 1) as band from unnest($1::text[]) t",
      [Object.values(typos)],
    );
    expect(bands.rows.map((r) => r.band)).toEqual(["auto", "auto", "auto", "auto"]);
  });
});
