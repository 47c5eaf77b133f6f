// Levels over time as lines (recharts): coverage percentages, backlog sizes.
// Days without a figure (before the first refresh) break the line instead of
// pretending to be zero.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, Series } from "./series.ts";
import { shortDay } from "./StackedBarChart.tsx";

/**
 * A percentage axis whose lower end is "auto": whole percents, from just under the lowest figure to the upper end.
 * Recharts' own "auto" widened the range to fractional bounds (99.45–100.05% for a line at 100%), whose labels did
 * not fit the axis and went above 100%.
 */
export function percentAxisDomain(rows: ChartRow[], series: Series[], upper: number): [number, number] {
  const figures = rows.flatMap((row) =>
    series.map((s) => row[s.key]).filter((value): value is number => typeof value === "number"),
  );
  if (figures.length === 0) return [0, upper];
  const lower = Math.floor(Math.min(...figures)) - 1;
  return [Math.max(0, Math.min(lower, upper - 1)), upper];
}

const percentLabel = (value: number) => `${Math.round(value * 100) / 100}%`;

export function TrendChart({
  rows,
  series,
  percent = false,
  domain,
}: {
  rows: ChartRow[];
  series: Series[];
  percent?: boolean;
  /** The value axis, when the default (0-100 for percentages, from 0 otherwise) would flatten the lines. */
  domain?: [number | "auto", number | "auto"];
}) {
  const figureDays = rows.filter((row) => series.some((s) => typeof row[s.key] === "number")).length;
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={shortDay} minTickGap={16} />
        <YAxis
          allowDecimals={percent}
          // "99.5%" needs more room than "100" or "75%".
          width={percent ? 60 : 48}
          domain={
            percent && domain?.[0] === "auto" && typeof domain[1] === "number"
              ? percentAxisDomain(rows, series, domain[1])
              : (domain ?? (percent ? [0, 100] : [0, "auto"]))
          }
          tickFormatter={percent ? percentLabel : undefined}
        />
        <Tooltip />
        <Legend />
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={2}
            // Dots while the figures are few, so that a lone figure (a first run) shows.
            dot={figureDays <= 31}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
