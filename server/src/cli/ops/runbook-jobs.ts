// ops health (the runbook's alert thresholds, ./health.ts) and ops backfill
// feed-aliases (the runbook's "missing aliases for external IDs",
// server/src/imports/backfill-feed-aliases.ts).
import type { Command } from "commander";
import { registerHealthCommand } from "./health.ts";
import { createWriteStream } from "node:fs";
import { backfillFeedAliases, revertFeedAliasBackfill } from "../../imports/backfill-feed-aliases.ts";
import { positiveInteger, type OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";

export function registerRunbookJobCommands(program: Command, ctx: OpsContext): void {
  registerHealthCommand(program, ctx);

  const backfill = program.command("backfill").description("data backfills from the runbook");
  backfill
    .command("feed-aliases")
    .description(
      "add the feed_spelling aliases past imports should have created (names seen with a known employer's identifier), in batches; resumable and revertible by run id",
    )
    .option("--dry-run", "list what would be added, change nothing")
    .option("--batch-size <rows>", "import rows per transaction", positiveInteger("--batch-size"), 1000)
    .option("--resume <run-id>", "continue a stopped run from where it left off")
    .option("--rows-file <file>", "write every name found (added or not) to this file, one JSON object a line")
    .option("--json", "the report as one JSON object (no progress lines)")
    .action(
      async (options: { dryRun?: boolean; batchSize: number; resume?: string; rowsFile?: string; json?: boolean }) => {
        const { ownerPool } = await ctx.database();
        const began = Date.now();
        const rowsFile = options.rowsFile ? createWriteStream(options.rowsFile) : null;
        try {
          const report = await backfillFeedAliases(ownerPool, {
            dryRun: Boolean(options.dryRun),
            batchSize: options.batchSize,
            resume: options.resume ?? null,
            onBatch: async (p) => {
              for (const item of p.items) rowsFile?.write(JSON.stringify(item) + "\n");
              if (!options.json) {
                ctx.err(
                  `batch ${p.batch}: ${p.rowsDone} of ${p.rowsTotal} import rows, ` +
                    `${options.dryRun ? `${p.candidates} to add` : `${p.added} added`} so far`,
                );
              }
            },
          });
          if (options.json) {
            ctx.out(toJson(report));
            return;
          }
          if (!rowsFile) {
            for (const line of formatTable(
              ["employer", "name", "identifier", "batch", "line", report.dryRun ? "would add" : "added"],
              report.items.map((i) => [i.employerId, i.name, i.identifier, i.batchId, i.line, i.added ? "yes" : "no"]),
              "missing aliases: none",
            ))
              ctx.out(line);
          } else ctx.out(`${report.items.length} name(s) written to ${options.rowsFile}`);
          ctx.out(
            `${report.dryRun ? "dry run: would add" : "added"} ${report.dryRun ? report.candidates : report.added} alias(es) ` +
              `to ${report.employers} employer(s) in ${((Date.now() - began) / 1000).toFixed(1)} s`,
          );
          if (report.runId) {
            ctx.out(
              `run ${report.runId}: ${report.batches} batch(es), ${report.rowsScanned} import rows; ` +
                `undo with: npm run ops -- backfill revert ${report.runId}`,
            );
          }
        } finally {
          if (rowsFile) await new Promise((resolve) => rowsFile.end(resolve));
        }
      },
    );
  backfill
    .command("revert")
    .description("retire every alias a feed-aliases run added (they stay findable as former names)")
    .argument("<run-id>", "the run id feed-aliases printed")
    .action(async (runId: string) => {
      const { ownerPool } = await ctx.database();
      const retired = await revertFeedAliasBackfill(ownerPool, runId);
      ctx.out(`run ${runId}: retired ${retired} alias(es)`);
    });
}
