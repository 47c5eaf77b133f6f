// /pending-employers and /pending-employers/:pendingId — the pending queue.
// Open items (clusters of spellings from imports that matched no employer),
// most frequent first, on the left with checkboxes for bulk resolutions; the
// chosen item, linkable by its URL, on the right with its occurrences, ranked
// candidates and single resolutions.
import { useCallback, useId, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import {
  BulkCreateEmployersFromPendingDocument,
  BulkMatchPendingEmployersDocument,
  BulkRejectPendingEmployersDocument,
  PendingEmployersDocument,
} from "../../gql/graphql.ts";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { formatDateTime, formatScore } from "../../format.ts";
import { present } from "../../present.ts";
import { roleAtLeast } from "../../roles.ts";
import type { Session } from "../../session.ts";
import { PendingItemPanel, type OpenItem } from "./PendingItemPanel.tsx";
import { BulkMatchConfirmation, bulkMatchable, type BulkMatchProposal } from "./BulkMatchConfirmation.tsx";

const PAGE_SIZE = 100;

export function PendingQueuePage({ session }: { session: Session }) {
  const { pendingId } = useParams();
  const navigate = useNavigate();
  const canResolve = roleAtLeast(session.role, "steward");
  usePageTitle(pendingId ? `Pending employer #${pendingId}` : "Pending employers");
  const reasonId = useId();

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PendingEmployersDocument,
    variables: { first: PAGE_SIZE },
  });
  const refreshList = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  // Items resolved here leave the list at once, before the refreshed list
  // arrives, so a quick second bulk action never includes them again.
  const [resolvedIds, setResolvedIds] = useState<ReadonlySet<string>>(new Set());
  const items = (data?.pendingEmployers?.nodes ?? []).filter(present).filter((item) => !resolvedIds.has(item.rowId));
  const total = data?.pendingEmployers?.totalCount ?? 0;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ action: string; error: CombinedError } | null>(null);
  const [proposals, setProposals] = useState<BulkMatchProposal[] | null>(null);
  const [matchState, bulkMatch] = useMutation(BulkMatchPendingEmployersDocument);
  const [createState, bulkCreate] = useMutation(BulkCreateEmployersFromPendingDocument);
  const [rejectState, bulkReject] = useMutation(BulkRejectPendingEmployersDocument);
  const busy = matchState.fetching || createState.fetching || rejectState.fetching;

  // Only items still open and shown can be part of a bulk resolution.
  const chosen = items.filter((item) => selected.has(item.rowId));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = items.length > 0 && chosen.length === items.length;

  function begin(): boolean {
    setNotice(null);
    setProblem(null);
    setFailure(null);
    if (chosen.length === 0) {
      setProblem("Tick one or more items first.");
      return false;
    }
    return true;
  }

  function finish(message: string, resolved: readonly string[]) {
    setResolvedIds((current) => new Set([...current, ...resolved]));
    setSelected(new Set());
    setReason("");
    setNotice(message);
    refreshList();
    if (pendingId && chosen.some((item) => item.rowId === pendingId)) void navigate("/pending-employers");
  }

  // Nothing changes until the steward has seen each item's candidate, score and band.
  function proposeMatches() {
    if (!begin()) return;
    const without = chosen.filter((item) => !item.candidates.nodes[0]?.employer);
    if (without.length > 0) {
      setProblem(`No candidate to match for: ${without.map((item) => item.name).join(", ")}. Untick them first.`);
      return;
    }
    setProposals(
      chosen.map((item) => {
        const best = item.candidates.nodes[0]!;
        return {
          pendingEmployerId: item.rowId,
          pendingName: item.name,
          employerId: best.employer!.rowId,
          employerName: best.employer!.name,
          score: best.score,
          band: best.band,
        };
      }),
    );
  }

  async function matchProposed() {
    const choices = (proposals ?? [])
      .filter(bulkMatchable)
      .map((p) => ({ pendingEmployerId: p.pendingEmployerId, employerId: p.employerId }));
    setProposals(null);
    if (choices.length === 0) return;
    const result = await bulkMatch({ choices, note: "Matched to the best candidate from the pending queue" });
    if (result.error) return setFailure({ action: "Matching", error: result.error });
    finish(
      `Matched ${choices.length} item${choices.length === 1 ? "" : "s"} to their best candidates.`,
      choices.map((choice) => choice.pendingEmployerId),
    );
  }

  async function createEach() {
    if (!begin()) return;
    const result = await bulkCreate({ pendingEmployerIds: chosen.map((item) => item.rowId) });
    if (result.error) return setFailure({ action: "Creating employers", error: result.error });
    finish(
      `Created ${chosen.length} employer${chosen.length === 1 ? "" : "s"}.`,
      chosen.map((item) => item.rowId),
    );
  }

  async function rejectAll() {
    if (!begin()) return;
    if (!reason.trim()) {
      setProblem("A reason is required to reject: say why these are not employers.");
      document.getElementById(reasonId)?.focus();
      return;
    }
    const result = await bulkReject({ pendingEmployerIds: chosen.map((item) => item.rowId), reason: reason.trim() });
    if (result.error) return setFailure({ action: "Rejecting", error: result.error });
    finish(
      `Rejected ${chosen.length} item${chosen.length === 1 ? "" : "s"}.`,
      chosen.map((item) => item.rowId),
    );
  }

  const openItems: OpenItem[] = items.map((item) => ({ rowId: item.rowId, name: item.name }));
  const onResolved = (message: string) => {
    const index = items.findIndex((item) => item.rowId === pendingId);
    const next = index >= 0 ? (items[index + 1] ?? items[index - 1]) : undefined;
    setNotice(message);
    refreshList();
    void navigate(next ? `/pending-employers/${next.rowId}` : "/pending-employers");
  };

  return (
    <section className="page wide" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">Pending employers</h1>
          <p className="muted">
            Names from imports that matched no employer, grouped so the spellings of one company form one item.
            {!canResolve && " You can read the queue; stewards resolve it."}
          </p>
        </div>
      </div>
      {notice && <Notice>{notice}</Notice>}
      <div className="console">
        <div className="console-list">
          {fetching && !data && <Loading what="pending employers" />}
          {error && <ErrorMessage error={error} action="Loading the pending queue" />}
          {data && items.length === 0 && <Empty>Nothing is pending: every imported name found its employer.</Empty>}
          {canResolve && items.length > 0 && (
            <form
              className="bulk-bar"
              aria-label="Resolve the ticked items"
              onSubmit={(event) => {
                event.preventDefault();
                void rejectAll();
              }}
            >
              <p className="bulk-count" role="status">
                {chosen.length} of {items.length} ticked
              </p>
              <button type="button" className="secondary" disabled={busy} onClick={proposeMatches}>
                Match to best candidates
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => void createEach()}>
                Create employers
              </button>
              <label htmlFor={reasonId} className="visually-hidden">
                Reason for rejecting the ticked items
              </label>
              <input
                id={reasonId}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                placeholder="Reason to reject (e.g. not a company)"
                maxLength={1000}
              />
              <button type="submit" className="secondary" disabled={busy}>
                Reject ticked
              </button>
            </form>
          )}
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          {proposals && (
            <BulkMatchConfirmation
              proposals={proposals}
              busy={busy}
              onConfirm={() => void matchProposed()}
              onCancel={() => setProposals(null)}
            />
          )}
          {failure && <ErrorMessage error={failure.error} action={failure.action} />}
          {items.length > 0 && (
            <div className="table-wrap">
              <table className="results queue-table">
                <caption className="visually-hidden">
                  Open pending employers, {total} item{total === 1 ? "" : "s"}
                </caption>
                <thead>
                  <tr>
                    {canResolve && (
                      <th scope="col">
                        <input
                          type="checkbox"
                          aria-label="Tick every item shown"
                          checked={allChosen}
                          onChange={(event) =>
                            setSelected(event.target.checked ? new Set(items.map((item) => item.rowId)) : new Set())
                          }
                        />
                      </th>
                    )}
                    <th scope="col">Name</th>
                    <th scope="col">Rows</th>
                    <th scope="col">Best candidate</th>
                    <th scope="col">Last seen</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => {
                    const best = item.candidates.nodes[0];
                    const current = item.rowId === pendingId;
                    return (
                      <tr key={item.rowId} className={current ? "selected" : undefined}>
                        {canResolve && (
                          <td>
                            <input
                              type="checkbox"
                              aria-label={`Tick ${item.name}`}
                              checked={selected.has(item.rowId)}
                              onChange={(event) => toggle(item.rowId, event.target.checked)}
                            />
                          </td>
                        )}
                        <td>
                          <Link to={`/pending-employers/${item.rowId}`} aria-current={current ? "true" : undefined}>
                            {item.name}
                          </Link>
                          {item.pendingEmployerNames.totalCount > 1 && (
                            <span className="muted"> +{item.pendingEmployerNames.totalCount - 1} spellings</span>
                          )}
                          {item.conflict && <StatusBadge value="review" label="conflict" />}
                        </td>
                        <td className="num">{item.occurrenceCount}</td>
                        <td>
                          {best?.employer ? (
                            <>
                              {best.employer.name}{" "}
                              <span className="muted">
                                {formatScore(best.score)} {best.band}
                              </span>
                            </>
                          ) : (
                            <span className="muted">none</span>
                          )}
                        </td>
                        <td>{formatDateTime(item.lastSeenAt)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {total > items.length && (
                <p className="muted">
                  Showing the {items.length} most frequent of {total}.
                </p>
              )}
            </div>
          )}
        </div>
        <div className="console-item">
          {pendingId ? (
            /^\d{1,18}$/.test(pendingId) ? (
              <PendingItemPanel
                key={pendingId}
                pendingId={pendingId}
                session={session}
                openItems={openItems}
                onResolved={onResolved}
              />
            ) : (
              <Empty>“{pendingId}” is not a pending item number.</Empty>
            )
          ) : (
            <Empty>
              Choose an item to see its spellings, rows and candidates{canResolve ? " and resolve it" : ""}.
            </Empty>
          )}
        </div>
      </div>
    </section>
  );
}
