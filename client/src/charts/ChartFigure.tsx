// One dashboard view: a titled figure whose chart is drawn for the eye and
// whose figures are also a table (under "Show the figures") for screen
// readers, keyboard users and anyone who wants the numbers, plus its exports.
import { useId, type ReactNode } from "react";
import type { ChartRow, Series } from "./series.ts";

export interface ChartFigureProps {
  title: string;
  description: string;
  /** One sentence with the headline figures, read before the chart. */
  summary: string;
  series: Series[];
  rows: ChartRow[];
  /** How a cell is written in the table (counts, percentages). */
  formatValue?: (value: number) => string;
  chart: ReactNode;
  actions?: ReactNode;
  state?: ReactNode;
}

export function ChartFigure(props: ChartFigureProps) {
  const titleId = useId();
  const format = props.formatValue ?? ((value: number) => value.toLocaleString("en-AU"));
  const shownRows = props.rows.filter((row) => props.series.some((s) => typeof row[s.key] === "number"));
  return (
    <figure className="chart-figure card" aria-labelledby={titleId}>
      <div className="chart-head">
        <h2 id={titleId}>{props.title}</h2>
        {props.actions && <div className="chart-actions">{props.actions}</div>}
      </div>
      <p className="muted">{props.description}</p>
      {props.state ?? (
        <>
          <p className="chart-summary">{props.summary}</p>
          <div className="chart-canvas" aria-hidden="true">
            {props.chart}
          </div>
          <details>
            <summary>Show the figures</summary>
            <div className="table-wrap">
              <table className="chart-table">
                <caption className="visually-hidden">{props.title}, by day</caption>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    {props.series.map((s) => (
                      <th scope="col" key={s.key}>
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shownRows.map((row) => (
                    <tr key={row.day}>
                      <th scope="row">{row.day}</th>
                      {props.series.map((s) => (
                        <td className="num" key={s.key}>
                          {typeof row[s.key] === "number" ? format(row[s.key] as number) : "—"}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
