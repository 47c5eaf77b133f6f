// `ops health`: the runbook's alert thresholds, checked now or through a
// post-deploy monitoring window (--watch), printed as a table, with an exit
// status for cron: 0 all within bounds, 1 a threshold is breached, 2 the
// checks could not run (bad arguments, database unreachable). The same
// thresholds run continuously as Prometheus alert rules (deploy/prometheus/).
//
//   check                     source                                             default bound
//   alias search latency      the server's /metrics: p95 of search_duration_     ≤ 1 s
//                             seconds (the real searches) since the last check
//   error rate                the server's /metrics (GraphQL server errors)      ≤ 1 %
//   canonical review backlog  the stored promotion queue, counted now            ≤ 50
//   alias insert failures     app_private.alias_insert_failures, last hour       ≤ 5
//   coverage drop             analytics_coverage_daily: best of the 7 days       ≤ 5 points
//                             before the latest, minus the latest
//
// /metrics is the local server's (http://127.0.0.1:$PORT/metrics) unless
// --metrics-url or METRICS_URL names another. The command line is
// server/src/cli/ops/health.ts.
import type pg from "pg";

export const checkKeys = [
  "search_latency",
  "error_rate",
  "review_backlog",
  "alias_insert_failures",
  "coverage_drop",
] as const;
export type CheckKey = (typeof checkKeys)[number];

export type HealthThresholds = Record<CheckKey, number>;

export const defaultThresholds: HealthThresholds = {
  search_latency: 1,
  error_rate: 1,
  review_backlog: 50,
  alias_insert_failures: 5,
  coverage_drop: 5,
};

export const checkInfo: Record<CheckKey, { label: string; unit: string; option: string; digits: number }> = {
  search_latency: { label: "alias search latency", unit: "s", option: "search-seconds", digits: 3 },
  error_rate: { label: "error rate", unit: "%", option: "error-rate", digits: 2 },
  review_backlog: { label: "canonical review backlog", unit: "items", option: "review-backlog", digits: 0 },
  alias_insert_failures: { label: "alias insert failures", unit: "/hour", option: "alias-failures", digits: 0 },
  coverage_drop: { label: "coverage drop", unit: "points", option: "coverage-drop", digits: 2 },
};

/** One measurement of every check; null when it could not be measured (see notes). */
export interface HealthSample {
  values: Record<CheckKey, number | null>;
  notes: Partial<Record<CheckKey, string>>;
}

export type HealthStatus = "ok" | "breach" | "unknown";

export interface HealthRow {
  check: CheckKey;
  label: string;
  value: number | null;
  threshold: number;
  unit: string;
  status: HealthStatus;
  detail: string;
}

/** Higher is worse for every check; a value above its threshold is a breach. */
export function evaluateHealth(sample: HealthSample, thresholds: HealthThresholds): HealthRow[] {
  return checkKeys.map((check) => {
    const value = sample.values[check];
    const status: HealthStatus = value === null ? "unknown" : value > thresholds[check] ? "breach" : "ok";
    return {
      check,
      label: checkInfo[check].label,
      value,
      threshold: thresholds[check],
      unit: checkInfo[check].unit,
      status,
      detail: sample.notes[check] ?? "",
    };
  });
}

/** The worst (highest) value of each check over several samples, with the note of the sample it came from. */
export function worstOf(samples: HealthSample[]): HealthSample {
  const worst: HealthSample = {
    values: Object.fromEntries(checkKeys.map((k) => [k, null])) as HealthSample["values"],
    notes: {},
  };
  for (const check of checkKeys) {
    for (const sample of samples) {
      const value = sample.values[check];
      const current = worst.values[check];
      if (value !== null && (current === null || value > current)) {
        worst.values[check] = value;
        worst.notes[check] = sample.notes[check];
      }
    }
    if (worst.values[check] === null) {
      const note = samples.map((s) => s.notes[check]).find((n) => n);
      if (note) worst.notes[check] = note;
    }
    if (worst.notes[check] === undefined) delete worst.notes[check];
  }
  return worst;
}

export function exitStatus(rows: HealthRow[]): number {
  return rows.some((row) => row.status === "breach") ? 1 : 0;
}

function formatValue(value: number | null, check: CheckKey): string {
  if (value === null) return "n/a";
  return value.toFixed(checkInfo[check].digits);
}

export function formatHealthTable(rows: HealthRow[]): string {
  const table = [
    ["check", "value", "threshold", "status", "detail"],
    ...rows.map((row) => [
      row.label,
      `${formatValue(row.value, row.check)} ${row.unit}`,
      `${row.threshold} ${row.unit}`,
      row.status === "breach" ? "BREACH" : row.status,
      row.detail,
    ]),
  ];
  const widths = table[0]!.map((_c, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table
    .map((r) =>
      r
        .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

// ---------------------------------------------------------------------------
// Where the measurements come from.

export interface HealthSources {
  /** One sample of every check. Error rate: since the previous sample (the first: since the server started). */
  sample(): Promise<HealthSample>;
  close(): Promise<void>;
}

export interface DatabaseHealthOptions {
  /** The server's /metrics URL, for the error rate; null skips that check. */
  metricsUrl: string | null;
  metricsToken: string | null;
  /** Search probes to time; default: a known name, a misspelt one, and one that matches nothing. */
  searchQueries?: string[];
  fetch?: typeof fetch;
}

/** Sums of the GraphQL operation counters by outcome, from Prometheus text. */
export function operationCounts(metricsText: string): { total: number; serverErrors: number } {
  let total = 0;
  let serverErrors = 0;
  for (const line of metricsText.split("\n")) {
    if (!line.startsWith("graphql_operation_duration_seconds_count{")) continue;
    const value = Number(line.slice(line.lastIndexOf(" ") + 1));
    if (!Number.isFinite(value)) continue;
    total += value;
    if (line.includes('outcome="server_error"')) serverErrors += value;
  }
  return { total, serverErrors };
}

/** One histogram's cumulative buckets (le -> count) summed over its series, from Prometheus text. */
export function histogramBuckets(metricsText: string, name: string): Map<number, number> {
  const buckets = new Map<number, number>();
  for (const line of metricsText.split("\n")) {
    if (!line.startsWith(`${name}_bucket{`)) continue;
    const le = /le="([^"]+)"/.exec(line)?.[1];
    const value = Number(line.slice(line.lastIndexOf(" ") + 1));
    if (le === undefined || !Number.isFinite(value)) continue;
    const bound = le === "+Inf" ? Infinity : Number(le);
    buckets.set(bound, (buckets.get(bound) ?? 0) + value);
  }
  return buckets;
}

/**
 * The q-quantile of a histogram's observations, interpolated within the bucket as Prometheus's
 * histogram_quantile does (so this and the alert rule agree); null without observations.
 */
export function histogramQuantile(q: number, buckets: Map<number, number>): number | null {
  const sorted = [...buckets.entries()].sort((x, y) => x[0] - y[0]);
  const total = sorted.at(-1)?.[1] ?? 0;
  if (total <= 0) return null;
  const rank = q * total;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const [bound, count] of sorted) {
    if (count >= rank) {
      // Above the highest finite bucket Prometheus answers that bucket's bound.
      if (bound === Infinity) return lowerBound;
      if (count === lowerCount) return bound;
      return lowerBound + ((bound - lowerBound) * (rank - lowerCount)) / (count - lowerCount);
    }
    lowerBound = bound;
    lowerCount = count;
  }
  return lowerBound;
}

function subtractBuckets(now: Map<number, number>, before: Map<number, number> | null): Map<number, number> {
  if (!before) return now;
  const diff = new Map<number, number>();
  for (const [bound, count] of now) diff.set(bound, count - (before.get(bound) ?? 0));
  // A restarted server starts its counters again: then count from zero.
  return [...diff.values()].some((v) => v < 0) ? now : diff;
}

export function databaseHealthSources(pool: pg.Pool, options: DatabaseHealthOptions): HealthSources {
  const doFetch = options.fetch ?? fetch;
  let previous: { total: number; serverErrors: number } | null = null;

  let previousSearch: Map<number, number> | null = null;

  async function readMetrics(sample: HealthSample): Promise<string | null> {
    if (!options.metricsUrl) {
      sample.notes.error_rate = sample.notes.search_latency = "not checked: no metrics URL";
      return null;
    }
    try {
      const response = await doFetch(options.metricsUrl, {
        headers: options.metricsToken ? { authorization: `Bearer ${options.metricsToken}` } : {},
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return await response.text();
    } catch (error) {
      sample.notes.error_rate =
        sample.notes.search_latency = `${options.metricsUrl} unreachable: ${(error as Error).message} (is the server running? --metrics-url)`;
      return null;
    }
  }

  function searchLatency(sample: HealthSample, text: string): void {
    const now = histogramBuckets(text, "search_duration_seconds");
    const first = previousSearch === null;
    const period = subtractBuckets(now, previousSearch);
    previousSearch = now;
    const p95 = histogramQuantile(0.95, period);
    const searches = Math.max(0, ...period.values());
    if (p95 === null) {
      sample.notes.search_latency = `no searches ${first ? "since the server started" : "in the period"}`;
      return;
    }
    sample.values.search_latency = Math.round(p95 * 1000) / 1000;
    sample.notes.search_latency = `p95 of ${searches} search(es), from the search_duration_seconds histogram`;
  }

  function errorRate(sample: HealthSample, text: string): void {
    const counts = operationCounts(text);
    // A restarted server starts its counters again: then count from zero.
    const base = previous && counts.total >= previous.total ? previous : { total: 0, serverErrors: 0 };
    const total = counts.total - base.total;
    const errors = counts.serverErrors - base.serverErrors;
    previous = counts;
    if (total === 0) {
      sample.values.error_rate = 0;
      sample.notes.error_rate = "no GraphQL operations in the period";
    } else {
      sample.values.error_rate = (100 * errors) / total;
      sample.notes.error_rate = `${errors} server errors in ${total} GraphQL operations`;
    }
  }

  async function reviewBacklog(sample: HealthSample): Promise<void> {
    try {
      // The stored queue, counted now (app_hidden.promotion_backlog_now: a
      // count of app_hidden.promotion_queue_items, milliseconds at any size).
      const { rows } = await pool.query<{ items: number | null; measured_at: string }>(
        `select b.items, to_char(now() at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') as measured_at
         from app_hidden.promotion_backlog_now() b`,
      );
      if (rows[0]!.items === null) {
        sample.notes.review_backlog = "canonical promotion is switched off";
      } else {
        sample.values.review_backlog = rows[0]!.items;
        sample.notes.review_backlog = `promotion queue as of ${rows[0]!.measured_at}`;
      }
    } catch (error) {
      sample.notes.review_backlog = `could not count: ${(error as Error).message}`;
    }
  }

  async function aliasFailures(sample: HealthSample): Promise<void> {
    try {
      const { rows } = await pool.query<{ n: string; codes: string | null }>(
        `select count(*) as n, string_agg(distinct code, ', ') as codes
         from app_private.alias_insert_failures where occurred_at > now() - interval '1 hour'`,
      );
      sample.values.alias_insert_failures = Number(rows[0]!.n);
      if (rows[0]!.codes) sample.notes.alias_insert_failures = rows[0]!.codes;
    } catch (error) {
      sample.notes.alias_insert_failures = `could not count: ${(error as Error).message}`;
    }
  }

  async function coverageDrop(sample: HealthSample): Promise<void> {
    try {
      const { rows } = await pool.query<{
        day: string;
        alias_drop: number | null;
        identifier_drop: number | null;
        alias_coverage: number;
      }>(`
        with latest as (
          select * from app_public.analytics_coverage_daily order by day desc limit 1
        ), before as (
          select max(c.alias_coverage) as alias_best, max(c.identifier_coverage) as identifier_best
          from app_public.analytics_coverage_daily c, latest l
          where c.day >= l.day - 7 and c.day < l.day
        )
        select l.day::text, l.alias_coverage,
               b.alias_best - l.alias_coverage as alias_drop,
               b.identifier_best - l.identifier_coverage as identifier_drop
        from latest l, before b`);
      const row = rows[0];
      if (!row) {
        sample.notes.coverage_drop = "no analytics rollups yet (refreshAnalytics, or wait for the hourly job)";
        return;
      }
      if (row.alias_drop === null || row.identifier_drop === null) {
        sample.values.coverage_drop = 0;
        sample.notes.coverage_drop = `only ${row.day} in the rollups: nothing to compare with`;
        return;
      }
      const drop = Math.max(row.alias_drop, row.identifier_drop);
      sample.values.coverage_drop = Math.round(drop * 100) / 100;
      sample.notes.coverage_drop = `${row.alias_drop >= row.identifier_drop ? "alias" : "identifier"} coverage on ${row.day} against the best of the 7 days before`;
    } catch (error) {
      sample.notes.coverage_drop = `could not read the rollups: ${(error as Error).message}`;
    }
  }

  return {
    async sample() {
      const sample: HealthSample = {
        values: Object.fromEntries(checkKeys.map((k) => [k, null])) as HealthSample["values"],
        notes: {},
      };
      const text = await readMetrics(sample);
      if (text !== null) {
        searchLatency(sample, text);
        errorRate(sample, text);
      }
      await reviewBacklog(sample);
      await aliasFailures(sample);
      await coverageDrop(sample);
      return sample;
    },
    async close() {},
  };
}

// ---------------------------------------------------------------------------
// The command.

export interface HealthIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Opens the sources (the default opens the database as `npm run ops` does). */
  openSources(options: { metricsUrl: string | null; metricsToken: string | null }): Promise<HealthSources>;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export interface HealthCommandOptions {
  thresholds: HealthThresholds;
  watchMinutes: number | null;
  intervalSeconds: number;
  metricsUrl: string | null;
  metricsToken: string | null;
  json: boolean;
}

/** Runs the checks (once, or through the --watch window); resolves to the exit status. */
export async function runHealthChecks(options: HealthCommandOptions, io: HealthIo): Promise<number> {
  let sources: HealthSources;
  try {
    sources = await io.openSources({ metricsUrl: options.metricsUrl, metricsToken: options.metricsToken });
  } catch (error) {
    io.stderr(`Cannot run the health checks: ${(error as Error).message}\n`);
    return 2;
  }
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = io.now ?? (() => Date.now());
  try {
    const samples: HealthSample[] = [];
    if (options.watchMinutes === null) {
      samples.push(await sources.sample());
    } else {
      const end = now() + options.watchMinutes * 60_000;
      for (;;) {
        const sample = await sources.sample();
        samples.push(sample);
        const rows = evaluateHealth(sample, options.thresholds);
        const breaches = rows.filter((r) => r.status === "breach").map((r) => r.label);
        io.stdout(
          `${new Date(now()).toISOString()} check ${samples.length}: ${breaches.length ? `BREACH ${breaches.join(", ")}` : "ok"}\n`,
        );
        const remaining = end - now();
        if (remaining <= 0) break;
        await sleep(Math.min(options.intervalSeconds * 1000, remaining));
      }
    }
    const worst = samples.length === 1 ? samples[0]! : worstOf(samples);
    const rows = evaluateHealth(worst, options.thresholds);
    if (options.json) {
      io.stdout(JSON.stringify({ checks: samples.length, rows }, null, 2) + "\n");
    } else {
      if (samples.length > 1) io.stdout(`Worst value of each check over ${samples.length} checks:\n`);
      io.stdout(formatHealthTable(rows) + "\n");
    }
    return exitStatus(rows);
  } catch (error) {
    io.stderr(`The health checks failed: ${(error as Error).message}\n`);
    return 2;
  } finally {
    await sources.close();
  }
}
