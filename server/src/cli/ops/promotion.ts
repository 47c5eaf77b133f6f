// ops promotion rebuild [--batch-size N] [--json]: recomputes the stored
// promotion queue (app_hidden.promotion_queue_items) for every active
// employer, one transaction per batch, printing each batch and the timing.
// Resumable: interrupted, it leaves the rest marked dirty, and the next run
// or the worker's promotion_queue__refresh job finishes it.
// ops promotion refresh: recomputes only the employers marked dirty now.
import type { Command } from "commander";
import { rebuildPromotionQueue, refreshDirtyEmployers, type RefreshPass } from "../../promotion/queue-store.ts";
import { positiveInteger, type OpsContext } from "./context.ts";
import { toJson } from "./output.ts";

const fmt = (n: number) => n.toLocaleString("en-AU");

export function registerPromotionCommands(program: Command, ctx: OpsContext): void {
  const promotion = program.command("promotion").description("the stored canonical promotion queue");

  const progress = (json: boolean | undefined) => (pass: RefreshPass) => {
    if (json || pass.employers === 0) return;
    ctx.out(
      `  batch: ${fmt(pass.employers)} employer(s), ${fmt(pass.items)} item(s) in ${Math.round(pass.ms)} ms` +
        ` (${(pass.ms / Math.max(1, pass.employers)).toFixed(2)} ms per employer); ${fmt(pass.remaining)} left`,
    );
  };

  promotion
    .command("rebuild")
    .description("recompute the stored promotion queue of every active employer (resumable, timed)")
    .option("--batch-size <n>", "employers per transaction", positiveInteger("--batch-size", 100_000), 2000)
    .option("--json", "one JSON object instead of lines")
    .action(async (options: { batchSize: number; json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      if (!options.json) ctx.out("rebuilding the promotion queue:");
      const summary = await rebuildPromotionQueue(ownerPool, {
        batchSize: options.batchSize,
        onPass: progress(options.json),
      });
      const { rows } = await ownerPool.query<{ n: string }>(
        "select count(*)::text as n from app_hidden.promotion_queue_items",
      );
      const items = Number(rows[0]!.n);
      if (options.json) {
        ctx.out(toJson({ ...summary, storedItems: items }));
        return;
      }
      ctx.out(
        `rebuilt: ${fmt(summary.employers)} of ${fmt(summary.marked)} employer(s) in ${(summary.ms / 1000).toFixed(1)} s ` +
          `(${(summary.ms / Math.max(1, summary.employers)).toFixed(2)} ms per employer, ${summary.passes} batch(es)); ` +
          `${fmt(items)} stored item(s); ${fmt(summary.remaining)} still dirty`,
      );
    });

  promotion
    .command("refresh")
    .description("recompute the employers marked dirty now (what the worker's promotion_queue__refresh does)")
    .option("--batch-size <n>", "employers per transaction", positiveInteger("--batch-size", 100_000), 2000)
    .option("--json", "one JSON object instead of lines")
    .action(async (options: { batchSize: number; json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const summary = await refreshDirtyEmployers(ownerPool, {
        batchSize: options.batchSize,
        onPass: progress(options.json),
      });
      if (options.json) ctx.out(toJson(summary));
      else
        ctx.out(
          `refreshed ${fmt(summary.employers)} employer(s) in ${(summary.ms / 1000).toFixed(1)} s; ${fmt(summary.remaining)} still dirty`,
        );
    });
}
