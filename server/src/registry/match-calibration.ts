// Calibration, shared by bench:matching (labelled benchmark data) and
// `npm run ops -- calibrate` with its nightly job (steward decisions): how
// precise each band is per method, how precision and recall move with the
// fuzzy score threshold, what each hold against auto catches, and which
// thresholds give the precision the auto band is meant to have. The band rules
// themselves live in SQL (app_hidden.match_band and app_hidden.match_holds);
// this replays them over the answers with other thresholds, so a threshold is
// chosen from measured precision rather than set by hand.
import type { MatchResult, NameMatch } from "./match-names.ts";

export type MethodClass = "identifier" | "exact" | "exact_form" | "fuzzy";
export const METHOD_CLASSES: MethodClass[] = ["identifier", "exact", "exact_form", "fuzzy"];
const METHOD_LABELS: Record<MethodClass, string> = {
  identifier: "identifier",
  exact: "exact",
  exact_form: "exact apart from legal form/spacing",
  fuzzy: "fuzzy (similar names, initials)",
};
// Precision the auto band must reach: all methods together, and similar names alone.
export const TARGET_OVERALL = 0.995;
export const TARGET_FUZZY = 0.99;
const HOLD_MARKER = "; not auto on its own: ";

export interface Answered {
  query: { text: string; expected: string | null };
  result: MatchResult;
  /**
   * Whether the best match is right, when the caller judges it (steward labels: a name said not to be
   * employer X says nothing when the matcher answers Y, so null leaves the answer out). Without it, the best
   * match is right when its ref is the expected one.
   */
  verdict?: boolean | null;
}

export interface Targets {
  /** Auto precision of all methods together. */
  overall: number;
  /** Auto precision of similar names alone. */
  fuzzy: number;
}

export function methodClass(match: NameMatch): MethodClass {
  if (match.method === "identifier") return "identifier";
  if (match.method === "exact") return match.explanation.startsWith("Exact: same name") ? "exact" : "exact_form";
  return "fuzzy";
}

/** The hold keys (missing_word, sibling, short_query, one_word, retired_name, former_name, small_margin) the matcher listed. */
export function holdsOf(match: NameMatch): string[] {
  const at = match.explanation.indexOf(HOLD_MARKER);
  if (at === -1) return [];
  return match.explanation
    .slice(at + HOLD_MARKER.length)
    .split("; ")
    .map((item) => item.split(":")[0]!)
    .filter((key) => /^[a-z_]+$/.test(key));
}

export interface Top {
  expected: string | null;
  correct: boolean;
  method: MethodClass;
  band: string;
  score: number;
  margin: number;
  holds: string[];
}

function tops(answered: Answered[]): Array<Top | null> {
  return answered.map(({ query, result, verdict }) => {
    const first = result.matches[0];
    if (!first) return null;
    const correct = verdict === undefined ? first.ref === query.expected : verdict;
    if (correct === null) return null;
    return {
      expected: query.expected,
      correct,
      method: methodClass(first),
      band: first.band,
      score: first.score,
      margin: first.score - (result.matches[1]?.score ?? 0),
      holds: holdsOf(first),
    };
  });
}

export interface Thresholds {
  fuzzy: number;
  exactForm: number;
  margin: number;
  /** Holds that keep a match out of auto (small_margin is replayed from the margin). */
  holds: string[];
}

/** Whether the best match would be auto under these thresholds (identifiers and exact names as the matcher said). */
export function replayAuto(top: Top, t: Thresholds): boolean {
  if (top.method === "identifier" || top.method === "exact") return top.band === "auto";
  if (top.holds.some((h) => h !== "small_margin" && t.holds.includes(h))) return false;
  if (top.margin < t.margin - 1e-9) return false;
  return top.score >= (top.method === "fuzzy" ? t.fuzzy : t.exactForm) - 1e-9;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 10_000) / 10_000);

interface Count {
  answers: number;
  correct: number;
}

export function replay(all: Array<Top | null>, t: Thresholds) {
  const per: Record<MethodClass, Count> = {
    identifier: { answers: 0, correct: 0 },
    exact: { answers: 0, correct: 0 },
    exact_form: { answers: 0, correct: 0 },
    fuzzy: { answers: 0, correct: 0 },
  };
  for (const top of all) {
    if (!top || !replayAuto(top, t)) continue;
    per[top.method].answers++;
    if (top.correct) per[top.method].correct++;
  }
  const answers = Object.values(per).reduce((a, c) => a + c.answers, 0);
  const correct = Object.values(per).reduce((a, c) => a + c.correct, 0);
  return {
    per,
    answers,
    correct,
    precision: ratio(correct, answers),
    fuzzyPrecision: ratio(per.fuzzy.correct, per.fuzzy.answers),
  };
}

export function calibrate(
  answered: Answered[],
  current: Thresholds = DEFAULT_THRESHOLDS,
  targets: Targets = { overall: TARGET_OVERALL, fuzzy: TARGET_FUZZY },
) {
  const all = tops(answered);
  const answerable = answered.filter((a) => a.query.expected !== null).length;

  // 1. Precision and recall of each band per method, as the matcher answered.
  const bands: Array<{
    method: MethodClass;
    band: string;
    answers: number;
    correct: number;
    precision: number;
    recall: number;
  }> = [];
  for (const method of METHOD_CLASSES)
    for (const band of ["auto", "review", "new"]) {
      const inBand = all.filter((t) => t && t.method === method && t.band === band) as Top[];
      const correct = inBand.filter((t) => t.correct).length;
      bands.push({
        method,
        band,
        answers: inBand.length,
        correct,
        precision: ratio(correct, inBand.length),
        recall: ratio(correct, answerable),
      });
    }

  // 2. Precision and recall over the fuzzy score: by the score alone (with the
  // margin), and with the holds as well.
  const curve: Array<{
    threshold: number;
    scoreOnly: Count & { precision: number; recall: number };
    withHolds: Count & { precision: number; recall: number };
  }> = [];
  const fuzzy = all.filter((t) => t && t.method === "fuzzy") as Top[];
  for (let threshold = 0.55; threshold <= 0.951; threshold += 0.05) {
    const point = (useHolds: boolean) => {
      const t = { ...current, fuzzy: threshold, holds: useHolds ? current.holds : [] };
      const auto = fuzzy.filter((top) => replayAuto(top, t));
      const correct = auto.filter((top) => top.correct).length;
      return {
        answers: auto.length,
        correct,
        precision: ratio(correct, auto.length),
        recall: ratio(correct, answerable),
      };
    };
    curve.push({ threshold: Math.round(threshold * 100) / 100, scoreOnly: point(false), withHolds: point(true) });
  }

  // 3. What each hold catches among fuzzy and exact-apart-from-form matches
  // that clear the score and margin thresholds.
  const holdKeys = DEFAULT_THRESHOLDS.holds;
  const holdEffect = holdKeys.map((key) => {
    const caught = all.filter(
      (t) =>
        t &&
        (t.method === "fuzzy" || t.method === "exact_form") &&
        t.holds.includes(key) &&
        replayAuto(t, { ...current, holds: [] }),
    ) as Top[];
    return { hold: key, wrong: caught.filter((t) => !t.correct).length, right: caught.filter((t) => t.correct).length };
  });

  // 4. The lowest thresholds (in steps of 0.01) meeting the targets, with the holds on.
  const search = (fn: (t: Thresholds) => boolean, vary: "fuzzy" | "exactForm") => {
    for (let x = 0.55; x <= 1.0001; x += 0.01) {
      const value = Math.round(x * 100) / 100;
      const t: Thresholds = vary === "fuzzy" ? { ...current, fuzzy: value } : { ...current, exactForm: value };
      if (fn(t)) return Math.round(x * 100) / 100;
    }
    return null;
  };
  const fuzzyFor99 = search((t) => replay(all, t).fuzzyPrecision >= targets.fuzzy, "fuzzy");
  const fuzzyFor995 = search(
    (t) => replay(all, t).precision >= targets.overall && replay(all, t).fuzzyPrecision >= targets.fuzzy,
    "fuzzy",
  );
  const exactFormFor995 = search((t) => {
    const r = replay(all, t);
    return ratio(r.per.exact_form.correct, r.per.exact_form.answers) >= targets.overall;
  }, "exactForm");
  const atCurrent = replay(all, current);
  return {
    tops: all,
    targets,
    bands,
    curve,
    holdEffect,
    recommended: { fuzzyFor99, fuzzyFor995, exactFormFor995 },
    atCurrent,
    summary: {
      current,
      autoPrecision: atCurrent.precision,
      fuzzyAutoPrecision: atCurrent.fuzzyPrecision,
      recommended: { fuzzyFor99, fuzzyFor995, exactFormFor995 },
    },
  };
}

/** The thresholds of app_public.match_settings the matcher ran with (read from the database by the caller). */
export const DEFAULT_THRESHOLDS: Thresholds = {
  fuzzy: 0.9,
  exactForm: 0.9,
  margin: 0.08,
  holds: ["missing_word", "sibling", "short_query", "one_word", "retired_name", "former_name"],
};

export type WriteLine = (line: string) => void;

export function printTable(rows: string[][], write: WriteLine = console.log): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    write(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
}

export function printCalibration(c: ReturnType<typeof calibrate>, write: WriteLine = console.log): void {
  write("Bands per method (best match of every query; recall = right answers in the band / answerable queries):");
  printTable(
    [
      ["method", "band", "answers", "right", "precision", "recall"],
      ...c.bands
        .filter((b) => b.answers > 0)
        .map((b) => [
          METHOD_LABELS[b.method],
          b.band,
          String(b.answers),
          String(b.correct),
          String(b.precision),
          String(b.recall),
        ]),
    ],
    write,
  );
  write("");
  write("Fuzzy auto by score threshold (margin and holds as set; precision / recall / answers):");
  printTable(
    [
      ["threshold", "score and margin only", "with the holds"],
      ...c.curve.map((p) => [
        String(p.threshold),
        `${p.scoreOnly.precision} / ${p.scoreOnly.recall} / ${p.scoreOnly.answers}`,
        `${p.withHolds.precision} / ${p.withHolds.recall} / ${p.withHolds.answers}`,
      ]),
    ],
    write,
  );
  write("");
  write("What each hold keeps out of auto (fuzzy and exact-apart-from-form matches above the thresholds):");
  printTable(
    [
      ["hold", "wrong kept out", "right kept out"],
      ...c.holdEffect.map((h) => [h.hold, String(h.wrong), String(h.right)]),
    ],
    write,
  );
  write("");
  const r = c.recommended;
  write(
    `Thresholds: fuzzy auto precision >= ${c.targets.fuzzy} from a fuzzy score of ${r.fuzzyFor99 ?? "none"}; ` +
      `overall >= ${c.targets.overall} (and fuzzy >= ${c.targets.fuzzy}) from ${r.fuzzyFor995 ?? "none"}; ` +
      `exact apart from legal form >= ${c.targets.overall} from ${r.exactFormFor995 ?? "none"} ` +
      `(margin ${c.summary.current.margin}, holds: ${c.summary.current.holds.join(", ")})`,
  );
  write(
    `At the thresholds in match_settings (fuzzy ${c.summary.current.fuzzy}, exact apart from form ${c.summary.current.exactForm}): ` +
      `auto precision ${c.atCurrent.correct}/${c.atCurrent.answers} = ${c.atCurrent.precision}, ` +
      `fuzzy ${c.atCurrent.per.fuzzy.correct}/${c.atCurrent.per.fuzzy.answers} = ${c.atCurrent.fuzzyPrecision}`,
  );
}
