// Streams an upload into PostgreSQL: bytes -> text (encoding.ts) -> CSV
// records (csv-parse) -> COPY into app_hidden.import_staging (through a
// temporary table, as COPY refuses row-level security), never holding
// the whole file in memory; then finish_import_upload moves the rows into
// import_rows and queues the matching job, or recognises a file seen before.
// Runs inside the caller's transaction: the caller commits on success and
// rolls back on any error or duplicate, so nothing half-done is stored.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse, CsvError } from "csv-parse";
import { from as copyFrom } from "pg-copy-streams";
import type pg from "pg";
import { decodeUpload } from "./encoding.ts";
import { mapHeader, stagingColumns, type HeaderMapping } from "./header-mapping.ts";
import { ImportError } from "./import-error.ts";
import type { ImportLimits } from "../config/env.ts";

export interface ReceiveOptions {
  sourceSystem: string;
  fileName: string | null;
  limits: ImportLimits;
  /** Called as bytes arrive (for progress bars). */
  onBytes?: (bytes: number) => void;
}

export interface ReceivedImport {
  batchId: string;
  duplicate: boolean;
  rowCount: number;
  byteCount: number;
  sha256: string;
  warnings: string[];
}

/** One CSV field for COPY ... (format csv): always quoted, so that "" is an empty string and nothing is null. */
function copyField(value: string | undefined): string {
  if (value === undefined) return "";
  return `"${value.replace(/"/g, '""')}"`;
}

function csvProblem(error: CsvError): ImportError {
  const line = (error as CsvError & { lines?: number }).lines;
  const where = line ? ` (line ${line})` : "";
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new ImportError(422, "IMPORT_BAD_CSV", `A quoted field is never closed${where}`, line);
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
      return new ImportError(
        422,
        "IMPORT_BAD_CSV",
        `A row has a different number of fields from the header${where}: ${error.message.replace(/^Invalid Record Length: /, "")}`,
        line,
      );
    case "CSV_MAX_RECORD_SIZE":
      return new ImportError(422, "IMPORT_FIELD_TOO_LARGE", `A field or row is longer than the limit${where}`, line);
    default:
      return new ImportError(422, "IMPORT_BAD_CSV", `The file is not valid CSV${where}: ${error.message}`, line);
  }
}

export async function receiveImport(
  client: pg.PoolClient | pg.Client,
  source: AsyncIterable<Buffer | string>,
  options: ReceiveOptions,
): Promise<ReceivedImport> {
  const { limits } = options;
  const { rows: begun } = await client.query<{ id: string }>(
    "select app_hidden.begin_import_upload($1, $2)::text as id",
    [options.sourceSystem, options.fileName],
  );
  const batchId = begun[0]!.id;

  const decoded = decodeUpload(source, limits.maxBytes);
  const parser = parse({
    bom: false,
    relax_column_count: false,
    skip_empty_lines: true,
    max_record_size: limits.maxFieldChars,
    info: true,
  });
  let header: HeaderMapping | null = null;
  let rowCount = 0;
  let lastReport = 0;

  async function* textWithProgress(): AsyncGenerator<string> {
    for await (const chunk of decoded.text) {
      if (options.onBytes && decoded.stats.bytes - lastReport >= 256 * 1024) {
        lastReport = decoded.stats.bytes;
        options.onBytes(decoded.stats.bytes);
      }
      yield chunk;
    }
  }

  async function* copyLines(): AsyncGenerator<string> {
    // An error in the bytes (size, encoding) ends the parser with that error.
    const textStream = Readable.from(textWithProgress());
    textStream.on("error", (error) => parser.destroy(error));
    const records = textStream.pipe(parser);
    let buffer = "";
    try {
      for await (const entry of records as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        const { record, info } = entry;
        if (!header) {
          header = mapHeader(record.map((h) => h.trim()));
          continue;
        }
        rowCount += 1;
        if (rowCount > limits.maxRows) {
          throw new ImportError(
            413,
            "IMPORT_TOO_MANY_ROWS",
            `The file has more than ${limits.maxRows} rows`,
            info.lines,
          );
        }
        if (record.some((field) => field.length > limits.maxFieldChars)) {
          throw new ImportError(
            422,
            "IMPORT_FIELD_TOO_LARGE",
            `A field on line ${info.lines} is longer than ${limits.maxFieldChars} characters`,
            info.lines,
          );
        }
        const positions = header.positions;
        buffer +=
          [
            batchId,
            String(info.lines),
            ...stagingColumns.map((c) => copyField(positions[c] >= 0 ? record[positions[c]] : undefined)),
          ].join(",") + "\n";
        if (buffer.length >= 64 * 1024) {
          yield buffer;
          buffer = "";
        }
      }
    } catch (error) {
      if (error instanceof CsvError) throw csvProblem(error);
      throw error;
    }
    if (buffer) yield buffer;
  }

  // COPY cannot target a table with row-level security: it fills a temporary
  // table of this transaction, whose rows then go to the staging table as one
  // INSERT that the staging table's policy checks.
  await client.query(
    `create temp table import_upload (batch_id bigint, line integer, ${stagingColumns.map((c) => `${c} text`).join(", ")}) on commit drop`,
  );
  const copy = client.query(
    copyFrom(`copy import_upload (batch_id, line, ${stagingColumns.join(", ")}) from stdin with (format csv)`),
  );
  let failure: unknown = null;
  try {
    await pipeline(Readable.from(copyLines()), copy);
  } catch (error) {
    failure = error;
  }
  if (failure) {
    // Our own error (bad file) wins over the COPY's reaction to it.
    if (failure instanceof ImportError) throw failure;
    const cause = (failure as { cause?: unknown }).cause;
    if (cause instanceof ImportError) throw cause;
    throw failure;
  }
  if (!header) throw new ImportError(422, "IMPORT_EMPTY", "The file is empty: expected a header row and data rows");
  if (rowCount === 0) throw new ImportError(422, "IMPORT_EMPTY", "The file has a header but no data rows", 1);

  await client.query(
    `insert into app_hidden.import_staging (batch_id, line, ${stagingColumns.join(", ")})
     select batch_id, line, ${stagingColumns.join(", ")} from import_upload`,
  );
  await client.query("drop table import_upload");
  const warnings = [...decoded.stats.warnings];
  const ignored = (header as HeaderMapping).ignored;
  if (ignored.length > 0) warnings.push(`Columns ignored: ${ignored.map((h) => `"${h}"`).join(", ")}`);
  const { rows } = await client.query<{ id: string; is_duplicate: boolean }>(
    "select id::text, is_duplicate from app_hidden.finish_import_upload($1, $2, $3, $4, $5)",
    [batchId, decoded.stats.sha256, decoded.stats.bytes, rowCount, warnings],
  );
  options.onBytes?.(decoded.stats.bytes);
  return {
    batchId: rows[0]!.id,
    duplicate: rows[0]!.is_duplicate,
    rowCount,
    byteCount: decoded.stats.bytes,
    sha256: decoded.stats.sha256,
    warnings,
  };
}
