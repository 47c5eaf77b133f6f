// Keeps migrations/fixtures/<schema>/ equal to a list of rendered objects:
// writes what changed and removes files of objects that no longer exist, so a
// dropped function disappears from the tree in the same review.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { migrationsDir } from "../paths.ts";
import { sqlObjectSchemas, type SqlObjectFile } from "./sql-objects.ts";

export const sqlObjectsDir = join(migrationsDir, "fixtures");

/** Every .sql file under the generated schema folders, as paths relative to `root`. */
export async function listSqlObjectFiles(root = sqlObjectsDir): Promise<string[]> {
  const found: string[] = [];
  for (const schema of sqlObjectSchemas) {
    const entries = await readdir(join(root, schema), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith(".sql")) {
        found.push(relative(root, join(entry.parentPath, entry.name)));
      }
    }
  }
  return found.sort();
}

export async function writeSqlObjectFiles(files: SqlObjectFile[], root = sqlObjectsDir) {
  const wanted = new Map(files.map((file) => [file.path, file.sql]));
  let written = 0;
  let removed = 0;
  for (const path of await listSqlObjectFiles(root)) {
    if (!wanted.has(path)) {
      await rm(join(root, path));
      removed += 1;
    }
  }
  for (const [path, sql] of wanted) {
    const file = join(root, path);
    const before = await readFile(file, "utf8").catch(() => null);
    if (before === sql) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, sql);
    written += 1;
  }
  return { total: wanted.size, written, removed };
}
