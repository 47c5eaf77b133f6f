// /imports/:batchId: one batch, live. While it is queued or processing the
// status is asked for again every two seconds (urql has no polling of its
// own since v4); the rows below follow the progress.
import { useEffect } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { ImportBatchDocument } from "../../gql/graphql.ts";
import { ErrorMessage, Loading } from "../../components/Feedback.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { formatDateTime } from "../../format.ts";
import { importOutcomes } from "../../importOutcomes.ts";
import { BatchRows } from "./BatchRows.tsx";
import { BatchStateBadge, isBatchActive } from "./BatchStateBadge.tsx";
import { formatBytes } from "./formatBytes.ts";
import "./imports.css";

const POLL_MS = 2000;

const countField = {
  matched_identifier: "matchedIdentifierCount",
  matched_exact: "matchedExactCount",
  matched_fuzzy: "matchedFuzzyCount",
  pending: "pendingCount",
  conflict: "conflictCount",
  rejected: "rejectedCount",
  error: "errorCount",
} as const;

function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return "—";
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export function ImportBatchPage() {
  const { batchId = "" } = useParams();
  const validId = /^[1-9][0-9]{0,17}$/.test(batchId);
  usePageTitle(`Import batch #${batchId}`);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ImportBatchDocument,
    variables: { id: batchId },
    pause: !validId,
  });
  const batch = data?.importBatch;
  const active = batch ? isBatchActive(batch.state) : false;

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [active, refetch]);

  const head = (
    <p className="eyebrow">
      <Link to="/imports">Imports</Link>
    </p>
  );
  if (!validId || (data && !batch)) {
    return (
      <section className="page narrow" aria-labelledby="page-title">
        {head}
        <h1 id="page-title">Batch not found</h1>
        <p>There is no import batch #{batchId}, or you may not see it.</p>
      </section>
    );
  }
  if (!batch) {
    return (
      <section className="page" aria-labelledby="page-title">
        {head}
        <h1 id="page-title">Import batch #{batchId}</h1>
        {fetching && <Loading what="the batch" />}
        {error && <ErrorMessage error={error} />}
      </section>
    );
  }

  const processed = batch.rowsProcessed;
  const percent = Math.round((batch.progress ?? (batch.rowCount ? processed / batch.rowCount : 0)) * 100);

  return (
    <section className="page imports" aria-labelledby="page-title">
      {head}
      <div className="page-head">
        <h1 id="page-title">Import batch #{batch.rowId}</h1>
        <BatchStateBadge state={batch.state} />
      </div>
      <p className="muted">
        {batch.fileName ?? "Unnamed file"} · {batch.sourceSystem} · {formatBytes(Number(batch.byteCount))} · uploaded by{" "}
        {batch.uploader ? (batch.uploader.displayName ?? batch.uploader.username) : "an operator"}
      </p>
      {error && <ErrorMessage error={error} action="Refreshing the status" />}

      <div className="progress-line batch-progress">
        <label htmlFor="batch-progress">Rows processed</label>
        <progress id="batch-progress" max={batch.rowCount || 1} value={processed} />
        <span role="status" aria-live="polite">
          {processed} of {batch.rowCount} rows ({percent}%)
        </span>
      </div>
      {batch.state === "failed" && (
        <div className="error-box" role="alert">
          <strong>Processing failed</strong>
          <p>
            {batch.lastError ?? "No reason was recorded."} The worker retries the batch from the first row without an
            outcome.
          </p>
          <button type="button" className="secondary" onClick={() => refetch({ requestPolicy: "network-only" })}>
            Check again
          </button>
        </div>
      )}
      {batch.warnings.filter(Boolean).length > 0 && (
        <div className="banner">
          <strong>Warnings</strong>
          <ul>
            {batch.warnings.filter(Boolean).map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="batch-facts">
        <table className="outcome-counts">
          <caption>Rows by outcome</caption>
          <tbody>
            {importOutcomes.map((info) => {
              const count = batch[countField[info.outcome]];
              return (
                <tr key={info.outcome}>
                  <th scope="row">
                    <span className="swatch" style={{ background: info.colour }} aria-hidden="true" />
                    {count > 0 ? <Link to={`?outcome=${info.outcome}`}>{info.label}</Link> : info.label}
                  </th>
                  <td className="num">{count}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">New feed-spelling aliases</th>
              <td className="num">{batch.aliasesAddedCount}</td>
            </tr>
          </tbody>
        </table>
        <dl className="timings">
          <dt>Uploaded</dt>
          <dd>{formatDateTime(batch.createdAt)}</dd>
          <dt>Received</dt>
          <dd>{formatDateTime(batch.receivedAt)}</dd>
          <dt>Started</dt>
          <dd>{formatDateTime(batch.startedAt)}</dd>
          <dt>Finished</dt>
          <dd>{formatDateTime(batch.finishedAt)}</dd>
          <dt>Processing time</dt>
          <dd>{formatSeconds(batch.processingSeconds)}</dd>
        </dl>
      </div>

      <BatchRows batchId={batch.rowId} rowsProcessed={processed} />
    </section>
  );
}
