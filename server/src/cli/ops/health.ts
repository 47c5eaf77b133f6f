// ops health: the runbook's alert thresholds (server/src/ops/health.ts), read
// from the database and the local server's /metrics.
import { Command, InvalidArgumentError, Option } from "commander";
import {
  checkInfo,
  checkKeys,
  databaseHealthSources,
  defaultThresholds,
  runHealthChecks,
  type HealthIo,
  type HealthThresholds,
} from "../../ops/health.ts";
import { EXIT_USAGE, OpsError, type OpsContext } from "./context.ts";

function nonNegative(name: string, allowZero = true) {
  return (raw: string): number => {
    const value = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
      throw new InvalidArgumentError(`${name} must be a ${allowZero ? "non-negative" : "positive"} number`);
    }
    return value;
  };
}

function httpUrl(raw: string): string {
  try {
    if (/^https?:$/.test(new URL(raw).protocol)) return raw;
  } catch {
    // not a URL at all: the same answer
  }
  throw new InvalidArgumentError("must be an http(s) URL");
}

const thresholdHelp: Record<string, string> = {
  search_latency: "p95 alias search time above this many seconds is a breach",
  error_rate: "GraphQL server errors above this share, in percent",
  review_backlog: "more open promotion reviews than this",
  alias_insert_failures: "more failed alias inserts in the last hour than this",
  coverage_drop: "coverage fallen by more than this many points in a week",
};

/**
 * Registers `health`. The hooks are for tests (other sources, a fake clock); by default the checks read the
 * command's database (as its owner) and the server's /metrics.
 */
export function registerHealthCommand(
  program: Command,
  ctx: OpsContext,
  hooks: Partial<Pick<HealthIo, "openSources" | "sleep" | "now">> = {},
): void {
  const command = program
    .command("health")
    .description(
      "evaluate the alert thresholds (search time, error rate, backlogs, insert failures, coverage); exit 1 on a breach, 2 when the checks cannot run",
    )
    .addOption(
      new Option(
        "--watch <minutes>",
        "repeat the checks for this many minutes and report the worst value of each",
      ).argParser(nonNegative("--watch", false)),
    )
    .addOption(
      new Option("--interval <seconds>", "time between checks with --watch")
        .default(60)
        .argParser(nonNegative("--interval", false)),
    );
  for (const check of checkKeys) {
    command.addOption(
      new Option(`--${checkInfo[check].option} <n>`, thresholdHelp[check])
        .default(defaultThresholds[check])
        .argParser(nonNegative(`--${checkInfo[check].option}`)),
    );
  }
  command
    .addOption(
      new Option(
        "--metrics-url <url>",
        "the server's /metrics (default: METRICS_URL, else the local server on PORT); token: METRICS_TOKEN",
      ).argParser(httpUrl),
    )
    .option("--json", "print the rows as JSON instead of a table")
    .action(async (options: Record<string, unknown>) => {
      const thresholds = Object.fromEntries(
        checkKeys.map((check) => [check, options[camel(checkInfo[check].option)] as number]),
      ) as HealthThresholds;
      const metricsUrl = (options.metricsUrl as string | undefined) ?? ctx.io.env.METRICS_URL ?? null;
      if (metricsUrl !== null && !/^https?:\/\//.test(metricsUrl)) {
        throw new OpsError(`METRICS_URL must be an http(s) URL (got "${metricsUrl}")`, EXIT_USAGE);
      }
      const open =
        hooks.openSources ??
        (async (o: { metricsUrl: string | null; metricsToken: string | null }) => {
          const { ownerPool, config } = await ctx.database();
          return databaseHealthSources(ownerPool, {
            ...o,
            metricsUrl: o.metricsUrl ?? `http://127.0.0.1:${config.port}/metrics`,
          });
        });
      const code = await runHealthChecks(
        {
          thresholds,
          watchMinutes: (options.watch as number | undefined) ?? null,
          intervalSeconds: options.interval as number,
          metricsUrl,
          metricsToken: ctx.io.env.METRICS_TOKEN ?? null,
          json: Boolean(options.json),
        },
        {
          stdout: (text) => void ctx.io.stdout.write(text),
          stderr: (text) => void ctx.io.stderr.write(text),
          openSources: open,
          ...(hooks.sleep ? { sleep: hooks.sleep } : {}),
          ...(hooks.now ? { now: hooks.now } : {}),
        },
      );
      ctx.setExitCode(code);
    });
}

const camel = (option: string) => option.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
