// A closed-loop load generator: N connections, each sending its next request
// as soon as the previous one is answered, for a fixed time and at most a
// fixed number of requests. Every latency is kept, so percentiles are exact.

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** Hard bound on requests, whatever the time: the loop always ends. */
  maxRequests: number;
}

/** Sends one request; throws (or rejects) on an error. */
export type Send = (connection: number, item: number) => Promise<void>;

export interface LoadResult {
  requests: number;
  errors: number;
  /** A few distinct error messages, for the report. */
  errorSamples: string[];
  seconds: number;
  perSecond: number;
  /** Latency in ms of each request, in completion order. */
  latencies: Float64Array;
  /** The item (query index) of each request. */
  items: Uint32Array;
  failed: Uint8Array;
}

/**
 * Runs the load. Items are handed out round robin from `startItem`, so each
 * phase sends the same sequence of queries whatever the connection count.
 */
export async function runLoad(options: LoadOptions, itemCount: number, send: Send, startItem = 0): Promise<LoadResult> {
  const latencies = new Float64Array(options.maxRequests);
  const items = new Uint32Array(options.maxRequests);
  const failed = new Uint8Array(options.maxRequests);
  const errorSamples = new Set<string>();
  let issued = 0;
  let completed = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const connection = async (index: number) => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      const slot = issued++;
      const item = (startItem + slot) % itemCount;
      const t0 = performance.now();
      let ok = true;
      try {
        await send(index, item);
      } catch (error) {
        ok = false;
        errors++;
        if (errorSamples.size < 5) errorSamples.add(error instanceof Error ? error.message : String(error));
      }
      latencies[slot] = performance.now() - t0;
      items[slot] = item;
      failed[slot] = ok ? 0 : 1;
      completed++;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => connection(i)));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: completed,
    errors,
    errorSamples: [...errorSamples],
    seconds,
    perSecond: completed / seconds,
    latencies: latencies.subarray(0, completed),
    items: items.subarray(0, completed),
    failed: failed.subarray(0, completed),
  };
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of a set of latencies (ms). */
export function summarise(latencies: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const n = sorted.length;
  if (n === 0) return { count: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const at = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { count: n, p50: at(50), p95: at(95), p99: at(99), max: sorted[n - 1]!, mean: sum / n };
}
