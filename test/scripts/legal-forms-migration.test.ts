// scripts/generate-legal-forms-migration.ts: the dictionary files in
// data/reference/ against the last generated block of the migrations.
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLegalFormDictionary, type LegalFormDictionary } from "../../server/src/normaliser/legal-forms.ts";
import { migrationsDir, repoRoot } from "../../server/src/paths.ts";
import {
  CURRENT_FILE,
  generatedBlocks,
  legalFormsMigration,
  syncLegalFormsMigration,
} from "../../scripts/generate-legal-forms-migration.ts";

let dir: string;
let dictionary: LegalFormDictionary;
beforeAll(async () => {
  dictionary = await readLegalFormDictionary();
  dir = await mkdtemp(join(tmpdir(), "ear-legal-forms-"));
  await mkdir(join(dir, "current"));
  await cp(join(migrationsDir, "committed"), join(dir, "committed"), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it("--check passes on the repository: data/reference/ matches the last generated block", () => {
  const run = spawnSync(process.execPath, [join(repoRoot, "scripts", "generate-legal-forms-migration.ts"), "--check"], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/matches the last generated block \(migrations\/(committed|current)\//);
});

it("finds the block committed inside 000002, ending at the next split", async () => {
  const blocks = await generatedBlocks(dir);
  expect(blocks).toHaveLength(1);
  expect(blocks[0]!.file).toMatch(/committed\/000002-/);
  expect(blocks[0]!.sql).toBe(legalFormsMigration(dictionary));
  expect(blocks[0]!.sql).not.toMatch(/--! split/);
});

it("writes nothing while the files match", async () => {
  expect(await syncLegalFormsMigration({ check: false, migrationsDir: dir, dictionary })).toMatchObject({
    upToDate: true,
    wrote: null,
  });
  expect(await readdir(join(dir, "current"))).toEqual([]);
});

it("reports drift with --check without writing, then writes current/9-legal-forms.sql, which becomes the last block", async () => {
  const changed = { ...dictionary, forms: dictionary.forms.filter((f) => f.spelling !== "P/L") };
  const check = await syncLegalFormsMigration({ check: true, migrationsDir: dir, dictionary: changed });
  expect(check).toMatchObject({ upToDate: false, wrote: null });
  expect(check.lastBlockFile).toMatch(/committed\/000002-/);
  expect(await readdir(join(dir, "current"))).toEqual([]);

  const write = await syncLegalFormsMigration({ check: false, migrationsDir: dir, dictionary: changed });
  expect(write.wrote).toBe(join(dir, "current", CURRENT_FILE));
  expect(await readFile(write.wrote!, "utf8")).toBe(legalFormsMigration(changed));
  expect(await syncLegalFormsMigration({ check: true, migrationsDir: dir, dictionary: changed })).toMatchObject({
    upToDate: true,
    lastBlockFile: join(dir, "current", CURRENT_FILE),
  });
  // The committed dictionary is now the drift.
  expect((await syncLegalFormsMigration({ check: true, migrationsDir: dir, dictionary })).upToDate).toBe(false);
});

it("orders current/ files by number: a block in a later file wins", async () => {
  await writeFile(join(dir, "current", "10-later.sql"), "select 1;\n" + legalFormsMigration(dictionary));
  const blocks = await generatedBlocks(dir);
  expect(blocks.map((b) => b.file.slice(dir.length))).toEqual([
    expect.stringMatching(/^\/committed\/000002-/),
    `/current/${CURRENT_FILE}`,
    "/current/10-later.sql",
  ]);
  expect((await syncLegalFormsMigration({ check: true, migrationsDir: dir, dictionary })).upToDate).toBe(true);
});
