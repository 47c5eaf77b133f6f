// docs/RUNBOOK.md's generated sections (migration list and files, object
// counts, CSV exports, GraphQL root fields) equal what their sources make:
// the test fails when one is edited by hand or its source changed without
// `npm run docs:runbook`. The hand-written persona table may only name
// GraphQL fields that exist.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkRunbook,
  generatedSections,
  operationNamesIn,
  renderRunbook,
  rootFields,
  sectionNames,
} from "../../server/src/docs/runbook-generated.ts";
import { repoRoot, schemaFile } from "../../server/src/paths.ts";

const runbook = readFileSync(join(repoRoot, "docs", "RUNBOOK.md"), "utf8");

it("has every generated section, each as npm run docs:runbook writes it", async () => {
  const sections = await generatedSections();
  expect(checkRunbook(runbook, sections)).toEqual([]);
  expect(renderRunbook(runbook, sections)).toBe(runbook);
});

it("lists every committed migration and the manifest's counts", async () => {
  const sections = await generatedSections();
  expect(sections["migration-order"]).toContain(
    "`000006-conflicts-count-pairs-only-within-names-held-by-at-most-20-e.sql`",
  );
  expect(sections["migration-order"].split("\n").length - 2).toBe(sections["migration-files"].split("\n").length - 2);
  const manifest = JSON.parse(readFileSync(join(repoRoot, "migrations", "manifest.json"), "utf8"));
  expect(sections["object-counts"]).toContain(
    `${Object.keys(manifest.tables).length} tables, ${Object.keys(manifest.views).length} views`,
  );
});

it.each([
  ["object-counts", (s: string) => s.replace(/holds (\d+) tables/, (_m, n) => `holds ${Number(n) + 1} tables`)],
  ["migration-order", (s: string) => s.replace("| 6 | `000006", "| 6 | `000006-renamed")],
  ["exports", (s: string) => s.replace("| `aliases` |", "| `aliases-all` |")],
  ["graphql-operations", (s: string) => s.replace("`addAlias`, ", "")],
])("fails when the %s section is edited by hand", async (section, edit) => {
  const sections = await generatedSections();
  const from = runbook.indexOf(`<!-- BEGIN GENERATED: ${section} `);
  const edited = runbook.slice(0, from) + edit(runbook.slice(from));
  expect(edited).not.toBe(runbook);
  expect(checkRunbook(edited, sections)).toEqual([{ section, problem: "stale" }]);
});

it("fails when a source changed and the runbook was not regenerated, or a marker is gone", async () => {
  const sections = await generatedSections();
  const newer = { ...sections, exports: sections.exports + "\n| `new-export` | a new one |" };
  expect(checkRunbook(runbook, newer)).toEqual([{ section: "exports", problem: "stale" }]);
  const unmarked = runbook.replace("<!-- END GENERATED: exports -->", "");
  expect(checkRunbook(unmarked, sections)).toContainEqual({ section: "exports", problem: "missing" });
  expect(sectionNames).toHaveLength(5);
});

it("names only GraphQL fields that exist in the persona table of Appendix C", () => {
  const schema = readFileSync(schemaFile, "utf8");
  const fields = new Set([...rootFields(schema, "Query"), ...rootFields(schema, "Mutation")]);
  const table = runbook.slice(
    runbook.indexOf("| persona | operations |"),
    runbook.indexOf("| HTTP endpoint | who | what |"),
  );
  const named = operationNamesIn(table);
  expect(named.length).toBeGreaterThan(30);
  expect(named.filter((name) => !fields.has(name))).toEqual([]);
});
