// The dashboard's date range, kept in the URL (?from=YYYY-MM-DD&to=YYYY-MM-DD)
// so a view can be linked. Days are UTC days, as the rollups count them.
export const MAX_RANGE_DAYS = 400;
export const DEFAULT_RANGE_DAYS = 30;
const DAY_MS = 86_400_000;

export interface DateRange {
  from: string;
  to: string;
}

export type ParsedRange =
  { ok: true; range: DateRange; days: number } | { ok: false; message: string; fallback: DateRange };

export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export function lastDays(count: number, today = utcToday()): DateRange {
  return { from: addDays(today, -(count - 1)), to: today };
}

/** The range in the URL, or the last 30 days when there is none; a bad one is explained. */
export function parseRange(params: URLSearchParams, today = utcToday()): ParsedRange {
  const fallback = lastDays(DEFAULT_RANGE_DAYS, today);
  const from = params.get("from");
  const to = params.get("to");
  if (from === null && to === null) return { ok: true, range: fallback, days: DEFAULT_RANGE_DAYS };
  const range = { from: from ?? fallback.from, to: to ?? today };
  if (!isDay(range.from) || !isDay(range.to)) {
    return { ok: false, message: "Dates must be real days written YYYY-MM-DD.", fallback };
  }
  const days = Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
  if (days < 1) return { ok: false, message: "The range must end on or after the day it starts.", fallback };
  if (days > MAX_RANGE_DAYS) {
    return {
      ok: false,
      message: `The range can be at most ${MAX_RANGE_DAYS} days; export the CSV for longer periods.`,
      fallback,
    };
  }
  return { ok: true, range, days };
}
