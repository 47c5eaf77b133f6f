// npm run lint:migrations: committed and current migrations against the
// runbook's rules for migrations under a serving release
// (server/src/ops/migration-lint.ts), with migrations/lint-allow.json's
// accepted exceptions. Exit 1 on a finding not allowed or a bad allow entry.
// Usage: node scripts/lint-migrations.ts [--migrations <folder>] [--allow <file>] [--verbose]
import { join } from "node:path";
import { parseArgs } from "node:util";
import { applyAllowList, lintMigrationsFolder, lintRules, readAllowList } from "../server/src/ops/migration-lint.ts";
import { migrationsDir } from "../server/src/paths.ts";

const { values } = parseArgs({
  options: {
    migrations: { type: "string", default: migrationsDir },
    allow: { type: "string" },
    verbose: { type: "boolean", default: false },
  },
});
const folder = values.migrations!;
const allowFile = values.allow ?? join(folder, "lint-allow.json");
const findings = await lintMigrationsFolder(folder);
const report = applyAllowList(findings, await readAllowList(allowFile).catch(() => []));

for (const p of report.problems) {
  console.log(`${p.migration}: ${p.rule}: ${p.object}\n    ${p.statement}\n    ${lintRules[p.rule]}`);
}
for (const b of report.badEntries) {
  console.log(`${allowFile}: entry ${JSON.stringify(b.entry)}: ${b.why}`);
}
if (values.verbose)
  for (const a of report.allowed) console.log(`allowed ${a.migration} ${a.rule} ${a.object}: ${a.reason}`);
console.log(
  `migration lint: ${findings.length} finding(s), ${report.allowed.length} allowed, ${report.problems.length} problem(s), ` +
    `${report.badEntries.length} bad allow entr${report.badEntries.length === 1 ? "y" : "ies"}`,
);
process.exit(report.problems.length || report.badEntries.length ? 1 : 0);
