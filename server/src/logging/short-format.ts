// The terminal's log format: one short line per event instead of pino's JSON.
// A request reads "12:04:31 POST /graphql 200 14 ms SearchEmployers"; any
// other event reads "12:04:31 WARN message (key=value …)". The JSON record is
// what pino would have written, so nothing is lost but the detail.

const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };

// Fields every record carries, or that a request line already shows.
const QUIET = new Set(["level", "time", "pid", "hostname", "name", "msg", "req", "res", "responseTime", "reqId"]);

function clock(time: unknown): string {
  const date = typeof time === "string" || typeof time === "number" ? new Date(time) : new Date();
  return Number.isNaN(date.getTime()) ? "--:--:--" : date.toTimeString().slice(0, 8);
}

function shortValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}...` : value;
  if (typeof value === "object") {
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string") return shortValue(message);
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  }
  return String(value);
}

/** One pino record (parsed JSON) as one terminal line, without the newline. */
export function formatLogRecord(record: Record<string, unknown>): string {
  const time = clock(record.time);
  const req = record.req as { method?: string; url?: string } | undefined;
  const res = record.res as { statusCode?: number } | undefined;
  if (req && res && typeof record.responseTime === "number") {
    const parts = [time, req.method ?? "?", req.url ?? "?", String(res.statusCode ?? "?"), `${record.responseTime} ms`];
    if (typeof record.operationName === "string" && record.operationName !== "") parts.push(record.operationName);
    const level = typeof record.level === "number" ? record.level : 30;
    if (level >= 50 && record.err) parts.push(`(${shortValue(record.err)})`);
    return parts.join(" ");
  }
  const level = LEVELS[record.level as number] ?? String(record.level ?? "");
  const extras = Object.entries(record)
    .filter(([key]) => !QUIET.has(key))
    .map(([key, value]) => `${key}=${shortValue(value)}`);
  const message = typeof record.msg === "string" ? record.msg : "";
  return [time, level, message, extras.length > 0 ? `(${extras.join(" ")})` : ""].filter((p) => p !== "").join(" ");
}

/** One line as pino wrote it (JSON) in the short form; lines that are not JSON pass through. */
export function formatLogLine(line: string): string {
  const trimmed = line.trimEnd();
  try {
    const record = JSON.parse(trimmed) as unknown;
    if (record && typeof record === "object" && !Array.isArray(record)) {
      return formatLogRecord(record as Record<string, unknown>);
    }
  } catch {
    // not JSON: shown as it is
  }
  return trimmed;
}
