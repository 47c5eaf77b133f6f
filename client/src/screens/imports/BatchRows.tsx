// A batch's rows by line, 50 to a page, optionally of one outcome only. The
// outcome and page live in the URL (?outcome=error&page=2), so a list of a
// batch's errors can be linked. Rows are asked for again as processing moves.
import { useEffect, useId } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { ImportBatchRowsDocument } from "../../gql/graphql.ts";
import { Empty, ErrorMessage, Loading } from "../../components/Feedback.tsx";
import { formatScore } from "../../format.ts";
import { importOutcomes, isImportRowOutcome, outcomeInfo } from "../../importOutcomes.ts";
import { present } from "../../present.ts";

const PAGE_SIZE = 50;

export function BatchRows({ batchId, rowsProcessed }: { batchId: string; rowsProcessed: number }) {
  const filterId = useId();
  const [params, setParams] = useSearchParams();
  const rawOutcome = params.get("outcome");
  const outcome = isImportRowOutcome(rawOutcome) ? rawOutcome : null;
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);

  const [{ data, fetching, error }, refetch] = useQuery({
    query: ImportBatchRowsDocument,
    variables: {
      id: batchId,
      first: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      // Left out rather than null: the connection filter plugin fails on `filter: null`.
      filter: outcome ? { outcome: { equalTo: outcome } } : undefined,
    },
  });
  useEffect(() => {
    refetch({ requestPolicy: "network-only" });
  }, [rowsProcessed, refetch]);

  const connection = data?.importBatch?.rows;
  const rows = connection?.nodes.filter(present) ?? [];
  const total = connection?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  function go(next: { outcome?: string | null; page?: number }) {
    const search = new URLSearchParams();
    const nextOutcome = next.outcome === undefined ? outcome : next.outcome;
    if (nextOutcome) search.set("outcome", nextOutcome);
    const nextPage = next.page ?? 1;
    if (nextPage > 1) search.set("page", String(nextPage));
    setParams(search);
  }

  return (
    <section className="batch-rows" aria-labelledby={`${filterId}-heading`}>
      <div className="page-head">
        <h2 id={`${filterId}-heading`}>Rows</h2>
        <div className="inline-form">
          <label htmlFor={filterId}>Outcome</label>
          <select id={filterId} value={outcome ?? ""} onChange={(event) => go({ outcome: event.target.value || null })}>
            <option value="">All outcomes</option>
            {importOutcomes.map((info) => (
              <option key={info.outcome} value={info.outcome}>
                {info.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {fetching && !data && <Loading what="rows" />}
      {error && <ErrorMessage error={error} />}
      {data && rows.length === 0 && (
        <Empty>
          {outcome
            ? `No row has the outcome “${outcomeInfo(outcome)?.label}”${rowsProcessed === 0 ? " yet" : ""}.`
            : "No rows yet."}
        </Empty>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="rows">
            <caption className="visually-hidden">
              Rows {(page - 1) * PAGE_SIZE + 1} to {(page - 1) * PAGE_SIZE + rows.length} of {total}
              {outcome ? ` with the outcome ${outcomeInfo(outcome)?.label}` : ""}, by line
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Company name</th>
                <th scope="col">Identifiers</th>
                <th scope="col">Outcome</th>
                <th scope="col">Employer</th>
                <th scope="col">Score</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const info = row.outcome ? outcomeInfo(row.outcome) : undefined;
                const identifiers = [
                  row.abn && `ABN ${row.abn}`,
                  row.acn && `ACN ${row.acn}`,
                  row.bciCompanyId && `BCI ${row.bciCompanyId}`,
                ].filter(Boolean);
                return (
                  <tr key={row.line} className={row.outcome ? `outcome-${row.outcome}` : undefined}>
                    <td className="num">{row.line}</td>
                    <td>{row.companyName || <span className="muted">empty</span>}</td>
                    <td className="muted">{identifiers.join(", ")}</td>
                    <td>
                      {info ? (
                        <>
                          <span className="swatch" style={{ background: info.colour }} aria-hidden="true" />
                          {info.label}
                        </>
                      ) : (
                        <span className="muted">not processed yet</span>
                      )}
                    </td>
                    <td>
                      {row.employer ? (
                        <Link to={`/employers/${row.employer.rowId}`}>{row.employer.name}</Link>
                      ) : row.pendingEmployerId ? (
                        <span className="muted">pending item #{row.pendingEmployerId}</span>
                      ) : null}
                    </td>
                    <td className="num">
                      {row.score === null || row.score === undefined ? "" : formatScore(row.score)}
                    </td>
                    <td className="explanation">{row.error ?? row.explanation}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {total > PAGE_SIZE && (
        <nav className="pager" aria-label="Pages of rows">
          <button type="button" className="secondary" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
            Previous page
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" className="secondary" disabled={page >= pages} onClick={() => go({ page: page + 1 })}>
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
