// The migration linter: committed and current migrations against the runbook's
// rules for migrations that run while the previous release still serves
// (docs/RUNBOOK.md, "Additive migrations"). It reads the SQL itself, without a
// database: statements outside function bodies and string literals, matched
// by rule. An object the same migration creates is its own to drop, rename,
// index or constrain: the previous release cannot be reading it yet.
//
// Findings a migration may keep are listed in migrations/lint-allow.json, each
// with the migration, the rule, the object and a reason; an entry without a
// reason, or that matches nothing, is itself a finding.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseMigration } from "../db/migration-files.ts";

export const lintRules = {
  "drop-object":
    "drops a table, view, column, type, schema or function the previous release may read (drop it a release later, once no release reads it)",
  rename: "renames what the previous release reads (add the new name, copy, drop the old one a release later)",
  "index-concurrently":
    "builds or drops an index on an existing table inside a transaction, blocking its writes (create/drop index concurrently, in a migration of its own headed `--! no-transaction`)",
  "concurrently-in-transaction":
    "uses `concurrently` in a migration that runs in a transaction, which PostgreSQL refuses (head it `--! no-transaction`)",
  "constraint-not-valid":
    "adds a foreign key or check constraint to an existing table without `not valid`, scanning the table under lock (add it `not valid`, validate it in a later migration)",
  "validate-same-migration":
    "validates a constraint in the migration that added it `not valid`, which is the same long lock (validate it in a later migration)",
  "rewrite-column":
    "changes an existing column's type or sets it not null, rewriting or scanning the table under lock (add a new column, or a `check (… is not null) not valid` constraint validated later)",
} as const;

export type LintRule = keyof typeof lintRules;

export interface LintFinding {
  /** "000006" for committed migrations, "current/5-release.sql" for work in progress. */
  migration: string;
  rule: LintRule;
  object: string;
  statement: string;
}

export interface AllowEntry {
  migration: string;
  rule: string;
  object: string;
  reason: string;
}

/** The SQL with comments, string literals and dollar-quoted bodies blanked out, lower case. */
export function stripSql(sql: string): string {
  let out = "";
  let i = 0;
  while (i < sql.length) {
    const rest = sql.slice(i);
    if (rest.startsWith("--")) {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end;
      continue;
    }
    if (rest.startsWith("/*")) {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
      out += " ";
      continue;
    }
    const dollar = /^\$([a-zA-Z_][a-zA-Z0-9_]*)?\$/.exec(rest);
    if (dollar) {
      const end = sql.indexOf(dollar[0], i + dollar[0].length);
      i = end < 0 ? sql.length : end + dollar[0].length;
      out += " $body$ ";
      continue;
    }
    if (sql[i] === "'") {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === "'" && sql[j + 1] !== "'")) j += sql[j] === "'" ? 2 : 1;
      i = j + 1;
      out += " '' ";
      continue;
    }
    out += sql[i];
    i++;
  }
  return out.toLowerCase().replace(/"/g, "");
}

/** Statements, whitespace collapsed. */
export function statements(sql: string): string[] {
  return stripSql(sql)
    .split(";")
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const NAME = String.raw`([a-z_][a-z0-9_$]*(?:\.[a-z_][a-z0-9_$]*)?)`;
const bare = (name: string) => name.replace(/\(.*$/, "").trim();

/** The names (as written) of the tables, views, types, functions, schemas and indexes a migration creates. */
function createdNames(stmts: string[]): Set<string> {
  const created = new Set<string>();
  const re = new RegExp(
    String.raw`^create (?:or replace )?(?:unlogged |temporary |temp )?(?:table|view|materialized view|type|function|procedure|schema|sequence|domain|(?:unique )?index(?: concurrently)?)(?: if not exists)? ${NAME}`,
    // Case-insensitive: included fixture files carry PostgreSQL's own upper-case `CREATE OR REPLACE FUNCTION`.
    "i",
  );
  for (const s of stmts) {
    const m = re.exec(s);
    if (m) created.add(m[1]!);
  }
  return created;
}

/** Lints one migration's SQL. noTransaction: it runs outside a transaction (`--! no-transaction`). */
export function lintMigration(migration: string, sql: string, noTransaction: boolean): LintFinding[] {
  const stmts = statements(sql);
  const created = createdNames(stmts);
  const isNew = (name: string) => created.has(bare(name));
  const findings: LintFinding[] = [];
  const add = (rule: LintRule, object: string, statement: string) =>
    findings.push({ migration, rule, object: bare(object), statement: statement.slice(0, 160) });
  const notValidAdded = new Set<string>();
  const addedColumns = new Set<string>();
  for (const s of stmts) {
    const table = /^alter table (?:if exists )?(?:only )?([a-z_][a-z0-9_$]*(?:\.[a-z_][a-z0-9_$]*)?)/.exec(s)?.[1];
    if (!table) continue;
    for (const col of s.matchAll(/\badd column (?:if not exists )?([a-z0-9_]+)/g))
      addedColumns.add(`${table}.${col[1]}`);
  }

  for (const s of stmts) {
    let m: RegExpExecArray | null;
    if (/\bconcurrently\b/.test(s) && /^(create|drop|reindex|refresh)\b/.test(s) && !noTransaction) {
      add("concurrently-in-transaction", s.split(" ").slice(0, 4).join(" "), s);
    }
    if (
      (m =
        /^drop (table|view|materialized view|type|schema|function|procedure|domain) (?:if exists )?(.+?)(?: cascade| restrict)?$/.exec(
          s,
        ))
    ) {
      for (const name of m[2]!.split(/,(?![^(]*\))/).map((n) => n.trim())) {
        if (name.startsWith("pg_temp.") || isNew(name)) continue;
        add("drop-object", name, s);
      }
      continue;
    }
    if ((m = /^drop index (concurrently )?(?:if exists )?(.+?)(?: cascade| restrict)?$/.exec(s))) {
      if (!m[1]) for (const name of m[2]!.split(",").map((n) => n.trim())) add("index-concurrently", name, s);
      continue;
    }
    if (
      (m = new RegExp(
        String.raw`^create (?:unique )?index (concurrently )?(?:if not exists )?(?:${NAME} )?on (?:only )?${NAME}`,
      ).exec(s))
    ) {
      const table = m[3]!;
      if (!m[1] && !isNew(table) && !table.startsWith("pg_temp.")) add("index-concurrently", m[2] ?? table, s);
      continue;
    }
    if (
      (m = new RegExp(
        String.raw`^alter (table|view|materialized view|type|function|procedure|schema|index) (?:if exists )?(?:only )?${NAME}`,
      ).exec(s))
    ) {
      const object = m[2]!;
      if (isNew(object)) {
        if ((m = /add constraint ([a-z0-9_]+) .*\bnot valid\b/.exec(s))) notValidAdded.add(m[1]!);
        continue;
      }
      if ((m = /\brename (?:column )?([a-z0-9_]+ )?to ([a-z0-9_]+)/.exec(s))) {
        add("rename", m[1] ? `${object}.${m[1].trim()}` : object, s);
      }
      for (const col of s.matchAll(/\bdrop column (?:if exists )?([a-z0-9_]+)/g)) {
        // A re-runnable migration drops, at its top, a column it adds again below: the previous release never had it.
        if (addedColumns.has(`${bare(object)}.${col[1]}`)) continue;
        add("drop-object", `${object}.${col[1]}`, s);
      }
      for (const c of s.matchAll(
        // The clause runs to the next `, add|drop|alter|validate …` (a check's `in (a, b)` has commas of its own).
        /\badd constraint ([a-z0-9_]+) (foreign key|check|references)(?:(?!,\s*(?:add|drop|alter|validate)\b).)*/g,
      )) {
        if (/\bnot valid\b/.test(c[0])) notValidAdded.add(c[1]!);
        else add("constraint-not-valid", `${object}.${c[1]}`, s);
      }
      for (const c of s.matchAll(/\bvalidate constraint ([a-z0-9_]+)/g)) {
        if (notValidAdded.has(c[1]!)) add("validate-same-migration", `${object}.${c[1]}`, s);
      }
      for (const c of s.matchAll(/\balter (?:column )?([a-z0-9_]+) (?:set data )?type\b/g))
        add("rewrite-column", `${object}.${c[1]}`, s);
      for (const c of s.matchAll(/\balter (?:column )?([a-z0-9_]+) set not null\b/g))
        add("rewrite-column", `${object}.${c[1]}`, s);
    }
  }
  return findings;
}

/** A current/ file with each `--!include <path>` line replaced by that file of migrations/fixtures/ (as graphile-migrate does). */
async function withIncludes(text: string, fixturesDir: string, depth = 0): Promise<string> {
  const includes = [...text.matchAll(/^--![ \t]*include[ \t]+(.*\.sql)[ \t]*$/gm)];
  if (includes.length === 0 || depth > 10) return text;
  let result = text;
  for (const [line, path] of includes) {
    const included = await readFile(join(fixturesDir, path!), "utf8").catch(() => "");
    const expanded = await withIncludes(included, fixturesDir, depth + 1);
    // A function replacer: a string one would read `$$` and `$'` in function bodies as patterns.
    result = result.replace(line, () => expanded);
  }
  return result;
}

/** Every committed migration, and migrations/current/ as one (graphile-migrate commits it as one). */
export async function lintMigrationsFolder(migrationsFolder: string): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  const committedDir = join(migrationsFolder, "committed");
  for (const file of (await readdir(committedDir).catch(() => [] as string[]))
    .filter((f) => /^\d{6}.*\.sql$/.test(f))
    .sort()) {
    const { body } = parseMigration(await readFile(join(committedDir, file), "utf8"));
    findings.push(...lintMigration(file.slice(0, 6), body, /^--! no-transaction\b/.test(body)));
  }
  const currentDir = join(migrationsFolder, "current");
  const currentFiles = (await readdir(currentDir).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".sql"))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  if (currentFiles.length > 0) {
    // Files in current/ are one migration: an object one file creates is new to the next.
    // Linted as graphile-migrate will run them: with their `--!include`d fixture files in place.
    const texts = await Promise.all(
      currentFiles.map(async (f) =>
        withIncludes(await readFile(join(currentDir, f), "utf8"), join(migrationsFolder, "fixtures")),
      ),
    );
    const all = lintMigration("current", texts.join(";\n"), false);
    for (const finding of all) {
      const index = texts.findIndex((t) => statements(t).some((s) => s.slice(0, 160) === finding.statement));
      findings.push({ ...finding, migration: `current/${currentFiles[Math.max(index, 0)]}` });
    }
  }
  return findings;
}

export interface LintReport {
  /** Findings not on the allow-list. */
  problems: LintFinding[];
  /** Findings the allow-list accepts, with its reason. */
  allowed: Array<LintFinding & { reason: string }>;
  /** Allow-list entries that are malformed, lack a reason, or match nothing. */
  badEntries: Array<{ entry: AllowEntry; why: string }>;
}

export function applyAllowList(findings: LintFinding[], allow: AllowEntry[]): LintReport {
  const used = new Set<AllowEntry>();
  const report: LintReport = { problems: [], allowed: [], badEntries: [] };
  const valid = allow.filter((entry) => {
    const ok = typeof entry.reason === "string" && entry.reason.trim().length >= 20;
    if (!ok) report.badEntries.push({ entry, why: "needs a reason (a sentence saying why it is safe)" });
    else if (!(entry.rule in lintRules)) report.badEntries.push({ entry, why: `no such rule: ${entry.rule}` });
    return ok && entry.rule in lintRules;
  });
  for (const finding of findings) {
    const entry = valid.find(
      (e) => e.migration === finding.migration && e.rule === finding.rule && e.object === finding.object,
    );
    if (entry) {
      used.add(entry);
      report.allowed.push({ ...finding, reason: entry.reason });
    } else report.problems.push(finding);
  }
  for (const entry of valid)
    if (!used.has(entry)) report.badEntries.push({ entry, why: "matches no finding (remove it)" });
  return report;
}

export async function readAllowList(file: string): Promise<AllowEntry[]> {
  const parsed = JSON.parse(await readFile(file, "utf8")) as { allow?: AllowEntry[] };
  return parsed.allow ?? [];
}
