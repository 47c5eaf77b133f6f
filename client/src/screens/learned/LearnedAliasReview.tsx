// Learned names to confirm or retire: the riskiest first, for the whole
// registry (the learned-names page) or one employer (a sample on its page).
import { useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import {
  ConfirmLearnedAliasDocument,
  LearnedAliasQueueDocument,
  RetireLearnedAliasDocument,
} from "../../gql/graphql.ts";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { formatScore } from "../../format.ts";
import { present } from "../../present.ts";

export function LearnedAliasReview({
  employerId,
  first,
  onChanged,
}: {
  employerId?: string;
  first: number;
  onChanged?: () => void;
}) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LearnedAliasQueueDocument,
    // No condition for the whole queue: a null employerId would ask for names of no employer.
    variables: { first, condition: employerId ? { employerId } : null },
  });
  const [confirmState, confirm] = useMutation(ConfirmLearnedAliasDocument);
  const [retireState, retire] = useMutation(RetireLearnedAliasDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ action: string; error: CombinedError } | null>(null);
  const busy = confirmState.fetching || retireState.fetching;
  const rows = (data?.learnedAliasQueues?.nodes ?? []).filter(present);
  const total = data?.learnedAliasQueues?.totalCount ?? 0;

  async function decide(kind: "confirm" | "retire", aliasId: string, name: string) {
    setNotice(null);
    setFailure(null);
    const result =
      kind === "confirm"
        ? await confirm({ aliasId })
        : await retire({ aliasId, note: "Retired from the learned names review" });
    if (result.error)
      return setFailure({ action: kind === "confirm" ? "Confirming" : "Retiring", error: result.error });
    setNotice(kind === "confirm" ? `Confirmed "${name}".` : `Retired "${name}".`);
    reexecute({ requestPolicy: "network-only" });
    onChanged?.();
  }

  if (fetching && !data) return <Loading what="learned names" />;
  if (error) return <ErrorMessage error={error} action="Loading learned names" />;
  return (
    <div className="learned-review">
      {notice && <Notice>{notice}</Notice>}
      {failure && <ErrorMessage error={failure.error} action={failure.action} />}
      {rows.length === 0 ? (
        <Empty>No learned name is waiting for a steward.</Empty>
      ) : (
        <table className="results">
          <caption className="visually-hidden">Unconfirmed learned names, riskiest first: {total} in all</caption>
          <thead>
            <tr>
              <th scope="col">Learned name</th>
              {!employerId && <th scope="col">Employer</th>}
              <th scope="col">Match score</th>
              <th scope="col">Siblings</th>
              <th scope="col">Rows seen</th>
              <th scope="col">Batch</th>
              <th scope="col">Risk</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.aliasId}>
                <td>{row.name}</td>
                {!employerId && (
                  <td>
                    <Link to={`/employers/${row.employerId}`}>{row.employerName}</Link>
                  </td>
                )}
                <td>{row.learnedScore == null ? "–" : formatScore(row.learnedScore)}</td>
                <td>{row.siblingCount}</td>
                <td>{row.rowsSeen}</td>
                <td>
                  {row.importBatchId ? <Link to={`/imports/${row.importBatchId}`}>#{row.importBatchId}</Link> : "–"}
                </td>
                <td>{row.risk}</td>
                <td className="actions">
                  <button type="button" disabled={busy} onClick={() => void decide("confirm", row.aliasId!, row.name!)}>
                    Confirm
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    onClick={() => void decide("retire", row.aliasId!, row.name!)}
                  >
                    Retire
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {employerId && total > rows.length && (
        <p className="muted">{total - rows.length} more in the learned names queue.</p>
      )}
    </div>
  );
}
