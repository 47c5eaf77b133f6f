// ops verify-staging: the runbook's five staging tests against a live
// deployment over HTTP (server/src/ops/staging.ts), with a steward's token
// (--token, STAGING_TOKEN or SMOKE_TOKEN) or a login (--user and --password,
// or STAGING_PASSWORD). Prints a pass/fail table with timings; exit 1 on any failure.
import type { Command } from "commander";
import { InvalidArgumentError, Option } from "commander";
import { loginToken, runStagingTests } from "../../ops/staging.ts";
import { EXIT_FAILURE, EXIT_USAGE, OpsError, positiveInteger, type OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";

interface StagingCommandOptions {
  url: string;
  token?: string;
  user?: string;
  password?: string;
  resolve: "reject" | "match";
  importTimeout: number;
  json?: boolean;
}

export function registerStagingCommand(program: Command, ctx: OpsContext): void {
  program
    .command("verify-staging")
    .description(
      "the five staging tests over HTTP (promotion console, alias search, analytics and export, BCI import, " +
        "pending resolution) on a dedicated test employer, cleaning up after itself",
    )
    .requiredOption("--url <url>", "the deployment's base URL, e.g. https://staging.registry.example.org")
    .option("--token <token>", "a steward's login token (or STAGING_TOKEN, else SMOKE_TOKEN)")
    .option("--user <username>", "log in as this steward instead of passing a token")
    .option("--password <password>", "the --user's password (or STAGING_PASSWORD)")
    .addOption(
      new Option(
        "--resolve <how>",
        "resolve the test's pending item by rejecting it or matching it to the test employer",
      )
        .choices(["reject", "match"])
        .default("reject"),
    )
    .option(
      "--import-timeout <seconds>",
      "how long to wait for the worker to finish the test batch",
      positiveInteger("--import-timeout", 3600),
      120,
    )
    .option("--json", "the checks as one JSON array")
    .action(async (options: StagingCommandOptions) => {
      try {
        new URL(options.url);
      } catch {
        throw new InvalidArgumentError(`--url ${options.url} is not a URL`);
      }
      let token = options.token ?? ctx.io.env.STAGING_TOKEN ?? ctx.io.env.SMOKE_TOKEN ?? null;
      if (options.user) {
        const password = options.password ?? ctx.io.env.STAGING_PASSWORD;
        if (!password) throw new OpsError("--user needs --password (or STAGING_PASSWORD)", EXIT_USAGE);
        token = await loginToken(options.url, options.user, password);
      }
      if (!token) {
        throw new OpsError(
          "verify-staging needs a steward: --token (or STAGING_TOKEN / SMOKE_TOKEN), or --user and --password",
          EXIT_USAGE,
        );
      }
      const results = await runStagingTests({
        url: options.url,
        token,
        resolve: options.resolve,
        importTimeoutMs: options.importTimeout * 1000,
      });
      if (options.json) ctx.out(toJson(results));
      else {
        for (const line of formatTable(
          ["test", "result", "ms", "detail"],
          results.map((r) => [r.check, r.ok ? "pass" : "FAIL", r.ms.toFixed(0), r.detail]),
          "tests: none",
        ))
          ctx.out(line);
        const failed = results.filter((r) => !r.ok).length;
        ctx.out(failed ? `${failed} failed: staging is not ready` : "all staging tests passed");
      }
      if (results.some((r) => !r.ok)) ctx.setExitCode(EXIT_FAILURE);
    });
}
