// /imports: the upload (stewards and admins) and the recent batches, newest
// first. The list refreshes itself while any batch is still being worked on.
import { useEffect } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { ImportBatchesDocument } from "../../gql/graphql.ts";
import { Empty, ErrorMessage, Loading } from "../../components/Feedback.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { formatDateTime } from "../../format.ts";
import { present } from "../../present.ts";
import { roleAtLeast } from "../../roles.ts";
import type { Session } from "../../session.ts";
import { BatchStateBadge, isBatchActive } from "./BatchStateBadge.tsx";
import { UploadPanel } from "./UploadPanel.tsx";
import "./imports.css";

const RECENT = 25;
const POLL_MS = 2000;

export function ImportsPage({ session, onUnauthorized }: { session: Session; onUnauthorized(): void }) {
  usePageTitle("Imports");
  const [{ data, fetching, error }, refetch] = useQuery({ query: ImportBatchesDocument, variables: { first: RECENT } });
  const batches = data?.importBatches?.nodes.filter(present) ?? [];
  const anyActive = batches.some((batch) => isBatchActive(batch.state));

  useEffect(() => {
    if (!anyActive) return;
    const timer = setInterval(() => refetch({ requestPolicy: "network-only" }), POLL_MS);
    return () => clearInterval(timer);
  }, [anyActive, refetch]);

  const canUpload = roleAtLeast(session.role, "steward");

  return (
    <section className="page imports" aria-labelledby="page-title">
      <h1 id="page-title">Imports</h1>
      {canUpload ? (
        <UploadPanel onUnauthorized={onUnauthorized} onUploaded={() => refetch({ requestPolicy: "network-only" })} />
      ) : (
        <p className="banner">You can follow every batch here. Uploading files needs the steward role.</p>
      )}

      <h2>Recent batches</h2>
      {fetching && !data && <Loading what="batches" />}
      {error && <ErrorMessage error={error} />}
      {data && batches.length === 0 && <Empty>No file has been imported yet.</Empty>}
      {batches.length > 0 && (
        <div className="table-wrap">
          <table className="batches">
            <caption className="visually-hidden">Recent import batches, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Batch</th>
                <th scope="col">File</th>
                <th scope="col">State</th>
                <th scope="col">Rows</th>
                <th scope="col">Pending</th>
                <th scope="col">Errors</th>
                <th scope="col">Uploaded by</th>
                <th scope="col">Uploaded</th>
                <th scope="col">Finished</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.rowId}>
                  <td>
                    <Link to={`/imports/${batch.rowId}`}>#{batch.rowId}</Link>
                  </td>
                  <td>
                    {batch.fileName ?? <span className="muted">unnamed</span>}{" "}
                    <span className="muted">({batch.sourceSystem})</span>
                  </td>
                  <td>
                    <BatchStateBadge state={batch.state} />
                    {isBatchActive(batch.state) && (
                      <span className="muted"> {Math.round((batch.progress ?? 0) * 100)}%</span>
                    )}
                  </td>
                  <td className="num">
                    {batch.rowsProcessed === batch.rowCount
                      ? batch.rowCount
                      : `${batch.rowsProcessed} of ${batch.rowCount}`}
                  </td>
                  <td className="num">{batch.pendingCount}</td>
                  <td className="num">{batch.errorCount}</td>
                  <td>{batch.uploader?.username ?? <span className="muted">operator</span>}</td>
                  <td>{formatDateTime(batch.createdAt)}</td>
                  <td>{formatDateTime(batch.finishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {(data?.importBatches?.totalCount ?? 0) > RECENT && (
            <p className="muted">
              Showing the latest {RECENT} of {data?.importBatches?.totalCount} batches.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
