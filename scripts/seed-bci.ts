// npm run seed:bci -- --rows N [--out FILE] [--seed S] [--employers-sample M]:
// writes a realistic synthetic BCI export against the current registry (the
// database of npm start, or DATABASE_URL): known companies by identifier, by
// exact and by misspelt names, new companies in several spellings, junk rows.
import "../server/src/cli/graphile-env.ts";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import pg from "pg";
import { loadConfig } from "../server/src/config/env.ts";
import { makeLogger } from "../server/src/logger.ts";
import { openDatabase, prepareDatabase } from "../server/src/db/database.ts";
import { generateBciRows, KNOWN_EMPLOYERS_SQL, type KnownEmployer } from "./seed/bci-file.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
    "employers-sample": { type: "string", default: "50000" },
  },
});
const rows = Number(values.rows);
const seed = Number(values.seed);
const sample = Number(values["employers-sample"]);
if (!Number.isInteger(rows) || rows < 1 || rows > 10_000_000)
  throw new Error("--rows must be a whole number from 1 to 10,000,000");
if (!Number.isInteger(seed) || seed < 1) throw new Error("--seed must be a positive whole number");
const config = loadConfig();
const out = resolve(values.out ?? join(config.dataDir, "bench", `bci-${rows}.csv`));

const logger = makeLogger("warn");
const db = await openDatabase(config, logger);
try {
  await prepareDatabase(db, logger);
  const pool = new pg.Pool({ connectionString: db.ownerUrl, max: 1 });
  const known = (await pool.query<KnownEmployer>(KNOWN_EMPLOYERS_SQL, [sample])).rows;
  await pool.end();
  await mkdir(dirname(out), { recursive: true });
  const file = createWriteStream(out);
  for (const line of generateBciRows(known, rows, seed)) {
    if (!file.write(line)) await once(file, "drain");
  }
  file.end();
  await once(file, "finish");
  console.log(
    `wrote ${rows.toLocaleString("en-AU")} rows to ${out} (${known.length.toLocaleString("en-AU")} known employers to draw from)`,
  );
} finally {
  await db.close();
}
