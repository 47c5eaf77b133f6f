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
      // The header is checked here, so that a file with a wrong header and no
      // rows is refused too.
      columns: (header: string[]) => {
        const names = header.map((name) => name.trim().toLowerCase());
        const missing = REQUIRED.filter((column) => !names.includes(column));
        if (missing.length > 0) {
          throw new LoadRegistryError(
            `The header must name the columns ref,name,kind (missing: ${missing.join(", ")})`,
          );
        }
        return names;
      },
      skip_empty_lines: true,
      relax_column_count: true,
      // Generous, so that an over-long name is reported by the database as a
      // bad row; a record past this is skipped as a bad row by the parser.
      max_record_size: 1024 * 1024,
      // A record the parser cannot read (a stray quote) is reported and skipped.
      skip_records_with_error: true,
      info: true,
      raw: true,
      trim: false,
    }),
  );
  parser.on("skip", (error: Error & { lines?: number }) => {
    report.badRows.push({ line: (error.lines ?? 0) - overcount, reason: `not valid CSV: ${error.message}` });
  });

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

  // csv-parse's info.lines is the line where a record ends, and it counts a
  // "\r\n" inside a quoted field as two lines; correct for both, so that a
  // row is reported by the line it starts on.
  let overcount = 0;
  const startLine = (endLine: number, raw: string): number => {
    const inside = raw.replace(/\r?\n?$/, ""); // raw may end with (part of) the record delimiter
    overcount += inside.match(/\r\n/g)?.length ?? 0;
    return endLine - overcount - (inside.match(/\n/g)?.length ?? 0);
  };
  try {
    for await (const record of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
      raw: string;
    }>) {
      report.rows++;
      batch.push({
        line: startLine(record.info.lines, record.raw),
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
  report.badRows.sort((a, b) => a.line - b.line);
  if (options.refreshSearchStats ?? true) {
    await ownerPool.query("select app_hidden.refresh_search_stats()");
  }
  return report;
}
