// Structured logs (pino). LOG_LEVEL picks the threshold; the format is one JSON
// line per event, or on a terminal one short line per event (LOG_FORMAT).
import { pino, type Logger } from "pino";
import { formatLogLine } from "./logging/short-format.ts";

/** json: one JSON line per event; pretty: one short readable line (see logging/short-format.ts). */
export type LogFormat = "json" | "pretty";

export function makeLogger(level: string, name = "registry", format: LogFormat = "json"): Logger {
  const options = { name, level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  if (format === "json") return pino(options);
  // pino writes each record as one string; this stream reformats it on its way to stdout.
  const shortStream = { write: (line: string) => void process.stdout.write(formatLogLine(line) + "\n") };
  return pino(options, shortStream);
}
