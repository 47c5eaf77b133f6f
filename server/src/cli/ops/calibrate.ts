// ops calibrate [--apply] [--json]: replays every steward decision
// (app_public.match_labels) through the current matcher, prints the auto band's
// precision and recall per band and method on them, the fuzzy curve and the
// thresholds that keep auto precision at the targets recorded in
// app_public.match_settings, and stores the run (app_public.match_calibration_runs,
// what the nightly worker job stores too). With --apply it sets the proposed
// thresholds through app_public.set_match_setting (audited, with the run in the
// reason); on production --apply wants the environment's name confirmed.
import type { Command } from "commander";
import { printCalibration } from "../../registry/match-calibration.ts";
import { applyProposals, runStewardCalibration, type StewardCalibration } from "../../registry/steward-calibration.ts";
import type { OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";

const figure = (value: number | null) => (value === null ? "n/a" : String(value));

function summary(run: StewardCalibration, applied: boolean) {
  return {
    runId: run.runId,
    labels: run.labels,
    labelsBySource: run.labelsBySource,
    judged: run.judged,
    leftOut: run.leftOut,
    minLabels: run.minLabels,
    enoughEvidence: run.enoughEvidence,
    auto: run.auto,
    fuzzyAuto: run.fuzzyAuto,
    observed: run.observed,
    targets: run.targets,
    thresholds: {
      autoMinScore: run.thresholds.fuzzy,
      autoMinScoreExact: run.thresholds.exactForm,
      autoMinMargin: run.thresholds.margin,
    },
    bands: run.calibration.bands.filter((b) => b.answers > 0),
    confidenceZ: run.confidenceZ,
    proposals: run.proposals,
    held: run.held,
    applied,
  };
}

export function registerCalibrateCommand(program: Command, ctx: OpsContext): void {
  program
    .command("calibrate")
    .description(
      "replay the stewards' decisions through the matcher: auto precision per band and method, proposed thresholds (--apply sets them, audited)",
    )
    .option("--apply", "set the proposed thresholds through setMatchSetting (audited)")
    .option("--json", "one JSON object instead of tables")
    .action(async (options: { apply?: boolean; json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const run = await runStewardCalibration(ownerPool, "ops");
      const apply = options.apply === true && run.proposals.length > 0;
      if (apply) await applyProposals(ownerPool, run);
      if (options.json) {
        ctx.out(toJson(summary(run, apply)));
        return;
      }
      ctx.out(
        `calibration run #${run.runId}: ${run.labels} steward label(s) (` +
          (Object.entries(run.labelsBySource)
            .map(([source, n]) => `${source} ${n}`)
            .join(", ") || "none") +
          `), ${run.judged} judged`,
      );
      ctx.out(
        `leave one out: ${run.leftOut.hidden} of ${run.leftOut.pairs} "this name is X" pair(s) replayed with X's own ` +
          "name of that form hidden (a name a decision taught the registry would otherwise prove nothing)",
      );
      ctx.out(
        `auto precision on the labels: ${run.auto.right}/${run.auto.answers} = ${figure(run.auto.precision)} ` +
          `(target ${run.targets.overall}); fuzzy alone ${run.fuzzyAuto.right}/${run.fuzzyAuto.answers} = ` +
          `${figure(run.fuzzyAuto.precision)} (target ${run.targets.fuzzy})`,
      );
      ctx.out(
        `observed: ${run.observed.reversed} of ${run.observed.learnedNames} name(s) imports learned automatically were ` +
          `retired by a steward (precision ${figure(run.observed.precision)})`,
      );
      ctx.out("");
      printCalibration(run.calibration, ctx.out);
      ctx.out("");
      if (!run.enoughEvidence) {
        ctx.out(
          `proposals: none (${run.judged} judged label(s); thresholds are proposed from ${run.minLabels}, the calibration_min_labels setting)`,
        );
        return;
      }
      for (const line of formatTable(
        ["setting", "now", "proposed", "for precision", "precision on labels", "labelled answers", "lower bound"],
        run.proposals.map((p) => [
          p.key,
          p.from,
          p.to,
          p.chosenForPrecision,
          p.precision,
          p.answers,
          p.precisionLowerBound,
        ]),
        run.held.length > 0
          ? "proposals: none (the labels would lower a threshold, but not beyond chance: held back below)"
          : `proposals: none (no threshold with at least ${run.minLabels} labelled auto answers differs from match_settings)`,
      ))
        ctx.out(line);
      for (const h of run.held)
        ctx.out(
          `held back: ${h.key} ${h.from} -> ${h.to} would rest on precision ${h.precision} over ${h.answers} labelled ` +
            `answers, whose lower bound ${h.precisionLowerBound} misses ${h.chosenForPrecision} ` +
            `(calibration_confidence_z ${run.confidenceZ}): more labels are needed to lower it`,
        );
      if (run.proposals.length === 0) return;
      ctx.out(
        apply
          ? `applied through setMatchSetting (audited); calibration run #${run.runId} marked applied`
          : "not applied: run again with --apply to set them (audited)",
      );
    });
}
