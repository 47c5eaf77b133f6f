// Levels over time as lines (recharts): coverage percentages, backlog sizes.
// Days without a figure (before the first refresh) break the line instead of
// pretending to be zero.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, Series } from "./series.ts";
import { shortDay } from "./StackedBarChart.tsx";

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
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={shortDay} minTickGap={16} />
        <YAxis
          allowDecimals={percent}
          width={48}
          domain={domain ?? (percent ? [0, 100] : [0, "auto"])}
          tickFormatter={percent ? (value: number) => `${value}%` : undefined}
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
            dot={rows.length <= 31}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
