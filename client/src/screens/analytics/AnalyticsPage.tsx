// /analytics: the dashboard. Every view reads the daily rollups
// (docs/ANALYTICS.md) for the date range in the URL, draws a chart with a
// table of its figures, and offers the matching CSV export with the same range.
// Loaded on demand (App.tsx): the charting library stays out of the other screens.
import { useId, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import {
  AnalyticsAliasesPerDayDocument,
  AnalyticsBacklogsDocument,
  AnalyticsCalibrationRunsDocument,
  AnalyticsConflictsPerDayDocument,
  AnalyticsCoverageTrendDocument,
  AnalyticsDecisionsPerDayDocument,
  AnalyticsImportOutcomesPerDayDocument,
  AnalyticsLastRefreshDocument,
  RefreshAnalyticsDocument,
} from "../../gql/graphql.ts";
import { ChartFigure } from "../../charts/ChartFigure.tsx";
import { StackedBarChart } from "../../charts/StackedBarChart.tsx";
import { TrendChart } from "../../charts/TrendChart.tsx";
import { daysInRange, pivotByDay, rowsByDay, seriesTotal, type ChartData } from "../../charts/series.ts";
import { ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { errorText } from "../../errors.ts";
import { formatDateTime, humanize } from "../../format.ts";
import { importOutcomes, outcomeInfo } from "../../importOutcomes.ts";
import { present } from "../../present.ts";
import { roleAtLeast } from "../../roles.ts";
import type { Session } from "../../session.ts";
import { ExportButton } from "./ExportButton.tsx";
import { lastDays, parseRange, type DateRange } from "./dateRange.ts";
import "./analytics.css";

interface ViewProps {
  range: DateRange;
  days: string[];
  onUnauthorized(): void;
  /** After "Refresh figures now" the views ask the server again instead of the cache. */
  requestPolicy: "cache-first" | "network-only";
}

const count = (value: number) => value.toLocaleString("en-AU");
const percent = (value: number) => `${value.toFixed(1)}%`;
/** "1 merge", "3 merges". */
const counted = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;

/** Loading, error and empty states of a view, in the figure's place. */
function viewState(fetching: boolean, error: CombinedError | undefined, empty: boolean, what: string) {
  if (error) return <ErrorMessage error={error} />;
  if (fetching) return <Loading what={what} />;
  if (empty) return <p className="empty">Nothing in this range.</p>;
  return undefined;
}

/** The day rows of a query read as four pages of 100 (page1..page4: the API's page limit), in order. */
function pagedNodes<T>(
  data: Partial<Record<"page1" | "page2" | "page3" | "page4", { nodes: ReadonlyArray<T | null> } | null>> | undefined,
): T[] {
  return [data?.page1, data?.page2, data?.page3, data?.page4].flatMap((page) => page?.nodes ?? []).filter(present);
}

/** "6 aliases added in the range: bci 2, manual 4." */
function totalsSentence(data: ChartData, one: string, many: string): string {
  const parts = data.series.map((s) => `${s.label} ${count(seriesTotal(data.rows, s.key))}`);
  const total = data.series.reduce((sum, s) => sum + seriesTotal(data.rows, s.key), 0);
  return `${count(total)} ${total === 1 ? one : many} in the range${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

function AliasesPerDay({ range, days, onUnauthorized, requestPolicy }: ViewProps) {
  const [{ data, fetching, error }] = useQuery({
    query: AnalyticsAliasesPerDayDocument,
    variables: range,
    requestPolicy,
  });
  const groups = (data?.analyticsAliasDailies?.groupedAggregates ?? []).map((g) => ({
    keys: g.keys,
    value: g.sum?.aliasesAdded,
  }));
  const chart = pivotByDay(groups, days, (key) => ({ label: key }));
  return (
    <ChartFigure
      title="Aliases added per day"
      description="New aliases by the day they were added, stacked by source system."
      summary={totalsSentence(chart, "alias added", "aliases added")}
      series={chart.series}
      rows={chart.rows}
      chart={<StackedBarChart rows={chart.rows} series={chart.series} />}
      state={viewState(fetching, error, chart.series.length === 0, "aliases per day")}
      actions={
        <>
          <ExportButton
            name="aliases-per-day"
            label="Export per day (CSV)"
            range={range}
            onUnauthorized={onUnauthorized}
          />
          <ExportButton name="aliases" label="Export aliases (CSV)" range={range} onUnauthorized={onUnauthorized} />
        </>
      }
    />
  );
}

const actionOrder = ["promote", "reject", "defer", "revert"];
const actionColours: Record<string, string> = {
  promote: "#009E73",
  reject: "#D55E00",
  defer: "#E69F00",
  revert: "#0072B2",
};

function DecisionsPerDay({ range, days, onUnauthorized, requestPolicy }: ViewProps) {
  const [{ data, fetching, error }] = useQuery({
    query: AnalyticsDecisionsPerDayDocument,
    variables: range,
    requestPolicy,
  });
  const byAction = pivotByDay(
    (data?.byAction?.groupedAggregates ?? []).map((g) => ({ keys: g.keys, value: g.sum?.decisions })),
    days,
    (key) => ({ label: humanize(key), colour: actionColours[key] }),
    actionOrder,
  );
  const names = new Map((data?.stewards?.nodes ?? []).filter(present).map((u) => [u.rowId, u.username]));
  const bySteward = pivotByDay(
    (data?.bySteward?.groupedAggregates ?? []).map((g) => ({ keys: g.keys, value: g.sum?.decisions })),
    days,
    (key) => ({ label: names.get(key) ?? (key === "unknown" ? "someone removed" : `user #${key}`) }),
  );
  const state = viewState(fetching, error, byAction.series.length === 0, "decisions");
  const exports = (
    <>
      <ExportButton
        name="decisions-per-day"
        label="Export per day (CSV)"
        range={range}
        onUnauthorized={onUnauthorized}
      />
      <ExportButton name="decisions" label="Export decision log (CSV)" range={range} onUnauthorized={onUnauthorized} />
    </>
  );
  return (
    <>
      <ChartFigure
        title="Decisions per day by action"
        description="Canonical-name decisions (promote, reject, defer, revert) by the day they were made."
        summary={totalsSentence(byAction, "decision", "decisions")}
        series={byAction.series}
        rows={byAction.rows}
        chart={<StackedBarChart rows={byAction.rows} series={byAction.series} />}
        state={state}
        actions={exports}
      />
      <ChartFigure
        title="Decisions per day by steward"
        description="The same decisions, stacked by who made them."
        summary={totalsSentence(bySteward, "decision", "decisions")}
        series={bySteward.series}
        rows={bySteward.rows}
        chart={<StackedBarChart rows={bySteward.rows} series={bySteward.series} />}
        state={state}
        actions={
          <ExportButton
            name="decisions-per-day"
            label="Export per day (CSV)"
            range={range}
            onUnauthorized={onUnauthorized}
          />
        }
      />
    </>
  );
}

function Backlogs({ range, days, onUnauthorized, requestPolicy }: ViewProps) {
  const [{ data, fetching, error }] = useQuery({ query: AnalyticsBacklogsDocument, variables: range, requestPolicy });
  const nodes = pagedNodes(data);
  const series = [
    { key: "promotionItems", label: "Promotion queue", colour: "#0072B2" },
    { key: "pendingItems", label: "Pending employers", colour: "#E69F00" },
  ];
  const rows = rowsByDay(nodes, days, (node) => ({
    promotionItems: node.promotionItems ?? null,
    pendingItems: node.pendingItems,
  }));
  const latest = nodes.at(-1);
  const summary = latest
    ? `On ${latest.day}: ${latest.promotionItems === null || latest.promotionItems === undefined ? "no promotion figure (the queue is switched off)" : `${count(latest.promotionItems)} in the promotion queue`}, ${count(latest.pendingItems)} pending employers open.`
    : "";
  return (
    <ChartFigure
      title="Promotion and pending backlogs"
      description="Items waiting for a steward, as each day's last analytics refresh found them."
      summary={summary}
      series={series}
      rows={rows}
      formatValue={count}
      chart={<TrendChart rows={rows} series={series} />}
      state={viewState(fetching, error, nodes.length === 0, "backlogs")}
      actions={
        <>
          <ExportButton
            name="backlogs-per-day"
            label="Export per day (CSV)"
            range={range}
            onUnauthorized={onUnauthorized}
          />
          <ExportButton
            name="pending"
            label="Export pending employers (CSV)"
            range={range}
            onUnauthorized={onUnauthorized}
          />
        </>
      }
    />
  );
}

function CoverageTrend({ range, days, onUnauthorized, requestPolicy }: ViewProps) {
  const [{ data, fetching, error }] = useQuery({
    query: AnalyticsCoverageTrendDocument,
    variables: range,
    requestPolicy,
  });
  const nodes = pagedNodes(data);
  const series = [
    { key: "aliasCoverage", label: "With an alias", colour: "#0072B2" },
    { key: "identifierCoverage", label: "With an identifier", colour: "#009E73" },
    { key: "feedNamesResolved", label: "Feed names resolved", colour: "#CC79A7" },
  ];
  const rows = rowsByDay(nodes, days, (node) => ({
    aliasCoverage: node.aliasCoverage,
    identifierCoverage: node.identifierCoverage,
    feedNamesResolved: node.feedNamesResolved ?? null,
  }));
  const latest = nodes.at(-1);
  const summary = latest
    ? `On ${latest.day}: of ${count(latest.activeEmployers)} active employers, ${percent(latest.aliasCoverage)} have an alias and ${percent(latest.identifierCoverage)} an identifier${latest.feedNamesResolved === null || latest.feedNamesResolved === undefined ? "" : `; ${percent(latest.feedNamesResolved)} of feed names are resolved`}.`
    : "";
  return (
    <ChartFigure
      title="Coverage trend"
      description="Share of active employers with an alias other than their name, with an external identifier, and share of feed names resolved."
      summary={summary}
      series={series}
      rows={rows}
      formatValue={percent}
      chart={<TrendChart rows={rows} series={series} percent />}
      state={viewState(fetching, error, nodes.length === 0, "coverage")}
      actions={
        <ExportButton
          name="coverage-per-day"
          label="Export per day (CSV)"
          range={range}
          onUnauthorized={onUnauthorized}
        />
      }
    />
  );
}

function ConflictsPerDay({ range, days, onUnauthorized, requestPolicy }: ViewProps) {
  const [{ data, fetching, error }] = useQuery({
    query: AnalyticsConflictsPerDayDocument,
    variables: range,
    requestPolicy,
  });
  const nodes = pagedNodes(data);
  const series = [
    { key: "unexplainedPairs", label: "Unexplained pairs", colour: "#D55E00" },
    { key: "sharedNames", label: "Shared names", colour: "#0072B2" },
    { key: "commonNames", label: "Common names", colour: "#999999" },
  ];
  // The name-sharing figures are a snapshot taken by each day's refreshes: days before the first refresh have none.
  const rows = rowsByDay(nodes, days, (node) => ({
    unexplainedPairs: node.unexplainedPairs ?? null,
    sharedNames: node.sharedNames ?? null,
    commonNames: node.commonNames ?? null,
  }));
  const snapshot = nodes.findLast((node) => node.sharedNames !== null && node.sharedNames !== undefined);
  const made = (key: "distinctionsRecorded" | "merges" | "unmerges") => nodes.reduce((sum, node) => sum + node[key], 0);
  const snapshotSentence = !snapshot
    ? "No name-sharing snapshot in this range."
    : snapshot.sharedNames === 0
      ? `On ${snapshot.day}: no name is held by two or more active employers.`
      : `On ${snapshot.day}: ${counted(snapshot.sharedNames ?? 0, "name", "names")} shared by ${counted(snapshot.employersSharingNames ?? 0, "active employer", "active employers")} (${count(snapshot.commonNames ?? 0)} of them common, held by more than 20); ${counted(snapshot.unexplainedPairs ?? 0, "pair", "pairs")} that no distinction explains.`;
  const summary =
    nodes.length === 0
      ? ""
      : `${snapshotSentence} In the range: ${counted(made("distinctionsRecorded"), "distinction", "distinctions")} recorded, ${counted(made("merges"), "merge", "merges")}, ${counted(made("unmerges"), "unmerge", "unmerges")}.`;
  return (
    <ChartFigure
      title="Conflicts"
      description="Names held by two or more active employers, and the pairs of employers sharing one that no distinction explains (merge or distinction candidates; names held by more than 20 employers are common names and left out)."
      summary={summary}
      series={series}
      rows={rows}
      formatValue={count}
      chart={<TrendChart rows={rows} series={series} />}
      state={viewState(fetching, error, nodes.length === 0, "conflicts")}
      actions={
        <ExportButton
          name="conflicts-per-day"
          label="Export per day (CSV)"
          range={range}
          onUnauthorized={onUnauthorized}
        />
      }
    />
  );
}

function ImportOutcomesPerDay({ range, days, onUnauthorized, requestPolicy }: ViewProps) {
  const [{ data, fetching, error }] = useQuery({
    query: AnalyticsImportOutcomesPerDayDocument,
    variables: range,
    requestPolicy,
  });
  const chart = pivotByDay(
    (data?.analyticsImportDailies?.groupedAggregates ?? []).map((g) => ({ keys: g.keys, value: g.sum?.rows })),
    days,
    (key) => {
      const info = outcomeInfo(key);
      return { label: info?.label ?? key, colour: info?.colour };
    },
    importOutcomes.map((info) => info.outcome),
  );
  return (
    <ChartFigure
      title="Import outcomes per day"
      description="Imported rows by the day they were processed, stacked by outcome."
      summary={totalsSentence(chart, "row imported", "rows imported")}
      series={chart.series}
      rows={chart.rows}
      chart={<StackedBarChart rows={chart.rows} series={chart.series} />}
      state={viewState(fetching, error, chart.series.length === 0, "import outcomes")}
      actions={
        <ExportButton
          name="imports-per-day"
          label="Export per day (CSV)"
          range={range}
          onUnauthorized={onUnauthorized}
        />
      }
    />
  );
}

/** The next UTC day, YYYY-MM-DD: the end of a range is the start of the day after it. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A share (0..1) as a percentage with two decimals, since the auto band's target is 99.5%. */
const precisionPercent = (value: number) => `${value.toFixed(2)}%`;
const asPercent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 10_000) / 100;

function CalibrationTrend({ range, days, onUnauthorized, requestPolicy }: ViewProps) {
  const [{ data, fetching, error }] = useQuery({
    query: AnalyticsCalibrationRunsDocument,
    variables: { since: `${range.from}T00:00:00Z`, until: `${nextDay(range.to)}T00:00:00Z` },
    requestPolicy,
  });
  const runs = (data?.matchCalibrationRuns?.nodes ?? []).filter(present);
  // One point a day: the day's last run (the nightly one, or a later npm run ops -- calibrate).
  const byDay = new Map(runs.map((run) => [run.runAt.slice(0, 10), run]));
  const series = [
    { key: "autoPrecision", label: "Auto precision on steward decisions", colour: "#0072B2" },
    { key: "fuzzyAutoPrecision", label: "Fuzzy auto precision", colour: "#E69F00" },
    { key: "observedAutoPrecision", label: "Learned names kept", colour: "#009E73" },
    { key: "targetPrecision", label: "Target", colour: "#999999" },
  ];
  const rows = rowsByDay(
    [...byDay.entries()].map(([day, run]) => ({ day, run })),
    days,
    ({ run }) => ({
      autoPrecision: asPercent(run.autoPrecision),
      fuzzyAutoPrecision: asPercent(run.fuzzyAutoPrecision),
      observedAutoPrecision: asPercent(run.observedAutoPrecision),
      targetPrecision: asPercent(run.targetPrecision),
    }),
  );
  const latest = runs.at(-1);
  const proposals = Array.isArray(latest?.proposals) ? latest.proposals.length : 0;
  const summary = latest
    ? `Run of ${latest.runAt.slice(0, 10)}: ${latest.autoPrecision === null || latest.autoPrecision === undefined ? "no judged decision landed in auto" : `auto precision ${precisionPercent(asPercent(latest.autoPrecision)!)} (${count(latest.autoRight)} of ${count(latest.autoAnswers)} right)`} on ${counted(latest.labels, "steward decision", "steward decisions")} (${count(latest.judged)} judged), target ${latest.targetPrecision === null || latest.targetPrecision === undefined ? "not set" : precisionPercent(asPercent(latest.targetPrecision)!)}; ${count(latest.learnedNamesReversed)} of ${counted(latest.learnedNames, "learned name", "learned names")} retired by a steward; ${proposals === 0 ? "no threshold proposed" : `${counted(proposals, "threshold", "thresholds")} proposed (npm run ops -- calibrate)`}.`
    : "";
  return (
    <ChartFigure
      title="Auto precision on steward decisions"
      description="Each night the stewards' decisions (pending matches, rejections, learned names confirmed or retired, promotions, merges, unmerges, distinctions) are replayed through the matcher: the share of judged answers in the auto band that are right, of similar-name autos alone, and of names imports learned automatically that no steward retired."
      summary={summary}
      series={series}
      rows={rows}
      formatValue={precisionPercent}
      chart={<TrendChart rows={rows} series={series} percent domain={["auto", 100]} />}
      state={viewState(fetching, error, runs.length === 0, "calibration runs")}
      actions={
        <ExportButton name="calibration-runs" label="Export runs (CSV)" range={range} onUnauthorized={onUnauthorized} />
      }
    />
  );
}

function RangeForm({ range }: { range: DateRange }) {
  const [, setParams] = useSearchParams();
  const ids = { from: useId(), to: useId() };
  const [draft, setDraft] = useState(range);
  const [shownFor, setShownFor] = useState(range);
  // Back/forward changes the range under the form: follow it.
  if (shownFor.from !== range.from || shownFor.to !== range.to) {
    setShownFor(range);
    setDraft(range);
  }
  function apply(event: FormEvent) {
    event.preventDefault();
    setParams(new URLSearchParams({ from: draft.from, to: draft.to }));
  }
  const preset = (days: number) => {
    const r = lastDays(days);
    return `?${new URLSearchParams({ from: r.from, to: r.to })}`;
  };
  return (
    <form className="range-form" onSubmit={apply} aria-label="Date range">
      <div className="field">
        <label htmlFor={ids.from}>From</label>
        <input
          id={ids.from}
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={ids.to}>To</label>
        <input
          id={ids.to}
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          required
        />
      </div>
      <button type="submit">Show</button>
      <span className="presets">
        <Link to={preset(7)}>Last 7 days</Link>
        <Link to={preset(30)}>Last 30 days</Link>
        <Link to={preset(90)}>Last 90 days</Link>
        <Link to={preset(365)}>Last year</Link>
      </span>
    </form>
  );
}

function Freshness({ session, onRefreshed }: { session: Session; onRefreshed(): void }) {
  const [{ data, error }, refetch] = useQuery({ query: AnalyticsLastRefreshDocument });
  const [refresh, runRefresh] = useMutation(RefreshAnalyticsDocument);
  const last = data?.analyticsRefreshes?.nodes.filter(present)[0];
  return (
    <div className="freshness">
      <p className="muted">
        Days are UTC days.{" "}
        {error
          ? `When the figures were last refreshed is unknown (${errorText(error)}).`
          : last
            ? `Figures as of ${formatDateTime(last.finishedAt)} (${last.triggeredBy} refresh); refreshed hourly.`
            : data
              ? "The figures have not been computed yet: the hourly refresh fills them."
              : ""}
      </p>
      {roleAtLeast(session.role, "admin") && (
        <button
          type="button"
          className="small"
          disabled={refresh.fetching}
          onClick={() =>
            void runRefresh({}).then((result) => {
              if (result.error) return;
              // A refresh rewrites every rollup: ask every view again.
              refetch({ requestPolicy: "network-only" });
              onRefreshed();
            })
          }
        >
          {refresh.fetching ? "Refreshing…" : "Refresh figures now"}
        </button>
      )}
      {refresh.error && <ErrorMessage error={refresh.error} action="Refresh" />}
      {refresh.data && !refresh.error && <Notice>Refreshed.</Notice>}
    </div>
  );
}

export function AnalyticsPage({ session, onUnauthorized }: { session: Session; onUnauthorized(): void }) {
  usePageTitle("Analytics");
  const [params] = useSearchParams();
  const parsed = parseRange(params);
  const range = parsed.ok ? parsed.range : parsed.fallback;
  const days = daysInRange(range.from, range.to);
  const [generation, setGeneration] = useState(0);
  const props = {
    range,
    days,
    onUnauthorized,
    requestPolicy: generation > 0 ? "network-only" : "cache-first",
  } as const;
  return (
    <section className="page analytics" aria-labelledby="page-title">
      <h1 id="page-title">Analytics</h1>
      <RangeForm range={range} />
      {!parsed.ok && (
        <div className="error-box" role="alert">
          <strong>Date range not accepted</strong>
          <p>
            {parsed.message} Showing {range.from} to {range.to} instead.
          </p>
        </div>
      )}
      <Freshness session={session} onRefreshed={() => setGeneration((n) => n + 1)} />
      <div className="chart-grid" key={generation}>
        <AliasesPerDay {...props} />
        <DecisionsPerDay {...props} />
        <Backlogs {...props} />
        <CoverageTrend {...props} />
        <ConflictsPerDay {...props} />
        <ImportOutcomesPerDay {...props} />
        <CalibrationTrend {...props} />
      </div>
    </section>
  );
}
