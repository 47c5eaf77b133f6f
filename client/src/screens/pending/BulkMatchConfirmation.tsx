// The confirmation shown before "Match to best candidates" changes anything:
// each ticked item, its best candidate, the score and the band. Candidates
// below the review band are listed as left out: the database refuses them in
// bulk anyway, and they deserve a look one at a time.
import { formatScore } from "../../format.ts";

export interface BulkMatchProposal {
  pendingEmployerId: string;
  pendingName: string;
  employerId: string;
  employerName: string;
  score: number | null;
  band: string | null;
}

export const bulkMatchable = (proposal: BulkMatchProposal) => proposal.band === "auto" || proposal.band === "review";

export function BulkMatchConfirmation({
  proposals,
  busy,
  onConfirm,
  onCancel,
}: {
  proposals: BulkMatchProposal[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const matchable = proposals.filter(bulkMatchable);
  const leftOut = proposals.length - matchable.length;
  return (
    <section className="confirmation" role="dialog" aria-labelledby="bulk-match-title" aria-modal="false">
      <h2 id="bulk-match-title">
        Match {matchable.length} item{matchable.length === 1 ? "" : "s"} to these employers?
      </h2>
      <table className="results">
        <caption className="visually-hidden">Each ticked item and the employer it would be matched to</caption>
        <thead>
          <tr>
            <th scope="col">Pending item</th>
            <th scope="col">Best candidate</th>
            <th scope="col">Score</th>
            <th scope="col">Band</th>
            <th scope="col">In this match</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => (
            <tr key={p.pendingEmployerId} data-band={p.band ?? "none"}>
              <td>{p.pendingName}</td>
              <td>{p.employerName}</td>
              <td>{p.score == null ? "–" : formatScore(p.score)}</td>
              <td>
                <span className={`band band-${p.band ?? "none"}`}>{p.band ?? "–"}</span>
              </td>
              <td>{bulkMatchable(p) ? "yes" : "no: below the review band, open the item to decide"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {leftOut > 0 && (
        <p className="muted">
          {leftOut} item{leftOut === 1 ? "" : "s"} left out: a candidate below the review band is never matched in bulk.
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy || matchable.length === 0} onClick={onConfirm}>
          Match {matchable.length}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
