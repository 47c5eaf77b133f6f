// graphile-worker task: deletes the rate limiter's idle buckets, the login
// throttles that have run their course and login addresses unused for 30 days
// (app_hidden.prune_request_limits). Every address that ever called leaves a
// bucket row, every failed login a throttle row and every new place a user logs
// in from a known-address row; without this the tables only grow. The function deletes only
// rows whose absence limits nobody differently, so it can run at any time.
import type { Task } from "graphile-worker";

export const request_buckets__prune: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ buckets: number; login_throttles: number; known_addresses: number }>(
    "select buckets, login_throttles, known_addresses from app_hidden.prune_request_limits()",
  );
  const { buckets, login_throttles, known_addresses } = rows[0]!;
  helpers.logger.info(
    `pruned ${buckets} idle rate-limit buckets, ${login_throttles} spent login throttles and ` +
      `${known_addresses} login addresses unused for 30 days`,
  );
};
