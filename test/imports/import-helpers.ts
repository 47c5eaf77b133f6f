// Helpers for the import tests: a small registry, uploads straight into the
// database (the path `npm run import` takes) and processing the way the
// worker task does, one chunk per transaction.
import { Readable } from "node:stream";
import type { TestDatabase } from "../helpers/db.ts";
import { receiveImport, type ReceivedImport } from "../../server/src/imports/staging-copy.ts";
import type { ImportLimits } from "../../server/src/config/env.ts";

export const ABN_ACME = "95471173493";
export const ABN_BLUEGUM = "25999583278";
export const ABN_UNKNOWN = "31864452323";
export const ACN_NORTHSIDE = "769042177";

export const testImportLimits: ImportLimits = { maxBytes: 5 * 1024 * 1024, maxRows: 10_000, maxFieldChars: 10_000 };

export interface Registry {
  acme: string;
  bluegum: string;
  northside: string;
  harbour: string;
}

/**
 * Lowers the fuzzy auto threshold in this test database. Tests of what happens to a name once an import learns it
 * need typos that reach the auto band; with the calibrated threshold (0.94) a typo in a short name such as
 * "Harbourview Formwrk" scores about 0.92 and stays in review (test/db/matching covers the threshold itself).
 */
export async function lowerFuzzyAutoThreshold(db: TestDatabase, value = 0.88): Promise<void> {
  const client = await db.ownerPool.connect();
  try {
    await client.query("begin");
    await client.query("select set_config('app.role', 'operator', true)");
    await client.query("update app_public.match_settings set value = $1 where key = 'auto_min_score'", [value]);
    await client.query("commit");
  } finally {
    client.release();
  }
}

export async function seedRegistry(db: TestDatabase): Promise<Registry> {
  const id = async (sql: string, params: unknown[]) =>
    (await db.ownerPool.query<{ id: string }>(sql, params)).rows[0]!.id;
  const acme = await id(
    "select (app_public.register_employer($1, array[row('abn', $2)]::app_public.new_identifier[], array[row('Acme Builders', 'trading', null)]::app_public.new_alias[])).id::text as id",
    ["Acme Constructions Pty Ltd", ABN_ACME],
  );
  const bluegum = await id(
    "select (app_public.register_employer($1, array[row('abn', $2)]::app_public.new_identifier[])).id::text as id",
    ["Bluegum Civil Engineering Pty Ltd", ABN_BLUEGUM],
  );
  const northside = await id(
    "select (app_public.register_employer($1, array[row('acn', $2)]::app_public.new_identifier[])).id::text as id",
    ["Northside Scaffolding Services Pty Ltd", ACN_NORTHSIDE],
  );
  const harbour = await id("select (app_public.register_employer($1)).id::text as id", [
    "Harbourview Formwork Pty Ltd",
  ]);
  await db.ownerPool.query("select app_hidden.refresh_search_stats()");
  return { acme, bluegum, northside, harbour };
}

/** Uploads a file as the owner (like npm run import) and commits. */
export async function importText(
  db: TestDatabase,
  text: string | Buffer,
  options: { source?: string; limits?: Partial<ImportLimits> } = {},
): Promise<ReceivedImport> {
  const client = await db.ownerPool.connect();
  try {
    await client.query("begin");
    const received = await receiveImport(client, Readable.from([typeof text === "string" ? Buffer.from(text) : text]), {
      sourceSystem: options.source ?? "bci",
      fileName: "test.csv",
      limits: { ...testImportLimits, ...options.limits },
    });
    await client.query(received.duplicate ? "rollback" : "commit");
    return received;
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

/** Processes a batch the way the worker task does; returns the chunks taken. */
export async function processBatch(db: TestDatabase, batchId: string | number, chunkRows = 3): Promise<number> {
  let chunks = 0;
  for (;;) {
    const { rows } = await db.ownerPool.query<{ n: number }>("select app_hidden.process_import_chunk($1, $2) as n", [
      batchId,
      chunkRows,
    ]);
    chunks += 1;
    if (rows[0]!.n === 0) return chunks;
  }
}

export interface RowOutcome {
  line: number;
  company_name: string;
  outcome: string;
  employer_id: string | null;
  pending_employer_id: string | null;
  alias_id: string | null;
  error: string | null;
  explanation: string | null;
}

export async function outcomes(db: TestDatabase, batchId: string | number): Promise<RowOutcome[]> {
  const { rows } = await db.ownerPool.query<RowOutcome>(
    `select line, company_name, outcome::text, employer_id::text, pending_employer_id::text, alias_id::text, error, explanation
     from app_public.import_rows where batch_id = $1 order by line`,
    [batchId],
  );
  return rows;
}

export const header = "Company Name,BCI Company ID,ABN,ACN,Trading Name,Project ID,Project Name,Role,State,Postcode";
export function csv(...rows: string[]): string {
  return [header, ...rows].join("\n") + "\n";
}
