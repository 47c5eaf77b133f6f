// npm run docs:runbook: rewrites the generated sections of docs/RUNBOOK.md
// from their sources (server/src/docs/runbook-generated.ts). --check only
// reports sections that differ, exit 1.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { checkRunbook, generatedSections, renderRunbook } from "../server/src/docs/runbook-generated.ts";
import { repoRoot } from "../server/src/paths.ts";

const file = join(repoRoot, "docs", "RUNBOOK.md");
const markdown = await readFile(file, "utf8");
const sections = await generatedSections();
if (process.argv.includes("--check")) {
  const problems = checkRunbook(markdown, sections);
  for (const p of problems) console.log(`docs/RUNBOOK.md: generated section ${p.section} is ${p.problem}`);
  process.exit(problems.length ? 1 : 0);
}
const rendered = renderRunbook(markdown, sections);
if (rendered !== markdown) await writeFile(file, rendered);
console.log(rendered !== markdown ? `rewrote the generated sections of ${file}` : `${file} is up to date`);
