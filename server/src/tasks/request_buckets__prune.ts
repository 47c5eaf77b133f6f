// graphile-worker task: deletes the rate limiter's idle buckets and the login
// throttles that have run their course (app_hidden.prune_request_limits).
// Every address that ever called leaves a bucket row, and every failed login a
// throttle row; without this the tables only grow. The function deletes only
// rows whose absence limits nobody differently, so it can run at any time.
import type { Task } from "graphile-worker";

export const request_buckets__prune: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ buckets: number; login_throttles: number }>(
    "select buckets, login_throttles from app_hidden.prune_request_limits()",
  );
  const { buckets, login_throttles } = rows[0]!;
  helpers.logger.info(`pruned ${buckets} idle rate-limit buckets and ${login_throttles} spent login throttles`);
};
