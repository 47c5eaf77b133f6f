// graphile-worker task: recounts how common each name token is, the weights
// fuzzy search gives words (app_hidden.refresh_search_stats). Bulk loads run it
// themselves; names added one at a time (stewards, imports, resolutions) are
// found by exact and identifier lookups at once, but a misspelling of a word
// that is new to the registry is only found once the word is counted. So the
// crontab in server/src/worker/worker.ts runs it nightly. It changes only the
// counts that moved, so searches carry on while it runs.
import type { Task } from "graphile-worker";

export const search_stats__refresh: Task = async (_payload, helpers) => {
  const started = performance.now();
  const { rows } = await helpers.query<{ tokens: number; names: number }>(
    `select app_hidden.refresh_search_stats() as tokens,
            (select name_count from app_private.search_stats) as names`,
  );
  const { tokens, names } = rows[0]!;
  helpers.logger.info(
    `search statistics refreshed: ${tokens} distinct tokens over ${names} names in ${Math.round(performance.now() - started)} ms`,
  );
};
