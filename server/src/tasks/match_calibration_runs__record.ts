// graphile-worker task: replays the steward decisions (app_public.match_labels)
// through the current matcher and stores the figures as one
// app_public.match_calibration_runs row, so analytics can show the auto band's
// precision over time. It proposes thresholds but never changes them: that is
// an operator's `npm run ops -- calibrate --apply`, audited. Scheduled nightly
// by the crontab in server/src/worker/worker.ts, after the search statistics.
import type { Task } from "graphile-worker";
import { runStewardCalibration } from "../registry/steward-calibration.ts";

export const match_calibration_runs__record: Task = async (_payload, helpers) => {
  const started = performance.now();
  const run = await helpers.withPgClient((client) => runStewardCalibration(client, "cron"));
  helpers.logger.info(
    `calibration run #${run.runId}: ${run.labels} steward labels, ${run.judged} judged, auto precision ` +
      `${run.auto.precision ?? "n/a"} over ${run.auto.answers}, ${run.proposals.length} threshold(s) proposed, ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
};
