// Merge history, merging a duplicate (with a confirmation that lists what will
// move, read fresh from the database), and undoing a merge.
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import {
  MergeCandidateDocument,
  MergeEmployersDocument,
  UnmergeEmployersDocument,
  type MergeCandidateQuery,
} from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { EmployerPicker, type PickedEmployer } from "../../components/EmployerPicker.tsx";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { formatDateTime, humanize } from "../../format.ts";
import { planMerge, summarizeUndo, type PlanEmployer } from "./mergePlan.ts";
import type { EmployerDetail, MergeRow, Refresh } from "./types.ts";
import { present } from "../../present.ts";

interface SectionProps {
  employer: EmployerDetail;
  editable: boolean;
  onChanged: Refresh;
}

const employerLabel = (e: { rowId: string; name: string } | null | undefined, fallback: string) =>
  e ? `${e.name} (#${e.rowId})` : fallback;

export function MergesSection({ employer, editable, onChanged }: SectionProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const [undoing, setUndoing] = useState<MergeRow | null>(null);
  const merges = [
    ...employer.employerMergesBySurvivorId.nodes.filter(present),
    ...employer.employerMergesByMergedId.nodes.filter(present),
  ].sort((a, b) => Number(b.rowId) - Number(a.rowId));
  return (
    <section className="card" aria-labelledby="merges-title">
      <h2 id="merges-title">
        Merges <span className="count">{merges.length}</span>
      </h2>
      {notice && <Notice>{notice}</Notice>}
      {merges.length === 0 ? (
        <Empty>No merges involve this employer.</Empty>
      ) : (
        <ul className="plain-list merges">
          {merges.map((merge) => (
            <li key={merge.rowId}>
              <span>
                Merge #{merge.rowId}:{" "}
                {merge.merged ? (
                  <Link to={`/employers/${merge.merged.rowId}`}>{employerLabel(merge.merged, "")}</Link>
                ) : (
                  "an employer"
                )}{" "}
                into{" "}
                {merge.survivor ? (
                  <Link to={`/employers/${merge.survivor.rowId}`}>{employerLabel(merge.survivor, "")}</Link>
                ) : (
                  "an employer"
                )}
                , {formatDateTime(merge.mergedAt)}
                {merge.userByMergedBy && ` by ${merge.userByMergedBy.displayName}`}
                {merge.reason && <> — “{merge.reason}”</>}
              </span>
              {merge.unmergedAt ? (
                <span className="muted">
                  {" "}
                  Undone {formatDateTime(merge.unmergedAt)}
                  {merge.userByUnmergedBy && ` by ${merge.userByUnmergedBy.displayName}`}.
                </span>
              ) : (
                editable && (
                  <button
                    type="button"
                    className="small"
                    onClick={() => setUndoing(merge)}
                    aria-label={`Undo merge #${merge.rowId}`}
                  >
                    Undo merge…
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && employer.status !== "merged" && (
        <MergeStarter
          employer={employer}
          onMerged={(message) => {
            setNotice(message);
            onChanged();
          }}
        />
      )}
      <Dialog title="Undo merge" open={undoing !== null} onClose={() => setUndoing(null)}>
        {undoing && (
          <UnmergeConfirm
            merge={undoing}
            onCancel={() => setUndoing(null)}
            onDone={() => {
              setNotice(`Merge #${undoing.rowId} undone.`);
              setUndoing(null);
              onChanged();
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

function MergeStarter({ employer, onMerged }: { employer: EmployerDetail; onMerged(message: string): void }) {
  const id = useId();
  const [other, setOther] = useState<PickedEmployer | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const [reviewing, setReviewing] = useState(false);
  const survivorId = keepThis ? employer.rowId : other?.rowId;
  const mergedId = keepThis ? other?.rowId : employer.rowId;

  return (
    <div className="subform">
      <h3>Merge a duplicate</h3>
      {other ? (
        <div className="dialog-form">
          <p>
            Duplicate: <strong>{other.name}</strong> (#{other.rowId}){" "}
            <button type="button" className="link-button" onClick={() => setOther(null)}>
              Choose another
            </button>
          </p>
          <fieldset className="radios">
            <legend>Which employer stays?</legend>
            <label htmlFor={`${id}-keep-this`} className="check">
              <input
                type="radio"
                id={`${id}-keep-this`}
                name={`${id}-keep`}
                checked={keepThis}
                onChange={() => setKeepThis(true)}
              />
              Keep {employer.name} (#{employer.rowId}); merge the duplicate into it
            </label>
            <label htmlFor={`${id}-keep-other`} className="check">
              <input
                type="radio"
                id={`${id}-keep-other`}
                name={`${id}-keep`}
                checked={!keepThis}
                onChange={() => setKeepThis(false)}
              />
              Keep {other.name} (#{other.rowId}); merge this employer into it
            </label>
          </fieldset>
          <button type="button" onClick={() => setReviewing(true)}>
            Review merge…
          </button>
        </div>
      ) : (
        <EmployerPicker label="Find the duplicate" excludeId={employer.rowId} onPick={setOther} />
      )}
      <Dialog title="Confirm merge" open={reviewing} onClose={() => setReviewing(false)}>
        {reviewing && survivorId && mergedId && (
          <MergeConfirm
            survivorId={survivorId}
            mergedId={mergedId}
            onCancel={() => setReviewing(false)}
            onMerged={(message) => {
              setReviewing(false);
              setOther(null);
              onMerged(message);
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

function toPlanEmployer(employer: MergeCandidateQuery["employer"] | null): PlanEmployer | null {
  if (!employer) return null;
  return {
    rowId: employer.rowId,
    name: employer.name,
    compareName: employer.compareName,
    aliases: employer.aliases.nodes.filter(present),
    identifiers: employer.employerIdentifiers.nodes.filter(present),
  };
}

function useMergeCandidate(id: string) {
  return useQuery({ query: MergeCandidateDocument, variables: { id }, requestPolicy: "network-only" });
}

function MergeConfirm({
  survivorId,
  mergedId,
  onCancel,
  onMerged,
}: {
  survivorId: string;
  mergedId: string;
  onCancel(): void;
  onMerged(message: string): void;
}) {
  const id = useId();
  const [survivorResult] = useMergeCandidate(survivorId);
  const [mergedResult] = useMergeCandidate(mergedId);
  const [reason, setReason] = useState("");
  const [{ fetching, error }, merge] = useMutation(MergeEmployersDocument);
  const loadError = survivorResult.error ?? mergedResult.error;
  const survivor = toPlanEmployer(survivorResult.data?.employer ?? null);
  const merged = toPlanEmployer(mergedResult.data?.employer ?? null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await merge({ survivorId, mergedId, reason: reason.trim() || null });
    if (!result.error) {
      onMerged(`Merged ${merged?.name} (#${mergedId}) into ${survivor?.name} (#${survivorId}).`);
    }
  }

  if (loadError) return <ErrorMessage error={loadError} action="Reading the employers" />;
  if (!survivor || !merged) {
    if (survivorResult.fetching || mergedResult.fetching) return <Loading what="what the merge will move" />;
    return <Empty>One of the employers could not be found.</Empty>;
  }
  const plan = planMerge(survivor, merged);
  return (
    <form onSubmit={submit} className="dialog-form merge-confirm">
      <p>
        <strong>{merged.name}</strong> (#{merged.rowId}) will be merged into <strong>{survivor.name}</strong> (#
        {survivor.rowId}). Its number will lead to #{survivor.rowId} from now on. You can undo this later.
      </p>
      <h3>Names that move to #{survivor.rowId}</h3>
      <ul className="plan-list" aria-label="Names that move">
        {plan.formerName && (
          <li>
            {plan.formerName} <span className="muted">(its canonical name, kept as a former name)</span>
          </li>
        )}
        {plan.movedAliases.map((alias) => (
          <li key={alias.rowId}>
            {alias.name} <span className="muted">({humanize(alias.kind)})</span>
          </li>
        ))}
        {!plan.formerName && plan.movedAliases.length === 0 && <li className="muted">None</li>}
      </ul>
      {plan.keptAliases.length > 0 && (
        <>
          <h3>Names #{survivor.rowId} already has (they stay behind)</h3>
          <ul className="plan-list" aria-label="Names that stay">
            {plan.keptAliases.map((alias) => (
              <li key={alias.rowId}>{alias.name}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Identifiers that move</h3>
      <ul className="plan-list" aria-label="Identifiers that move">
        {plan.identifiers.map((identifier) => (
          <li key={identifier.rowId}>
            {identifier.scheme.toUpperCase()} <span className="mono">{identifier.value}</span>
          </li>
        ))}
        {plan.identifiers.length === 0 && <li className="muted">None</li>}
      </ul>
      <fieldset disabled={fetching}>
        <label htmlFor={`${id}-reason`}>Reason (recorded with the merge)</label>
        <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      </fieldset>
      {error && <ErrorMessage error={error} action="Merging" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={fetching}>
          Merge #{merged.rowId} into #{survivor.rowId}
        </button>
      </div>
    </form>
  );
}

function UnmergeConfirm({ merge, onCancel, onDone }: { merge: MergeRow; onCancel(): void; onDone(): void }) {
  const [{ fetching, error }, unmerge] = useMutation(UnmergeEmployersDocument);
  const undo = summarizeUndo(merge.undo);
  const merged = employerLabel(merge.merged, `#${merge.rowId}`);
  const survivor = employerLabel(merge.survivor, "the survivor");
  async function confirm() {
    const result = await unmerge({ mergeId: merge.rowId });
    if (!result.error) onDone();
  }
  return (
    <div className="dialog-form">
      <p>
        Undo merge #{merge.rowId}: {merged} becomes {undo.restoresStatus} again, with what the merge took from it.
      </p>
      <ul className="plan-list" aria-label="What moves back">
        <li>
          {undo.aliases === 1 ? "1 name moves" : `${undo.aliases} names move`} back from {survivor}
        </li>
        <li>{undo.identifiers === 1 ? "1 identifier moves" : `${undo.identifiers} identifiers move`} back</li>
        {undo.removesFormerName && <li>the former name the merge added to {survivor} is removed</li>}
      </ul>
      {error && <ErrorMessage error={error} action="Undoing" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={confirm} disabled={fetching}>
          Undo merge
        </button>
      </div>
    </div>
  );
}
