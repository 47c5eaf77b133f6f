// Small output helpers shared by the ops command groups: aligned tables for
// people, JSON for machines, secrets read from stdin.
import { randomBytes } from "node:crypto";

export type Cell = string | number | boolean | null | undefined | Date;

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return "-";
  if (cell instanceof Date) return cell.toISOString().replace(/\.\d{3}Z$/, "Z");
  return String(cell);
}

/**
 * Rows as an aligned table with a header line. With no rows, the one line `empty` (say what is missing,
 * "problems: none", so that the line means something on its own, in a log or a pipe).
 */
export function formatTable(headers: string[], rows: Cell[][], empty: string): string[] {
  if (rows.length === 0) return [empty];
  const cells = [headers, ...rows.map((row) => row.map(text))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  return cells.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

/** JSON with dates as ISO strings, on one line. */
export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Everything on stdin, without one trailing line break (for --password-stdin). */
export async function readSecretFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > 10_000) throw new Error("stdin holds more than 10,000 bytes: that is not a password");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** A random password people can copy: 24 characters of base64url (144 bits). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
