// ops health (the runbook's alert thresholds, server/src/ops/health.ts, which
// parses its own options) and ops backfill feed-aliases (the runbook's
// "missing aliases for external IDs", server/src/imports/backfill-feed-aliases.ts).
import type { Command } from "commander";
import { openDefaultHealthSources, runHealthCommand } from "../../ops/health.ts";
import { backfillFeedAliases } from "../../imports/backfill-feed-aliases.ts";
import type { OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";

export function registerRunbookJobCommands(program: Command, ctx: OpsContext): void {
  program
    .command("health")
    .description(
      "evaluate the alert thresholds (search time, error rate, backlogs, insert failures, coverage); --help for options",
    )
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (_options: unknown, command: Command) => {
      const code = await runHealthCommand(command.args, {
        stdout: (text) => void ctx.io.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
        stderr: (text) => void ctx.io.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
        env: ctx.io.env,
        openSources: openDefaultHealthSources,
      });
      ctx.setExitCode(code);
    });

  const backfill = program.command("backfill").description("data backfills from the runbook");
  backfill
    .command("feed-aliases")
    .description(
      "add the feed_spelling aliases past imports should have created (names seen with a known employer's identifier)",
    )
    .option("--dry-run", "list what would be added, change nothing")
    .option("--json", "the report as one JSON object")
    .action(async (options: { dryRun?: boolean; json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const began = Date.now();
      const report = await backfillFeedAliases(ownerPool, { dryRun: Boolean(options.dryRun) });
      if (options.json) {
        ctx.out(toJson(report));
        return;
      }
      for (const line of formatTable(
        ["employer", "name", "identifier", "batch", "line", report.dryRun ? "would add" : "added"],
        report.items.map((i) => [i.employerId, i.name, i.identifier, i.batchId, i.line, i.added ? "yes" : "no"]),
        "missing aliases: none",
      ))
        ctx.out(line);
      ctx.out(
        `${report.dryRun ? "dry run: would add" : "added"} ${report.dryRun ? report.candidates : report.added} alias(es) ` +
          `to ${report.employers} employer(s) in ${((Date.now() - began) / 1000).toFixed(1)} s`,
      );
    });
}
