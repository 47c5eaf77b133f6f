// Loads a registry file (columns ref,name,kind) into the registry, streaming:
// the file is parsed as it is read and sent in batches to
// app_hidden.load_registry_batch, one transaction per batch, so a failure
// keeps what was loaded and a rerun picks up where it stopped (loading is
// idempotent). Every row gets an outcome; bad rows are reported by line.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { parse } from "csv-parse";
import type { Pool } from "pg";

export interface LoadRegistryReport {
  rows: number;
  employersCreated: number;
  aliasesAdded: number;
  unchanged: number;
  badRows: Array<{ line: number; reason: string }>;
}

export interface LoadRegistryOptions {
  sourceSystem?: string;
  batchSize?: number;
  /** Called after each batch with the bytes read so far and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Refresh search statistics at the end (on by default). */
  refreshSearchStats?: boolean;
}

interface RegistryRow {
  line: number;
  ref: string;
  name: string;
  kind: string;
}

const REQUIRED = ["ref", "name"] as const;

export class LoadRegistryError extends Error {}

export async function loadRegistryFile(
  ownerPool: Pool,
  path: string,
  options: LoadRegistryOptions = {},
): Promise<LoadRegistryReport> {
  const totalBytes = (await stat(path)).size;
  const batchSize = options.batchSize ?? 2_000;
  const report: LoadRegistryReport = { rows: 0, employersCreated: 0, aliasesAdded: 0, unchanged: 0, badRows: [] };
  const input = createReadStream(path);
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: 64 * 1024,
      info: true,
      trim: false,
    }),
  );

  let batch: RegistryRow[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const { rows } = await ownerPool.query<{ line: number; outcome: string; detail: string | null }>(
      "select line, outcome, detail from app_hidden.load_registry_batch($1::jsonb, $2)",
      [JSON.stringify(batch), options.sourceSystem ?? "csv"],
    );
    for (const row of rows) {
      if (row.outcome === "employer_created") report.employersCreated++;
      else if (row.outcome === "alias_added") report.aliasesAdded++;
      else if (row.outcome === "unchanged") report.unchanged++;
      else report.badRows.push({ line: row.line, reason: row.detail ?? "bad row" });
    }
    batch = [];
    options.onProgress?.(input.bytesRead, totalBytes);
  };

  try {
    let checkedHeader = false;
    for await (const record of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!checkedHeader) {
        const missing = REQUIRED.filter((column) => !(column in record.record));
        if (missing.length > 0) {
          throw new LoadRegistryError(
            `The header must name the columns ref,name,kind (missing: ${missing.join(", ")})`,
          );
        }
        checkedHeader = true;
      }
      report.rows++;
      batch.push({
        line: record.info.lines,
        ref: record.record.ref ?? "",
        name: record.record.name ?? "",
        kind: record.record.kind ?? "",
      });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } catch (error) {
    if (error instanceof LoadRegistryError) throw error;
    const code = (error as { code?: string }).code;
    if (typeof code === "string" && code.startsWith("CSV_")) {
      // Rows before the broken one were loaded; say where it broke.
      await flush().catch(() => undefined);
      throw new LoadRegistryError(`The file is not valid CSV: ${(error as Error).message}`);
    }
    throw error;
  }
  if (options.refreshSearchStats ?? true) {
    await ownerPool.query("select app_hidden.refresh_search_stats()");
  }
  return report;
}
