// `ops health`: the runbook's alert thresholds, checked now or through a
// post-deploy monitoring window (--watch), printed as a table, with an exit
// status for cron and alerting systems: 0 all within bounds, 1 a threshold is
// breached, 2 the checks could not run (bad arguments, database unreachable).
//
//   check                     source                                        default bound
//   alias search latency      timed searchEmployers probes (SQL, as owner)  ≤ 1 s
//   error rate                the server's /metrics (GraphQL server errors) ≤ 1 %
//   canonical review backlog  the stored promotion queue, counted now     ≤ 50
//   alias insert failures     app_private.alias_insert_failures, last hour  ≤ 5
//   coverage drop             analytics_coverage_daily: best of the 7 days  ≤ 5 points
//                             before the latest, minus the latest
//
// The command line (server/src/cli/ops/runbook-jobs.ts) wires
// runHealthCommand(args, io) as `npm run ops -- health`.
import { parseArgs } from "node:util";
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

const checkInfo: Record<CheckKey, { label: string; unit: string; option: string; digits: number }> = {
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

async function searchProbes(pool: pg.Pool, given: string[] | undefined): Promise<string[]> {
  if (given) return given;
  const { rows } = await pool.query<{ name: string }>(
    "select name from app_public.employers where status = 'active' order by id desc limit 1",
  );
  const known = rows[0]?.name ?? "Acme Constructions Pty Ltd";
  // The same name with two letters swapped in its first word: a typo search.
  const typo = known.length > 4 ? known.slice(0, 2) + known[3] + known[2] + known.slice(4) : known;
  return [known, typo, "Zqxv Nonexistent Holdings"];
}

export function databaseHealthSources(pool: pg.Pool, options: DatabaseHealthOptions): HealthSources {
  const doFetch = options.fetch ?? fetch;
  let previous: { total: number; serverErrors: number } | null = null;

  async function searchLatency(sample: HealthSample): Promise<void> {
    try {
      let worst = 0;
      let worstQuery = "";
      for (const query of await searchProbes(pool, options.searchQueries)) {
        const started = performance.now();
        await pool.query("select count(*) from app_public.search_employers($1)", [query]);
        const seconds = (performance.now() - started) / 1000;
        if (seconds >= worst) {
          worst = seconds;
          worstQuery = query;
        }
      }
      sample.values.search_latency = worst;
      sample.notes.search_latency = `slowest of the probes: "${worstQuery}"`;
    } catch (error) {
      sample.notes.search_latency = `search failed: ${(error as Error).message}`;
    }
  }

  async function errorRate(sample: HealthSample): Promise<void> {
    if (!options.metricsUrl) {
      sample.notes.error_rate = "not checked: give --metrics-url (or METRICS_URL)";
      return;
    }
    try {
      const response = await doFetch(options.metricsUrl, {
        headers: options.metricsToken ? { authorization: `Bearer ${options.metricsToken}` } : {},
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const counts = operationCounts(await response.text());
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
    } catch (error) {
      sample.notes.error_rate = `metrics unreachable: ${(error as Error).message}`;
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
      await searchLatency(sample);
      await errorRate(sample);
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
  env: Record<string, string | undefined>;
  /** Opens the sources (the default opens the database as `npm run ops` does). */
  openSources(options: { metricsUrl: string | null; metricsToken: string | null }): Promise<HealthSources>;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export const healthUsage = `Usage: npm run ops -- health [options]

Checks the runbook's alert thresholds and exits 1 when one is breached (2 when
the checks cannot run), for cron or an alerting system.

Options:
  --watch <minutes>          repeat the checks for this many minutes and report the worst value of each
  --interval <seconds>       time between checks with --watch (default 60)
  --search-seconds <n>       alias search slower than this is a breach (default 1)
  --error-rate <percent>     GraphQL server errors above this share (default 1)
  --review-backlog <n>       more open promotion reviews than this (default 50)
  --alias-failures <n>       more failed alias inserts in the last hour (default 5)
  --coverage-drop <points>   coverage fallen by more than this many points in a week (default 5)
  --metrics-url <url>        the server's /metrics, for the error rate (or METRICS_URL; token: METRICS_TOKEN)
  --json                     print the rows as JSON instead of a table
  --help                     this text
`;

class UsageError extends Error {}

function positive(name: string, raw: string | undefined, fallback: number, allowZero = true): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new UsageError(`--${name} must be a ${allowZero ? "non-negative" : "positive"} number (got "${raw}")`);
  }
  return value;
}

export interface HealthCommandOptions {
  thresholds: HealthThresholds;
  watchMinutes: number | null;
  intervalSeconds: number;
  metricsUrl: string | null;
  json: boolean;
  help: boolean;
}

export function parseHealthArgs(args: string[], env: Record<string, string | undefined>): HealthCommandOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        watch: { type: "string" },
        interval: { type: "string" },
        "search-seconds": { type: "string" },
        "error-rate": { type: "string" },
        "review-backlog": { type: "string" },
        "alias-failures": { type: "string" },
        "coverage-drop": { type: "string" },
        "metrics-url": { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  const thresholds = { ...defaultThresholds };
  for (const check of checkKeys) {
    const option = checkInfo[check].option as keyof typeof v;
    thresholds[check] = positive(checkInfo[check].option, v[option] as string | undefined, defaultThresholds[check]);
  }
  const metricsUrl = v["metrics-url"] ?? env.METRICS_URL ?? null;
  if (metricsUrl !== null) {
    try {
      const url = new URL(metricsUrl);
      if (!/^https?:$/.test(url.protocol)) throw new Error("not http");
    } catch {
      throw new UsageError(`--metrics-url must be an http(s) URL (got "${metricsUrl}")`);
    }
  }
  return {
    thresholds,
    watchMinutes: v.watch !== undefined ? positive("watch", v.watch, 0, false) : null,
    intervalSeconds: positive("interval", v.interval, 60, false),
    metricsUrl,
    json: v.json ?? false,
    help: v.help ?? false,
  };
}

/** Runs `health` with its arguments; resolves to the exit status. */
export async function runHealthCommand(args: string[], io: HealthIo): Promise<number> {
  let options: HealthCommandOptions;
  try {
    options = parseHealthArgs(args, io.env);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${healthUsage}`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    io.stdout(healthUsage);
    return 0;
  }
  let sources: HealthSources;
  try {
    sources = await io.openSources({ metricsUrl: options.metricsUrl, metricsToken: io.env.METRICS_TOKEN ?? null });
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

/**
 * The default sources: the database `npm run ops` uses (the embedded one, shared
 * with a running server, or DATABASE_URL), as its owner.
 */
export async function openDefaultHealthSources(options: {
  metricsUrl: string | null;
  metricsToken: string | null;
}): Promise<HealthSources> {
  const [{ default: pgModule }, { loadConfig }, { makeLogger }, { openDatabase }, { tolerateShutdown }] =
    await Promise.all([
      import("pg"),
      import("../config/env.ts"),
      import("../logger.ts"),
      import("../db/database.ts"),
      import("../db/pool.ts"),
    ]);
  const config = loadConfig();
  const db = await openDatabase(config, makeLogger("warn"));
  const pool = tolerateShutdown(new pgModule.Pool({ connectionString: db.ownerUrl, max: 2 }));
  const sources = databaseHealthSources(pool, options);
  return {
    sample: () => sources.sample(),
    async close() {
      await pool.end();
      await db.close();
    },
  };
}
