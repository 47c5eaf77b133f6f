// ops renormalize [--dry-run] [--batch-size N] [--json]: brings the stored
// compare forms to the legal-form dictionary in data/reference/
// (server/src/ops/renormalize.ts does the work). The dry run lists the forms
// that would change and the collisions; the real run applies them in batches,
// bumping the normaliser version, and records one audit event.
import type { Command } from "commander";
import { renormalize, type RenormalizeChange, type RenormalizeCollision } from "../../ops/renormalize.ts";
import { positiveInteger, type OpsContext } from "./context.ts";
import { formatTable, toJson } from "./output.ts";

function collisionLine(c: RenormalizeCollision): string[] {
  const what = c.table === "aliases" ? `alias ${c.id}` : `employer ${c.id}`;
  const other = c.with.table === "aliases" ? `alias ${c.with.id}` : `employer ${c.with.id}`;
  return [
    c.kind === "same_employer" ? "same employer: alias skipped" : "other employer: possible duplicate",
    `${what} "${c.name}"`,
    `${other} "${c.with.name}" (employer ${c.with.employerId})`,
    c.newCompareForm,
  ];
}

export function registerRenormalizeCommand(program: Command, ctx: OpsContext): void {
  program
    .command("renormalize")
    .description("bring stored compare forms to the legal-form dictionary in data/reference/ (see --dry-run)")
    .option("--dry-run", "list the compare forms that would change and the collisions; change nothing")
    .option("--batch-size <n>", "names per transaction", positiveInteger("--batch-size", 100_000), 5000)
    .option("--json", "one JSON object (the dry run's changes included) instead of lines")
    .action(async (options: { dryRun?: boolean; batchSize: number; json?: boolean }) => {
      const { ownerPool } = await ctx.database();
      const changes: RenormalizeChange[] = [];
      let listed = 0;
      const dryRun = Boolean(options.dryRun);
      const table = !options.json && dryRun;
      if (table) ctx.out("changes (old compare form -> new):");
      const result = await renormalize(ownerPool, {
        dryRun,
        batchSize: options.batchSize,
        // People get the progress lines (batches) as they happen; the dry run's
        // list comes through onChange instead, as a table.
        log: (line) => {
          if (options.json) return;
          if (line.startsWith("would change") || line.startsWith("collision:")) return;
          if (dryRun) return;
          ctx.out(line);
        },
        onChange: (change) => {
          listed++;
          if (options.json) changes.push(change);
          else
            ctx.out(
              `  ${change.table === "aliases" ? `alias ${change.id} of employer ${change.employerId}` : `employer ${change.id}`} "${change.name}": ${change.oldCompareForm} -> ${change.newCompareForm}`,
            );
        },
      });
      if (table && listed === 0) ctx.out("  (none)");
      if (options.json) {
        ctx.out(toJson({ dryRun, ...result, ...(dryRun ? { changes } : {}) }));
        return;
      }
      if (result.collisions.length > 0) {
        ctx.out("collisions:");
        for (const line of formatTable(
          ["kind", "name", "would equal", "compare form"],
          result.collisions.map(collisionLine),
          "collisions: none",
        ))
          ctx.out("  " + line);
      }
      ctx.out("summary:");
      for (const line of formatTable(
        ["", dryRun ? "would be" : "done"],
        [
          [
            "normaliser version",
            result.version === result.previousVersion
              ? `${result.version} (unchanged)`
              : `${result.previousVersion} -> ${result.version}`,
          ],
          ["names changed", result.changed],
          ["names only stamped with the version", result.unchanged],
          ["collisions", result.collisions.length],
        ],
        "summary: none",
      ))
        ctx.out("  " + line);
      if (dryRun) ctx.out("dry run: nothing was changed");
    });
}
