// The facts docs/RUNBOOK.md restates, generated from their sources so they
// cannot drift: the committed migrations (migrations/committed/), the object
// counts (migrations/manifest.json), the CSV exports
// (server/src/exports/export-definitions.ts) and the GraphQL root fields
// (data/schema.graphql). Each sits between markers
//   <!-- BEGIN GENERATED: name (npm run docs:runbook) -->
//   <!-- END GENERATED: name -->
// that `npm run docs:runbook` rewrites; test/docs/runbook-generated.test.ts
// fails when a section is stale or was edited by hand.
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { readCommittedMigrations } from "../db/migration-files.ts";
import { exportDefinitions } from "../exports/export-definitions.ts";
import { manifestFile, migrationsDir, schemaFile } from "../paths.ts";

export const sectionNames = [
  "migration-order",
  "migration-files",
  "object-counts",
  "exports",
  "graphql-operations",
] as const;
export type SectionName = (typeof sectionNames)[number];

const begin = (name: string) => `<!-- BEGIN GENERATED: ${name} (npm run docs:runbook) -->`;
const end = (name: string) => `<!-- END GENERATED: ${name} -->`;

const cell = (text: string) => text.replace(/\|/g, "\\|");

async function migrationSections(): Promise<Pick<Record<SectionName, string>, "migration-order" | "migration-files">> {
  const files = await readCommittedMigrations(migrationsDir);
  const order = ["| # | file | message | previous release may run on it |", "|---|---|---|---|"];
  const appendix = ["| file | size | sections (`--! split:`) |", "|---|---|---|"];
  for (const [i, f] of files.entries()) {
    const compatible = f.compatible ? `yes: ${f.compatible}` : "no (breaking)";
    order.push(`| ${i + 1} | \`${f.file}\` | ${cell(f.headers.Message ?? "")} | ${cell(compatible)} |`);
    const kb = Math.round((await stat(join(migrationsDir, "committed", f.file))).size / 1024);
    const splits = [...f.body.matchAll(/^--! split: (\S+)\.sql$/gm)].map((m) => m[1]);
    appendix.push(`| \`${f.file}\` | ${kb} KB | ${splits.join(", ") || "(one file)"} |`);
  }
  return { "migration-order": order.join("\n"), "migration-files": appendix.join("\n") };
}

async function objectCounts(): Promise<string> {
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as Record<string, unknown[] | object>;
  const count = (key: string) => {
    const value = manifest[key];
    return Array.isArray(value) ? value.length : Object.keys(value ?? {}).length;
  };
  return (
    `migrations/manifest.json holds ${count("tables")} tables, ${count("views")} views, ${count("functions")} functions, ` +
    `${count("indexes")} indexes and ${count("triggers")} triggers, and the grants of ${count("grants")} roles.`
  );
}

function exportsTable(): string {
  return [
    "| export (`GET /exports/<name>.csv`) | what it holds |",
    "|---|---|",
    ...exportDefinitions.map((e) => `| \`${e.name}\` | ${cell(e.description)} |`),
  ].join("\n");
}

/** The field names of a root type in the exported schema. */
function rootFields(schema: string, type: string): string[] {
  const start = schema.search(new RegExp(`^type ${type}\\b.*\\{$`, "m"));
  if (start < 0) return [];
  const fields: string[] = [];
  let inDescription = false;
  let depth = 0;
  for (const line of schema.slice(start, schema.indexOf("\n}", start)).split("\n").slice(1)) {
    const quotes = line.split('"""').length - 1;
    if (inDescription || quotes > 0) {
      if (quotes % 2 === 1) inDescription = !inDescription;
      continue;
    }
    // A field's name at the type's top level; its arguments may span lines in ( … ).
    const match = depth === 0 ? /^ {2}([a-zA-Z_][a-zA-Z0-9_]*)[(:]/.exec(line) : null;
    if (match) fields.push(match[1]!);
    depth += (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
  }
  return fields.filter((n) => n !== "query");
}

async function graphqlOperations(): Promise<string> {
  const schema = await readFile(schemaFile, "utf8");
  const queries = rootFields(schema, "Query").filter((n) => n !== "node" && n !== "nodeId");
  const mutations = rootFields(schema, "Mutation");
  return [
    `Queries (${queries.length}): ${queries.map((n) => `\`${n}\``).join(", ")}.`,
    "",
    `Mutations (${mutations.length}): ${mutations.map((n) => `\`${n}\``).join(", ")}.`,
  ].join("\n");
}

export async function generatedSections(): Promise<Record<SectionName, string>> {
  return {
    ...(await migrationSections()),
    "object-counts": await objectCounts(),
    exports: exportsTable(),
    "graphql-operations": await graphqlOperations(),
  };
}

export interface SectionProblem {
  section: string;
  problem: "missing" | "stale";
}

/** The runbook with every generated section rewritten from its source. Throws when a marker is missing. */
export function renderRunbook(markdown: string, sections: Record<SectionName, string>): string {
  let out = markdown;
  for (const name of sectionNames) {
    const from = out.indexOf(begin(name));
    const to = out.indexOf(end(name));
    if (from < 0 || to < from) throw new Error(`docs/RUNBOOK.md has no generated section "${name}" (markers missing)`);
    out = out.slice(0, from) + `${begin(name)}\n${sections[name]}\n` + out.slice(to);
  }
  return out;
}

/** Which generated sections differ from what their sources make (edited by hand, or stale). */
export function checkRunbook(markdown: string, sections: Record<SectionName, string>): SectionProblem[] {
  const problems: SectionProblem[] = [];
  for (const name of sectionNames) {
    const from = markdown.indexOf(begin(name));
    const to = markdown.indexOf(end(name));
    if (from < 0 || to < from) {
      problems.push({ section: name, problem: "missing" });
      continue;
    }
    const text = markdown.slice(from + begin(name).length, to);
    if (text !== `\n${sections[name]}\n`) problems.push({ section: name, problem: "stale" });
  }
  return problems;
}

/** Every backticked camelCase name in a markdown fragment (the persona table's operations). */
export function operationNamesIn(fragment: string): string[] {
  return [...fragment.matchAll(/`([a-z][a-zA-Z0-9]*)`/g)].map((m) => m[1]!);
}

export { rootFields };
