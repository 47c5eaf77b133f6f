// Expands graphile-migrate's `--!include <schema>/functions/<name>.sql` lines
// of a migrations/current/ file with the fixture files they name, so the
// scale tools (search-compare, apply-to-scale) run a work-in-progress
// migration as graphile-migrate would, without migrating the scale database.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { sqlObjectsDir } from "../../server/src/db/sql-object-files.ts";

export async function expandIncludes(sql: string): Promise<string> {
  const parts: string[] = [];
  for (const line of sql.split("\n")) {
    const include = /^--!include\s+(\S+)\s*$/.exec(line);
    parts.push(include ? await readFile(join(sqlObjectsDir, include[1]!), "utf8") : line);
  }
  return parts.join("\n");
}
