// Calibration from steward decisions, behind `npm run ops -- calibrate` and the
// nightly worker job: every labelled pair of app_public.match_labels (a name, an
// employer, right or wrong) is replayed through the current matcher, the best
// match judged against the label, and the figures of bench:matching's
// calibration computed over them (precision and recall per band and method, the
// fuzzy curve, the thresholds that reach the targets recorded in
// app_public.match_settings). Each run is stored in app_public.match_calibration_runs.
// Thresholds are proposed only with enough evidence (the calibration_min_labels
// setting) and changed only by `--apply`, through app_public.set_match_setting,
// which audits the change.
import type pg from "pg";
import {
  calibrate,
  DEFAULT_THRESHOLDS,
  replayAuto,
  TARGET_FUZZY,
  TARGET_OVERALL,
  type Answered,
  type Targets,
  type Thresholds,
  type Top,
} from "./match-calibration.ts";
import type { NameMatch } from "./match-names.ts";

type Queryable = pg.Pool | pg.ClientBase;

/** Names replayed per statement: each is one matcher call, so a statement stays short. */
const NAMES_PER_QUERY = 100;
const DEFAULT_MIN_LABELS = 100;
/** One-sided 95%: the normal quantile the calibration_confidence_z setting holds by default. */
const DEFAULT_CONFIDENCE_Z = 1.645;

/**
 * The lower end of the Wilson score interval of a proportion (right of answers), z standard errors wide. With
 * few answers it lies well below the observed share (100 right of 100 gives 0.974 at z 1.645), so a threshold is
 * lowered only when the labels could not plausibly show that precision by luck; z 0 gives the share itself.
 */
export function wilsonLowerBound(right: number, answers: number, z: number): number {
  if (answers === 0) return 0;
  const p = right / answers;
  const z2 = z * z;
  const centre = p + z2 / (2 * answers);
  const spread = z * Math.sqrt((p * (1 - p)) / answers + z2 / (4 * answers * answers));
  return Math.max(0, (centre - spread) / (1 + z2 / answers));
}

export interface Label {
  source: string;
  name: string;
  /** The employer the label is about, followed through merges to the one that answers for it now. */
  employerId: string | null;
  isMatch: boolean;
}

export interface Proposal {
  key: "auto_min_score" | "auto_min_score_exact";
  from: number;
  to: number;
  /** The precision the new value is chosen for (the target recorded in match_settings). */
  chosenForPrecision: number;
  /** The precision the labels give at the new value, and how many labelled answers it rests on. */
  precision: number;
  answers: number;
  /** The Wilson lower bound of that precision (calibration_confidence_z wide); a lowered threshold needs it at the target. */
  precisionLowerBound: number;
}

export interface StewardCalibration {
  runId: string;
  labels: number;
  labelsBySource: Record<string, number>;
  judged: number;
  /** "This name is X" pairs replayed with X's own name of that form hidden (leave one out), of all such pairs. */
  leftOut: { hidden: number; pairs: number };
  minLabels: number;
  /** calibration_confidence_z: how many standard errors below the observed precision a lowered threshold is judged. */
  confidenceZ: number;
  enoughEvidence: boolean;
  auto: { answers: number; right: number; precision: number | null };
  fuzzyAuto: { answers: number; right: number; precision: number | null };
  observed: { learnedNames: number; reversed: number; precision: number | null };
  thresholds: Thresholds;
  targets: Targets;
  proposals: Proposal[];
  held: Proposal[];
  calibration: ReturnType<typeof calibrate>;
}

interface SettingRow {
  key: string;
  value: number;
  chosen_for_precision: number | null;
}

async function readSettings(db: Queryable) {
  const { rows } = await db.query<SettingRow>("select key, value, chosen_for_precision from app_public.match_settings");
  const row = (key: string) => rows.find((r) => r.key === key);
  const value = (key: string, fallback: number) => row(key)?.value ?? fallback;
  const thresholds: Thresholds = {
    ...DEFAULT_THRESHOLDS,
    fuzzy: value("auto_min_score", DEFAULT_THRESHOLDS.fuzzy),
    exactForm: value("auto_min_score_exact", DEFAULT_THRESHOLDS.exactForm),
    margin: value("auto_min_margin", DEFAULT_THRESHOLDS.margin),
  };
  const targets: Targets = {
    overall: row("auto_min_score_exact")?.chosen_for_precision ?? TARGET_OVERALL,
    fuzzy: row("auto_min_score")?.chosen_for_precision ?? TARGET_FUZZY,
  };
  const settings = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return {
    thresholds,
    targets,
    minLabels: value("calibration_min_labels", DEFAULT_MIN_LABELS),
    confidenceZ: value("calibration_confidence_z", DEFAULT_CONFIDENCE_Z),
    settings,
  };
}

export async function readLabels(db: Queryable): Promise<Label[]> {
  const { rows } = await db.query<{ source: string; name: string; employer_id: string | null; is_match: boolean }>(
    `select l.source, l.name, app_hidden.active_employer_id(l.employer_id)::text as employer_id, l.is_match
     from app_public.match_labels l
     order by l.decided_at, l.source, l.source_id`,
  );
  return rows.map((r) => ({ source: r.source, name: r.name, employerId: r.employer_id, isMatch: r.is_match }));
}

/** The columns of a NameMatch, from the matcher's rows `m` and their employers `e`. */
const MATCH_COLUMNS = `m.employer_id::text as ref, m.employer_id::text as employer_id, e.name, m.score,
  m.band::text as band, m.method::text as method, m.matched_name, m.matched_kind, m.explanation`;
/** The best two matches of one name ($1). */
const MATCH_TOP_TWO = `select ${MATCH_COLUMNS}
  from (select * from app_hidden.match_employers($1) x order by x.rank limit 2) m
  join app_public.employers e on e.id = m.employer_id
  order by m.rank`;

/** The best two matches of each name, from the matcher itself (app_hidden.match_employers). */
async function replayNames(db: Queryable, names: string[]): Promise<Map<string, NameMatch[]>> {
  const answers = new Map<string, NameMatch[]>(names.map((name) => [name, []]));
  for (let at = 0; at < names.length; at += NAMES_PER_QUERY) {
    const { rows } = await db.query<NameMatch & { query: string }>(
      `select q.name as query, ${MATCH_COLUMNS}
       from unnest($1::text[]) as q(name)
       cross join lateral (select * from app_hidden.match_employers(q.name) x order by x.rank limit 2) m
       join app_public.employers e on e.id = m.employer_id
       -- The matcher refuses what no search could be (empty, over 500 characters).
       where btrim(q.name) <> '' and length(q.name) <= 500
       order by q.name, m.rank`,
      [names.slice(at, at + NAMES_PER_QUERY)],
    );
    for (const { query, ...match } of rows) answers.get(query)!.push(match);
  }
  return answers;
}

const pairKey = (name: string, employerId: string) => `${employerId}\u0000${name}`;

/**
 * Leave one out. A steward's "this name is X" usually taught the registry that very name (a matched pending
 * item becomes an alias, a promotion a canonical name, a confirmed learned name stays), so replaying it would
 * find an exact name and prove nothing about the matcher. Each such pair is replayed with X's own names of the
 * same compare form hidden: deleted inside a savepoint that is rolled back at once, so the answer is the one the
 * matcher would give a stranger with that name, and nothing changes (the rows are locked only for the
 * milliseconds of one match). Needs a client (one transaction) and a role that may delete from
 * app_private.search_names: the owner, as ops and the worker connect.
 */
async function replayLeavingOut(
  client: pg.ClientBase,
  pairs: Array<{ name: string; employerId: string }>,
): Promise<{ answers: Map<string, NameMatch[]>; hidden: number }> {
  const answers = new Map<string, NameMatch[]>();
  let hidden = 0;
  // Every name's compare form first, in one query: computed inside the delete, the form was evaluated again
  // by the planner each time (it estimates with it), about 50 ms a pair in this transaction of savepoints
  // rolled back; the delete then compares plain text.
  const { rows: forms } = await client.query<{ name: string; form: string }>(
    "select q.name, app_hidden.name_compare_form(q.name) as form from unnest($1::text[]) as q(name)",
    [[...new Set(pairs.map((p) => p.name))]],
  );
  const compareForm = new Map(forms.map((f) => [f.name, f.form]));
  await client.query("begin");
  try {
    for (const { name, employerId } of pairs) {
      // The matcher refuses what no search could be (empty, over 500 characters).
      if (name.trim() === "" || name.length > 500) {
        answers.set(pairKey(name, employerId), []);
        continue;
      }
      await client.query("savepoint leave_one_out");
      const removed = await client.query(
        `delete from app_private.search_names n
         using app_public.employers e
         where e.id = n.employer_id and coalesce(e.merged_into, e.id) = $2::bigint
           and n.compare_form = $1`,
        [compareForm.get(name), employerId],
      );
      if ((removed.rowCount ?? 0) > 0) hidden++;
      const { rows } = await client.query<NameMatch>(MATCH_TOP_TWO, [name]);
      await client.query("rollback to savepoint leave_one_out");
      answers.set(pairKey(name, employerId), rows);
    }
  } finally {
    await client.query("rollback");
  }
  return { answers, hidden };
}

/** A pool lends one client for the replay's transaction; a client (the worker's) is used as it is. */
async function withClient<T>(db: Queryable, work: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  if (typeof (db as pg.Pool).totalCount !== "number") return work(db as pg.ClientBase);
  const client = await (db as pg.Pool).connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

/**
 * Whether the best match is right: a name said to be employer X is answered right by X and wrong by any other;
 * a name said not to be X is answered wrong by X, and says nothing of another; a rejected name (no employer) is
 * answered wrong by anyone.
 */
export function verdict(label: Label, best: NameMatch | undefined): boolean | null {
  if (!best) return null;
  if (label.isMatch) return best.employer_id === label.employerId;
  if (label.employerId === null) return false;
  return best.employer_id === label.employerId ? false : null;
}

const share = (right: number, answers: number) =>
  answers === 0 ? null : Math.round((right / answers) * 10_000) / 10_000;

export async function runStewardCalibration(db: Queryable, triggeredBy: "cron" | "ops"): Promise<StewardCalibration> {
  const { thresholds, targets, minLabels, confidenceZ, settings } = await readSettings(db);
  const labels = await readLabels(db);
  // "This name is X" is replayed leaving X's own name out; any other label as the name is searched today.
  const taught = (label: Label) => label.isMatch && label.employerId !== null;
  const answers = await replayNames(db, [...new Set(labels.filter((l) => !taught(l)).map((l) => l.name))]);
  const pairs = new Map<string, { name: string; employerId: string }>();
  for (const label of labels.filter(taught))
    pairs.set(pairKey(label.name, label.employerId!), { name: label.name, employerId: label.employerId! });
  const leftOut = await withClient(db, (client) => replayLeavingOut(client, [...pairs.values()]));
  const answered: Answered[] = labels.map((label) => {
    const matches =
      (taught(label) ? leftOut.answers.get(pairKey(label.name, label.employerId!)) : answers.get(label.name)) ?? [];
    return {
      query: { text: label.name, expected: label.isMatch ? label.employerId : null },
      result: { query: label.name, matches },
      verdict: verdict(label, matches[0]),
    };
  });
  const calibration = calibrate(answered, thresholds, targets);
  const judged = calibration.tops.filter((t) => t !== null).length;
  // As the matcher answered today, with the thresholds in match_settings.
  const inAuto = calibration.bands.filter((b) => b.band === "auto");
  const autoAnswers = inAuto.reduce((n, b) => n + b.answers, 0);
  const autoRight = inAuto.reduce((n, b) => n + b.correct, 0);
  const fuzzy = inAuto.find((b) => b.method === "fuzzy")!;

  const enoughEvidence = judged >= minLabels;
  const proposals: Proposal[] = [];
  // Thresholds the labels would lower, held back because the lower bound of their precision misses the target.
  const held: Proposal[] = [];
  if (enoughEvidence) {
    const propose = (key: Proposal["key"], lowest: number | null, method: "fuzzy" | "exact_form") => {
      const from = key === "auto_min_score" ? thresholds.fuzzy : thresholds.exactForm;
      if (lowest === null) return;
      const at = (value: number) =>
        key === "auto_min_score" ? { ...thresholds, fuzzy: value } : { ...thresholds, exactForm: value };
      const admitted = (value: number) =>
        calibration.tops.filter((t): t is Top => t !== null && t.method === method && replayAuto(t, at(value)));
      // The lowest value reaching the target may lie in a stretch of scores no label has: go up to the lowest
      // labelled score it admits, so that the new value changes nothing the labels did not show.
      const answers = admitted(lowest);
      let to = lowest;
      if (answers.length > 0) to = Math.max(lowest, Math.floor(Math.min(...answers.map((t) => t.score)) * 100) / 100);
      if (to < from && answers.length === admitted(from).length) to = from;
      if (Math.abs(to - from) < 1e-9) return;
      // A value resting on fewer labelled answers than the setting asks for is no evidence.
      if (answers.length < minLabels) return;
      const right = answers.filter((t) => t.correct).length;
      const chosenForPrecision = method === "fuzzy" ? targets.fuzzy : targets.overall;
      const precisionLowerBound = Math.floor(wilsonLowerBound(right, answers.length, confidenceZ) * 10_000) / 10_000;
      // Lowering a threshold lets more matches act alone: only when the labels show the target beyond chance.
      // Raising one is the safe side and needs only the labelled answers.
      const proposal: Proposal = {
        key,
        from,
        to,
        chosenForPrecision,
        precision: share(right, answers.length) ?? 1,
        answers: answers.length,
        precisionLowerBound,
      };
      (to < from && precisionLowerBound < chosenForPrecision ? held : proposals).push(proposal);
    };
    propose("auto_min_score", calibration.recommended.fuzzyFor995, "fuzzy");
    propose("auto_min_score_exact", calibration.recommended.exactFormFor995, "exact_form");
  }

  const { rows: observedRows } = await db.query<{ learned: number; reversed: number }>(
    `select (select count(*) from app_public.aliases where learned_state is not null)::int + r.n as learned, r.n as reversed
     from (select count(*)::int as n from app_public.learned_alias_decisions where decision = 'retired') r`,
  );
  const observed = observedRows[0]!;
  const labelsBySource: Record<string, number> = {};
  for (const label of labels) labelsBySource[label.source] = (labelsBySource[label.source] ?? 0) + 1;

  const figures = {
    labelsBySource,
    leftOut: { hidden: leftOut.hidden, pairs: pairs.size },
    bands: calibration.bands,
    curve: calibration.curve,
    holdEffect: calibration.holdEffect,
    recommended: calibration.recommended,
    held,
  };
  const { rows } = await db.query<{ id: string }>(
    `insert into app_public.match_calibration_runs
       (triggered_by, labels, judged, auto_answers, auto_right, auto_precision,
        fuzzy_auto_answers, fuzzy_auto_right, fuzzy_auto_precision, target_precision, target_fuzzy_precision,
        learned_names, learned_names_reversed, observed_auto_precision, is_enough_evidence,
        thresholds, figures, proposals)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
     returning id::text`,
    [
      triggeredBy,
      labels.length,
      judged,
      autoAnswers,
      autoRight,
      share(autoRight, autoAnswers),
      fuzzy.answers,
      fuzzy.correct,
      share(fuzzy.correct, fuzzy.answers),
      targets.overall,
      targets.fuzzy,
      observed.learned,
      observed.reversed,
      observed.learned === 0 ? null : share(observed.learned - observed.reversed, observed.learned),
      enoughEvidence,
      JSON.stringify(settings),
      JSON.stringify(figures),
      JSON.stringify(proposals),
    ],
  );
  return {
    runId: rows[0]!.id,
    labels: labels.length,
    labelsBySource,
    judged,
    leftOut: { hidden: leftOut.hidden, pairs: pairs.size },
    minLabels,
    confidenceZ,
    enoughEvidence,
    auto: { answers: autoAnswers, right: autoRight, precision: share(autoRight, autoAnswers) },
    fuzzyAuto: { answers: fuzzy.answers, right: fuzzy.correct, precision: share(fuzzy.correct, fuzzy.answers) },
    observed: {
      learnedNames: observed.learned,
      reversed: observed.reversed,
      precision: observed.learned === 0 ? null : share(observed.learned - observed.reversed, observed.learned),
    },
    thresholds,
    targets,
    proposals,
    held,
    calibration,
  };
}

/**
 * Sets a run's proposals through app_public.set_match_setting (audited, with the reason) and marks the run
 * applied, in one transaction.
 */
export async function applyProposals(pool: pg.Pool, run: StewardCalibration): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    for (const p of run.proposals) {
      await client.query("select app_public.set_match_setting($1, $2, $3, $4)", [
        p.key,
        p.to,
        p.chosenForPrecision,
        `npm run ops -- calibrate --apply: calibration run #${run.runId}, ${run.judged} judged steward labels; ` +
          `auto precision ${p.precision} over ${p.answers} labelled answers at ${p.to} (was ${p.from})`,
      ]);
    }
    await client.query("update app_public.match_calibration_runs set applied_at = now() where id = $1", [run.runId]);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
