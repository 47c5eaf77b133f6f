// node scripts/seed/apply-to-scale.ts FILE.sql [...]: runs re-runnable SQL
// files (migrations/current/*.sql that only create or replace functions and
// indexes) on the seeded scale database as its owner, with the role
// placeholders filled in, so a changed search can be measured at 1M without
// reseeding (openBenchDatabase would re-run current/ and drop the seed). The
// database then no longer matches its seed fingerprint: bench:search says so.
import { readFile } from "node:fs/promises";
import { fillPlaceholders } from "../../server/src/db/bootstrap.ts";
import { rolePlaceholderEnv } from "../../server/src/config/roles.ts";
import { openScaleDatabase } from "./scale-database.ts";
import { expandIncludes } from "./sql-includes.ts";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: node scripts/seed/apply-to-scale.ts FILE.sql [...]");
  process.exit(1);
}
const db = await openScaleDatabase();
try {
  const placeholders = Object.fromEntries(
    Object.entries(rolePlaceholderEnv(db.runtime.roles)).map(([key, value]) => [`:${key}`, value]),
  );
  for (const file of files) {
    const started = performance.now();
    await db.ownerPool.query(fillPlaceholders(await expandIncludes(await readFile(file, "utf8")), placeholders));
    console.log(`${file}: applied to ${db.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // Re-indexing leaves dead rows and stale statistics behind: as the seed does, vacuum and analyze.
  const started = performance.now();
  for (const table of ["app_private.search_names", "app_private.search_tokens"])
    await db.ownerPool.query(`vacuum (analyze) ${table}`);
  console.log(`vacuum (analyze) of the search index: ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await db.close();
}
