// Turns the API's daily figures into chart rows: one row per day of the range
// (days without figures get zeros, so a quiet day shows as a gap rather than
// vanishing from the axis), one numeric column per series.
export interface ChartRow {
  day: string;
  [series: string]: number | string | null;
}

export interface Series {
  key: string;
  label: string;
  colour: string;
}

export interface ChartData {
  series: Series[];
  rows: ChartRow[];
}

const DAY_MS = 86_400_000;

/** Every UTC day from `from` to `to`, both included, as YYYY-MM-DD. */
export function daysInRange(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export interface GroupedFigure {
  keys?: ReadonlyArray<string | null> | null;
  value: string | number | null | undefined;
}

/**
 * Pivots groupedAggregates grouped by [DAY, something] into one column per
 * `something`, ordered as `order` lists them first, then by name.
 */
export function pivotByDay(
  groups: readonly GroupedFigure[],
  days: readonly string[],
  describe: (key: string) => { label: string; colour?: string },
  order: readonly string[] = [],
): ChartData {
  const totals = new Map<string, Map<string, number>>();
  for (const group of groups) {
    const day = (group.keys?.[0] ?? "").slice(0, 10);
    const key = group.keys?.[1] ?? "unknown";
    const value = Number(group.value ?? 0);
    if (!totals.has(key)) totals.set(key, new Map());
    const perDay = totals.get(key)!;
    perDay.set(day, (perDay.get(day) ?? 0) + value);
  }
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = [...totals.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const series = keys.map((key, index) => {
    const { label, colour } = describe(key);
    return { key, label, colour: colour ?? palette[index % palette.length]! };
  });
  const rows = days.map((day) => {
    const row: ChartRow = { day };
    for (const key of keys) row[key] = totals.get(key)!.get(day) ?? 0;
    return row;
  });
  return { series, rows };
}

/** Rows of per-day nodes (coverage, backlogs), with null for days that have none. */
export function rowsByDay<T extends { day: string }>(
  nodes: readonly T[],
  days: readonly string[],
  pick: (node: T) => Record<string, number | null>,
): ChartRow[] {
  const byDay = new Map(nodes.map((node) => [node.day, node]));
  return days.map((day) => {
    const node = byDay.get(day);
    return { day, ...(node ? pick(node) : {}) };
  });
}

/** Sum of a series over the range. */
export function seriesTotal(rows: readonly ChartRow[], key: string): number {
  return rows.reduce((sum, row) => sum + (typeof row[key] === "number" ? (row[key] as number) : 0), 0);
}

// Distinguishable colours (Okabe–Ito, readable by people with colour-blindness).
export const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
