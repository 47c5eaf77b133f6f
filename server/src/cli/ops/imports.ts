// ops imports retract BATCH [--dry-run] [--note TEXT] [--json]: undoes what one
// finished import batch did on its own (app_hidden.retract_import_batch): the
// names it learned are removed and its automatic matches go back to the
// pending queue, in one audited step. A dry run does it all inside the
// database, reports it and rolls it back, so its figures are the real ones.
import type { Command } from "commander";
import { positiveInteger, type OpsContext } from "./context.ts";
import { toJson } from "./output.ts";

interface Retraction {
  id: string | null;
  batch_id: string;
  rows_returned: number;
  aliases_removed: number;
}

export function registerImportCommands(program: Command, ctx: OpsContext): void {
  const imports = program.command("imports").description("import batches");

  imports
    .command("retract")
    .description(
      "undo what one finished batch matched and learned automatically; its rows go back to the pending queue",
    )
    .argument("<batch>", "the import batch id", positiveInteger("batch", Number.MAX_SAFE_INTEGER))
    .option("--dry-run", "report what would be undone, change nothing")
    .option("--note <text>", "why, kept with the retraction")
    .option("--json", "one JSON object instead of a line")
    .action(async (batch: number, options: { dryRun?: boolean; note?: string; json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const { rows } = await ownerPool.query<Retraction>(
        `select (r).id::text, (r).batch_id::text, (r).rows_returned, (r).aliases_removed
         from app_hidden.retract_import_batch($1, $2, $3) r`,
        [batch, options.dryRun === true, options.note ?? null],
      );
      const r = rows[0]!;
      if (options.json) {
        ctx.out(
          toJson({
            batchId: r.batch_id,
            dryRun: options.dryRun === true,
            retractionId: r.id,
            rowsReturned: r.rows_returned,
            aliasesRemoved: r.aliases_removed,
          }),
        );
        return;
      }
      ctx.out(
        `${options.dryRun ? "dry run, nothing changed: would return" : "retracted: returned"} ${r.rows_returned} row(s) of batch #${r.batch_id} to the pending queue and ` +
          `${options.dryRun ? "remove" : "removed"} ${r.aliases_removed} learned name(s)` +
          (r.id ? ` (retraction #${r.id})` : ""),
      );
    });
}
