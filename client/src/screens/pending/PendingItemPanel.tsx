// One pending item: its spellings, identifiers, the import rows that carried
// it, ranked candidates with their explanations, and the four resolutions
// (match, create, merge with another pending item, reject). A resolved item
// stays linkable and says how it was resolved.
import { useId, useState } from "react";
import { Link } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import {
  CreateEmployerFromPendingDocument,
  MatchPendingEmployerDocument,
  MergePendingEmployersDocument,
  PendingEmployerDetailDocument,
  RejectPendingEmployerDocument,
} from "../../gql/graphql.ts";
import { EmployerPicker, type PickedEmployer } from "../../components/EmployerPicker.tsx";
import { Empty, ErrorMessage, Loading } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { formatDateTime, formatScore } from "../../format.ts";
import { present } from "../../present.ts";
import { roleAtLeast } from "../../roles.ts";
import type { Session } from "../../session.ts";

export interface OpenItem {
  rowId: string;
  name: string;
}

export interface PendingItemPanelProps {
  pendingId: string;
  session: Session;
  /** Other open items, offered for "same company as". */
  openItems: OpenItem[];
  onResolved(message: string): void;
}

export function PendingItemPanel({ pendingId, session, openItems, onResolved }: PendingItemPanelProps) {
  const canResolve = roleAtLeast(session.role, "steward");
  const ids = { note: useId(), name: useId(), merge: useId(), reason: useId() };
  const [note, setNote] = useState("");
  const [newName, setNewName] = useState<string | null>(null);
  const [mergeWith, setMergeWith] = useState("");
  const [reason, setReason] = useState("");
  const [picked, setPicked] = useState<PickedEmployer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ action: string; error: CombinedError } | null>(null);

  const [{ data, fetching, error }] = useQuery({ query: PendingEmployerDetailDocument, variables: { id: pendingId } });
  const [matchState, match] = useMutation(MatchPendingEmployerDocument);
  const [createState, create] = useMutation(CreateEmployerFromPendingDocument);
  const [mergeState, merge] = useMutation(MergePendingEmployersDocument);
  const [rejectState, reject] = useMutation(RejectPendingEmployerDocument);
  const busy = matchState.fetching || createState.fetching || mergeState.fetching || rejectState.fetching;

  if (fetching && !data) return <Loading what={`pending item #${pendingId}`} />;
  if (error && !data) return <ErrorMessage error={error} action={`Loading pending item #${pendingId}`} />;
  const item = data?.pendingEmployer;
  if (!item) return <Empty>There is no pending item #{pendingId}, or you may not see it.</Empty>;
  const open = item.status === "open";
  const noteOrNull = note.trim() || null;

  function begin() {
    setProblem(null);
    setFailure(null);
  }

  async function matchTo(employer: { rowId: string; name: string }) {
    begin();
    const result = await match({ pendingEmployerId: pendingId, employerId: employer.rowId, note: noteOrNull });
    if (result.error) return setFailure({ action: "Matching", error: result.error });
    onResolved(`Matched “${item!.name}” to ${employer.name} (#${employer.rowId}).`);
  }

  async function createEmployer() {
    begin();
    const name = (newName ?? item!.name).trim();
    if (!name) return setProblem("Give the new employer a name.");
    const result = await create({ pendingEmployerId: pendingId, name, note: noteOrNull });
    if (result.error) return setFailure({ action: "Creating the employer", error: result.error });
    const employerId = result.data?.createEmployerFromPending?.result?.resolvedEmployerId;
    onResolved(`Created employer “${name}”${employerId ? ` (#${employerId})` : ""}.`);
  }

  async function mergeInto() {
    begin();
    if (!mergeWith) return setProblem("Choose the pending item that is the same company.");
    const other = openItems.find((o) => o.rowId === mergeWith);
    const result = await merge({ survivorId: pendingId, mergedId: mergeWith, note: noteOrNull });
    if (result.error) return setFailure({ action: "Merging", error: result.error });
    onResolved(`Merged “${other?.name ?? `#${mergeWith}`}” into “${item!.name}”.`);
  }

  async function rejectItem() {
    begin();
    if (!reason.trim()) return setProblem("A reason is required to reject: say why this is not an employer.");
    const result = await reject({ pendingEmployerId: pendingId, reason: reason.trim() });
    if (result.error) return setFailure({ action: "Rejecting", error: result.error });
    onResolved(`Rejected “${item!.name}”.`);
  }

  const names = item.pendingEmployerNames.nodes.filter(present).sort((a, b) => b.occurrenceCount - a.occurrenceCount);
  const identifiers = item.pendingEmployerIdentifiers.nodes.filter(present);
  const rows = item.occurrences.nodes.filter(present);
  const candidates = item.candidates.nodes.filter(present);
  const batches = [...new Map(rows.filter((r) => r.batch).map((r) => [r.batch!.rowId, r.batch!])).values()];
  const others = openItems.filter((o) => o.rowId !== pendingId);

  return (
    <article className="card item-panel" aria-labelledby="item-title">
      <p className="eyebrow">Pending item #{item.rowId}</p>
      <h2 id="item-title">{item.name}</h2>
      <p className="muted">
        <StatusBadge value={open ? "review" : "active"} label={item.status} /> {item.occurrenceCount} row
        {item.occurrenceCount === 1 ? "" : "s"} from {item.sourceSystem}, first seen {formatDateTime(item.firstSeenAt)},
        last seen {formatDateTime(item.lastSeenAt)}
      </p>
      {item.conflict && (
        <p className="banner" role="note">
          {item.conflict}
        </p>
      )}
      {!open && (
        <p className="banner" role="note">
          Resolved ({item.status}) {formatDateTime(item.resolvedAt)}
          {item.resolver && ` by ${item.resolver.displayName}`}
          {item.resolvedEmployer && (
            <>
              {" "}
              as <Link to={`/employers/${item.resolvedEmployer.rowId}`}>{item.resolvedEmployer.name}</Link>
            </>
          )}
          {item.mergedInto && (
            <>
              {" "}
              into <Link to={`/pending-employers/${item.mergedInto.rowId}`}>{item.mergedInto.name}</Link>
            </>
          )}
          {item.resolutionNote && `: ${item.resolutionNote}`}
        </p>
      )}

      <h3>Spellings</h3>
      <ul className="plain-list" aria-label="Spellings">
        {names.map((name) => (
          <li key={name.rowId}>
            {name.name} <span className="muted">× {name.occurrenceCount}</span>
          </li>
        ))}
      </ul>
      {identifiers.length > 0 && (
        <>
          <h3>Identifiers seen</h3>
          <ul className="plain-list" aria-label="Identifiers seen">
            {identifiers.map((identifier) => (
              <li key={identifier.rowId}>
                {identifier.scheme.toUpperCase()} {identifier.value}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>
        Rows <span className="count">{item.occurrences.totalCount}</span>
      </h3>
      <p className="muted">
        From {batches.length} batch{batches.length === 1 ? "" : "es"}:{" "}
        {batches.map((batch) => `#${batch.rowId} ${batch.fileName ?? ""}`.trim()).join(", ")}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Import rows of {item.name}</caption>
          <thead>
            <tr>
              <th scope="col">Batch</th>
              <th scope="col">Line</th>
              <th scope="col">As written</th>
              <th scope="col">Project</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.batchId}-${row.line}`}>
                <td>#{row.batchId}</td>
                <td className="num">{row.line}</td>
                <td>{row.companyName}</td>
                <td>
                  {row.projectName ?? row.projectId ?? "—"}
                  {row.role && <span className="muted"> ({row.role})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Candidates</h3>
      {candidates.length === 0 ? (
        <Empty>No employer looks like this name: create one, or search below.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Candidates for {item.name}, best first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Employer</th>
                <th scope="col">Score</th>
                <th scope="col">Explanation</th>
                {canResolve && open && <th scope="col">Resolve</th>}
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate) => (
                <tr key={`${candidate.rank}-${candidate.employer?.rowId}`}>
                  <td>{candidate.rank}</td>
                  <td>
                    {candidate.employer ? (
                      <Link to={`/employers/${candidate.employer.rowId}`}>{candidate.employer.name}</Link>
                    ) : (
                      <span className="muted">not visible to you</span>
                    )}
                  </td>
                  <td className="num">
                    {formatScore(candidate.score)} {candidate.band && <StatusBadge value={candidate.band} />}
                  </td>
                  <td className="explanation">{candidate.explanation}</td>
                  {canResolve && open && (
                    <td className="actions">
                      {candidate.employer && (
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy}
                          aria-label={`Match to ${candidate.employer.name}`}
                          onClick={() => void matchTo(candidate.employer!)}
                        >
                          Match
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {canResolve && open && (
        <section className="subform" aria-labelledby="resolve-title">
          <h3 id="resolve-title">Resolve</h3>
          <div className="field">
            <label htmlFor={ids.note}>Note (recorded with a match, create or merge)</label>
            <input id={ids.note} value={note} onChange={(event) => setNote(event.target.value)} maxLength={1000} />
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          {failure && <ErrorMessage error={failure.error} action={failure.action} />}

          <h4>Match to another employer</h4>
          <EmployerPicker label="Find the employer" excludeId="" onPick={setPicked} />
          {picked && (
            <p>
              <button type="button" disabled={busy} onClick={() => void matchTo(picked)}>
                Match to {picked.name} (#{picked.rowId})
              </button>
            </p>
          )}

          <h4>A new employer</h4>
          <div className="inline-form">
            <label htmlFor={ids.name}>Name of the new employer</label>
            <input
              id={ids.name}
              value={newName ?? item.name}
              onChange={(event) => setNewName(event.target.value)}
              maxLength={500}
            />
            <button type="button" className="secondary" disabled={busy} onClick={() => void createEmployer()}>
              Create employer
            </button>
          </div>

          <h4>Same company as another pending item</h4>
          {others.length === 0 ? (
            <p className="muted">No other open item is listed.</p>
          ) : (
            <div className="inline-form">
              <label htmlFor={ids.merge}>Other pending item</label>
              <select id={ids.merge} value={mergeWith} onChange={(event) => setMergeWith(event.target.value)}>
                <option value="">Choose…</option>
                {others.map((other) => (
                  <option key={other.rowId} value={other.rowId}>
                    {other.name} (#{other.rowId})
                  </option>
                ))}
              </select>
              <button type="button" className="secondary" disabled={busy} onClick={() => void mergeInto()}>
                Merge into this item
              </button>
            </div>
          )}

          <h4>Not an employer</h4>
          <div className="inline-form">
            <label htmlFor={ids.reason}>Reason to reject</label>
            <input
              id={ids.reason}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              maxLength={1000}
            />
            <button type="button" className="secondary" disabled={busy} onClick={() => void rejectItem()}>
              Reject item
            </button>
          </div>
        </section>
      )}
    </article>
  );
}
