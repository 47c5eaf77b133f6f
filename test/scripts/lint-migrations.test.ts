// The migration linter: each rule fails on a deliberately bad migration and
// passes its safe form; the committed migrations flag 000006 when the
// allow-list is empty and pass with the committed one; the command exits 1.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  applyAllowList,
  lintMigration,
  lintMigrationsFolder,
  readAllowList,
  type LintRule,
} from "../../server/src/ops/migration-lint.ts";
import { migrationsDir, repoRoot } from "../../server/src/paths.ts";

const rulesOf = (sql: string, noTransaction = false) =>
  lintMigration("000099", sql, noTransaction).map((f) => [f.rule, f.object]);

const cases: Array<{ rule: LintRule; bad: string; object: string; good: string; goodNoTransaction?: boolean }> = [
  {
    rule: "drop-object",
    bad: "drop table if exists app_public.aliases cascade;",
    object: "app_public.aliases",
    good: "drop table if exists app_public.notes; create table app_public.notes (id int);",
  },
  {
    rule: "drop-object",
    bad: "alter table app_public.employers drop column if exists name;",
    object: "app_public.employers.name",
    good: "alter table app_public.employers add column nickname text;",
  },
  {
    rule: "rename",
    bad: "alter table app_public.employers rename column name to display_name;",
    object: "app_public.employers.name",
    good: "create table app_public.t (a int); alter table app_public.t rename column a to b;",
  },
  {
    rule: "index-concurrently",
    bad: "create index if not exists aliases_name_idx on app_public.aliases (name);",
    object: "aliases_name_idx",
    good: "--! no-transaction\ncreate index concurrently if not exists aliases_name_idx on app_public.aliases (name);",
    goodNoTransaction: true,
  },
  {
    rule: "concurrently-in-transaction",
    bad: "create index concurrently aliases_name_idx on app_public.aliases (name);",
    object: "create index concurrently aliases_name_idx",
    good: "create index concurrently aliases_name_idx on app_public.aliases (name);",
    goodNoTransaction: true,
  },
  {
    rule: "constraint-not-valid",
    bad: "alter table app_public.aliases add constraint aliases_name_len check (length(name) < 500);",
    object: "app_public.aliases.aliases_name_len",
    good: "alter table app_public.aliases add constraint aliases_name_len check (length(name) < 500) not valid;",
  },
  {
    rule: "validate-same-migration",
    bad:
      "alter table app_public.aliases add constraint aliases_name_len check (length(name) < 500) not valid;\n" +
      "alter table app_public.aliases validate constraint aliases_name_len;",
    object: "app_public.aliases.aliases_name_len",
    good: "alter table app_public.aliases validate constraint aliases_name_len;",
  },
  {
    rule: "rewrite-column",
    bad: "alter table app_public.aliases alter column name type varchar(200);",
    object: "app_public.aliases.name",
    good: "alter table app_public.aliases add column name_short varchar(200);",
  },
  {
    rule: "rewrite-column",
    bad: "alter table app_public.aliases alter column note set not null;",
    object: "app_public.aliases.note",
    good: "alter table app_public.aliases add constraint aliases_note_present check (note is not null) not valid;",
  },
];

describe.each(cases)("rule $rule", ({ rule, bad, object, good, goodNoTransaction }) => {
  it(`flags: ${bad.split("\n")[0]}`, () => {
    expect(rulesOf(bad)).toContainEqual([rule, object]);
  });
  it(`passes: ${good.split("\n").at(-1)}`, () => {
    expect(rulesOf(good, goodNoTransaction)).toEqual([]);
  });
});

it("ignores statements inside function bodies, strings and comments", () => {
  const sql = `
    -- drop table app_public.aliases;
    create or replace function app_hidden.f() returns void language plpgsql as $$
    begin
      drop table app_public.aliases;
    end $$;
    comment on table app_public.employers is 'drop table app_public.employers; it''s fine';`;
  expect(rulesOf(sql)).toEqual([]);
});

it("flags 000006's indexes built in its transaction when the allow-list is empty", async () => {
  const report = applyAllowList(await lintMigrationsFolder(migrationsDir), []);
  expect(report.problems.filter((p) => p.migration === "000006").map((p) => p.rule)).toEqual(
    expect.arrayContaining(["index-concurrently"]),
  );
  expect(report.problems.some((p) => p.migration === "000006" && p.object === "aliases_added_at_id_idx")).toBe(true);
});

it("passes the committed and current migrations with the committed allow-list, every entry used and reasoned", async () => {
  const allow = await readAllowList(join(migrationsDir, "lint-allow.json"));
  const report = applyAllowList(await lintMigrationsFolder(migrationsDir), allow);
  expect(report.problems).toEqual([]);
  expect(report.badEntries).toEqual([]);
  expect(report.allowed.some((a) => a.migration === "000006")).toBe(true);
});

it("refuses an allow entry without a reason, and one that matches nothing", () => {
  const finding = lintMigration("000099", "drop table app_public.aliases;", false);
  const report = applyAllowList(finding, [
    { migration: "000099", rule: "drop-object", object: "app_public.aliases", reason: "" },
    { migration: "000042", rule: "rename", object: "x", reason: "a reason long enough to count as one" },
  ]);
  expect(report.problems).toHaveLength(1);
  expect(report.badEntries.map((b) => b.why)).toEqual([
    "needs a reason (a sentence saying why it is safe)",
    "matches no finding (remove it)",
  ]);
});

it("npm run lint:migrations exits 1 on a bad migration in current/, naming the file and rule", async () => {
  const folder = await mkdtemp(join(tmpdir(), "ear-lint-"));
  try {
    await mkdir(join(folder, "current"), { recursive: true });
    await writeFile(join(folder, "current", "1-bad.sql"), "alter table app_public.employers rename to firms;\n");
    await writeFile(join(folder, "lint-allow.json"), '{"allow": []}');
    const run = promisify(execFile)(process.execPath, ["scripts/lint-migrations.ts", "--migrations", folder], {
      cwd: repoRoot,
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining("current/1-bad.sql: rename: app_public.employers"),
    });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

it("lints current/ with its --!include'd fixture files: dropping a function the same migration creates is no finding", async () => {
  const folder = await mkdtemp(join(tmpdir(), "ear-lint-"));
  try {
    await mkdir(join(folder, "current"), { recursive: true });
    await mkdir(join(folder, "fixtures", "app_hidden", "functions"), { recursive: true });
    await writeFile(
      join(folder, "fixtures", "app_hidden", "functions", "fresh_helper.sql"),
      "CREATE OR REPLACE FUNCTION app_hidden.fresh_helper(x integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$ select x $function$;\n",
    );
    await writeFile(
      join(folder, "current", "1-helper.sql"),
      "drop function if exists app_hidden.fresh_helper(integer);\n--!include app_hidden/functions/fresh_helper.sql\n",
    );
    expect(await lintMigrationsFolder(folder)).toEqual([]);
    // Without the include the same drop is a finding: the function would be one the previous release has.
    await writeFile(
      join(folder, "current", "1-helper.sql"),
      "drop function if exists app_hidden.fresh_helper(integer);\n",
    );
    expect((await lintMigrationsFolder(folder)).map((f) => f.rule)).toEqual(["drop-object"]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

it("takes dropping a column the same migration adds again for the re-runnable idiom, and any other drop for a finding", () => {
  const rerunnable =
    "alter table app_public.api_tokens drop column if exists rate_burst;\n" +
    "alter table app_public.api_tokens add column rate_burst integer;\n";
  expect(lintMigration("current", rerunnable, false)).toEqual([]);
  expect(
    lintMigration("current", "alter table app_public.api_tokens drop column if exists rate_burst;\n", false),
  ).toEqual([expect.objectContaining({ rule: "drop-object", object: "app_public.api_tokens.rate_burst" })]);
});
