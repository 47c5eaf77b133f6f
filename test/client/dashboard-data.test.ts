// The dashboard's pure rules, without a browser: the date range read from the
// URL (defaults, bad dates, reversed and over-long ranges explained) and the
// pivot from the API's grouped aggregates to one chart row per day.
import { daysInRange, pivotByDay, rowsByDay, seriesTotal } from "../../client/src/charts/series.ts";
import { MAX_RANGE_DAYS, addDays, parseRange } from "../../client/src/screens/analytics/dateRange.ts";

const today = "2026-12-04";
const parse = (query: string) => parseRange(new URLSearchParams(query), today);

describe("parseRange", () => {
  it("shows the last 30 days, today included, when the URL has no range", () => {
    expect(parse("")).toEqual({ ok: true, range: { from: "2026-11-05", to: today }, days: 30 });
  });

  it("takes a range from the URL, both days included", () => {
    expect(parse("from=2026-03-01&to=2026-03-03")).toEqual({
      ok: true,
      range: { from: "2026-03-01", to: "2026-03-03" },
      days: 3,
    });
  });

  it("ends a range with only a start today", () => {
    expect(parse("from=2026-12-01")).toMatchObject({ ok: true, range: { from: "2026-12-01", to: today }, days: 4 });
  });

  it.each([
    ["from=2026-02-30&to=2026-03-03", "real days"],
    ["from=yesterday&to=2026-03-03", "real days"],
    ["from=2026-03-04&to=2026-03-03", "end on or after"],
    [`from=${addDays(today, -MAX_RANGE_DAYS)}&to=${today}`, `at most ${MAX_RANGE_DAYS} days`],
  ])("explains %s and falls back to the last 30 days", (query, words) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toContain(words);
    expect(parsed.fallback).toEqual({ from: "2026-11-05", to: today });
  });

  it("accepts the longest range exactly", () => {
    expect(parse(`from=${addDays(today, -(MAX_RANGE_DAYS - 1))}&to=${today}`)).toMatchObject({
      ok: true,
      days: MAX_RANGE_DAYS,
    });
  });
});

describe("daysInRange", () => {
  it("lists every UTC day across a month end", () => {
    expect(daysInRange("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});

describe("pivotByDay", () => {
  const days = daysInRange("2026-03-01", "2026-03-03");

  it("gives one column per group, zeros on quiet days, and sums repeated keys", () => {
    const chart = pivotByDay(
      [
        { keys: ["2026-03-01", "manual"], value: "2" },
        { keys: ["2026-03-02", "bci"], value: "1" },
        { keys: ["2026-03-02", "bci"], value: "1" },
        { keys: ["2026-03-03", "manual"], value: 2 },
      ],
      days,
      (key) => ({ label: key.toUpperCase() }),
    );
    expect(chart.series.map((s) => [s.key, s.label])).toEqual([
      ["bci", "BCI"],
      ["manual", "MANUAL"],
    ]);
    expect(chart.rows).toEqual([
      { day: "2026-03-01", bci: 0, manual: 2 },
      { day: "2026-03-02", bci: 2, manual: 0 },
      { day: "2026-03-03", bci: 0, manual: 2 },
    ]);
    expect(seriesTotal(chart.rows, "manual")).toBe(4);
  });

  it("orders the series as asked first, keeps given colours and leaves out days outside the range", () => {
    const chart = pivotByDay(
      [
        { keys: ["2026-03-01", "reject"], value: "1" },
        { keys: ["2026-03-01", "promote"], value: "3" },
        { keys: ["2026-04-01", "promote"], value: "9" },
      ],
      days,
      (key) => ({ label: key, colour: key === "promote" ? "#009E73" : undefined }),
      ["promote", "reject"],
    );
    expect(chart.series.map((s) => s.key)).toEqual(["promote", "reject"]);
    expect(chart.series[0]!.colour).toBe("#009E73");
    expect(seriesTotal(chart.rows, "promote")).toBe(3);
  });

  it("has no series when there are no figures", () => {
    expect(pivotByDay([], days, (key) => ({ label: key }))).toEqual({
      series: [],
      rows: days.map((day) => ({ day })),
    });
  });
});

describe("rowsByDay", () => {
  it("leaves days without a snapshot empty rather than zero", () => {
    const rows = rowsByDay([{ day: "2026-03-02", pendingItems: 3 }], daysInRange("2026-03-01", "2026-03-02"), (n) => ({
      pendingItems: n.pendingItems,
    }));
    expect(rows).toEqual([{ day: "2026-03-01" }, { day: "2026-03-02", pendingItems: 3 }]);
  });
});
