// "Not the same employer" judgments: search never auto-matches across them
// and merges between the two are refused.
import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { RecordDistinctionDocument } from "../../gql/graphql.ts";
import { EmployerPicker, type PickedEmployer } from "../../components/EmployerPicker.tsx";
import { Empty, ErrorMessage, Notice } from "../../components/Feedback.tsx";
import { formatDateTime } from "../../format.ts";
import type { EmployerDetail, Refresh } from "./types.ts";
import { present } from "../../present.ts";

interface SectionProps {
  employer: EmployerDetail;
  editable: boolean;
  onChanged: Refresh;
}

export function DistinctionsSection({ employer, editable, onChanged }: SectionProps) {
  const [notice, setNotice] = useState<string | null>(null);
  const rows = [
    ...employer.employerDistinctions.nodes.filter(present).map((d) => ({ ...d, other: d.otherEmployer })),
    ...employer.employerDistinctionsByOtherEmployerId.nodes.filter(present).map((d) => ({ ...d, other: d.employer })),
  ].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  return (
    <section className="card" aria-labelledby="distinctions-title">
      <h2 id="distinctions-title">
        Not the same as <span className="count">{rows.length}</span>
      </h2>
      {notice && <Notice>{notice}</Notice>}
      {rows.length === 0 ? (
        <Empty>No distinctions recorded.</Empty>
      ) : (
        <ul className="plain-list">
          {rows.map((row) => (
            <li key={row.rowId}>
              {row.other ? (
                <Link to={`/employers/${row.other.rowId}`}>
                  {row.other.name} (#{row.other.rowId})
                </Link>
              ) : (
                "an employer you may not see"
              )}
              : “{row.reason}”{" "}
              <span className="muted">
                — {row.userByRecordedBy?.displayName ?? "someone"}, {formatDateTime(row.recordedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <RecordDistinctionForm
          employer={employer}
          onRecorded={(other) => {
            setNotice(`Recorded that ${other.name} is a different employer.`);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

function RecordDistinctionForm({
  employer,
  onRecorded,
}: {
  employer: EmployerDetail;
  onRecorded(other: PickedEmployer): void;
}) {
  const id = useId();
  const [other, setOther] = useState<PickedEmployer | null>(null);
  const [reason, setReason] = useState("");
  const [{ fetching, error }, record] = useMutation(RecordDistinctionDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!other) return;
    const result = await record({ employerId: employer.rowId, otherEmployerId: other.rowId, reason });
    if (!result.error) {
      onRecorded(other);
      setOther(null);
      setReason("");
    }
  }

  return (
    <div className="subform">
      <h3>Record a different employer</h3>
      {other ? (
        <form onSubmit={submit} className="dialog-form">
          <p>
            {employer.name} is <strong>not</strong> the same employer as <strong>{other.name}</strong> (#{other.rowId}
            ).{" "}
            <button type="button" className="link-button" onClick={() => setOther(null)}>
              Choose another
            </button>
          </p>
          <fieldset disabled={fetching}>
            <label htmlFor={`${id}-reason`}>Why (required)</label>
            <textarea
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              rows={2}
            />
            <button type="submit">Record distinction</button>
          </fieldset>
          {error && <ErrorMessage error={error} action="Recording" />}
        </form>
      ) : (
        <EmployerPicker label="Find the other employer" excludeId={employer.rowId} onPick={setOther} />
      )}
    </div>
  );
}
