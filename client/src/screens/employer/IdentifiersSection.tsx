// Identifiers of one employer (ABN, ACN, BCI company id…): an identifier
// belongs to one employer, and ABN/ACN checksums are checked by the database.
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { AddIdentifierDocument, IdentifierSchemesDocument, RemoveIdentifierDocument } from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { Empty, ErrorMessage, Notice } from "../../components/Feedback.tsx";
import { formatDateTime } from "../../format.ts";
import { present } from "../../present.ts";
import type { EmployerDetail, IdentifierRow, Refresh } from "./types.ts";

interface SectionProps {
  employer: EmployerDetail;
  editable: boolean;
  onChanged: Refresh;
}

export function IdentifiersSection({ employer, editable, onChanged }: SectionProps) {
  const [removing, setRemoving] = useState<IdentifierRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const identifiers = employer.employerIdentifiers.nodes.filter(present);
  return (
    <section className="card" aria-labelledby="identifiers-title">
      <h2 id="identifiers-title">
        Identifiers <span className="count">{identifiers.length}</span>
      </h2>
      {notice && <Notice>{notice}</Notice>}
      {identifiers.length === 0 ? (
        <Empty>No identifiers. An ABN or ACN makes imports match this employer exactly.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Identifiers of {employer.name}</caption>
            <thead>
              <tr>
                <th scope="col">Scheme</th>
                <th scope="col">Value</th>
                <th scope="col">Provenance</th>
                {editable && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {identifiers.map((identifier) => (
                <tr key={identifier.rowId}>
                  <td>{identifier.scheme.toUpperCase()}</td>
                  <td className="mono">{identifier.value}</td>
                  <td className="provenance">
                    <span>
                      {identifier.sourceSystem}
                      {identifier.sourceRef && ` · ref ${identifier.sourceRef}`}
                    </span>
                    <span className="muted">
                      added {formatDateTime(identifier.addedAt)}
                      {identifier.userByAddedBy && ` by ${identifier.userByAddedBy.displayName}`}
                    </span>
                  </td>
                  {editable && (
                    <td className="actions">
                      <button
                        type="button"
                        className="small"
                        onClick={() => setRemoving(identifier)}
                        aria-label={`Remove ${identifier.scheme} ${identifier.value}`}
                      >
                        Remove…
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <AddIdentifierForm
          employerId={employer.rowId}
          onAdded={(label) => {
            setNotice(`Added ${label}.`);
            onChanged();
          }}
        />
      )}
      <Dialog title="Remove identifier" open={removing !== null} onClose={() => setRemoving(null)}>
        {removing && (
          <RemoveIdentifierConfirm
            identifier={removing}
            onCancel={() => setRemoving(null)}
            onRemoved={() => {
              setNotice(`Removed ${removing.scheme.toUpperCase()} ${removing.value}.`);
              setRemoving(null);
              onChanged();
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

function AddIdentifierForm({ employerId, onAdded }: { employerId: string; onAdded(label: string): void }) {
  const id = useId();
  const [{ data: schemes }] = useQuery({ query: IdentifierSchemesDocument });
  const [scheme, setScheme] = useState("abn");
  const [value, setValue] = useState("");
  const [{ fetching, error }, add] = useMutation(AddIdentifierDocument);
  const options = schemes?.identifierSchemes?.nodes.filter(present) ?? [{ key: "abn", name: "ABN" }];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await add({ employerId, scheme, value });
    if (!result.error) {
      onAdded(`${scheme.toUpperCase()} ${result.data?.addIdentifier?.result?.value ?? value}`);
      setValue("");
    }
  }

  return (
    <form className="subform" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add an identifier</h3>
      <fieldset disabled={fetching} className="grid-fields">
        <div className="field">
          <label htmlFor={`${id}-scheme`}>Scheme</label>
          <select id={`${id}-scheme`} value={scheme} onChange={(e) => setScheme(e.target.value)}>
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-value`}>Value</label>
          <input id={`${id}-value`} value={value} onChange={(e) => setValue(e.target.value)} required maxLength={100} />
        </div>
        <div className="field actions-field">
          <button type="submit">{fetching ? "Adding…" : "Add identifier"}</button>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} action="Adding the identifier" />}
    </form>
  );
}

function RemoveIdentifierConfirm({
  identifier,
  onCancel,
  onRemoved,
}: {
  identifier: IdentifierRow;
  onCancel(): void;
  onRemoved(): void;
}) {
  const [{ fetching, error }, remove] = useMutation(RemoveIdentifierDocument);
  async function confirm() {
    const result = await remove({ identifierId: identifier.rowId });
    if (!result.error) onRemoved();
  }
  return (
    <div className="dialog-form">
      <p>
        Remove {identifier.scheme.toUpperCase()} <span className="mono">{identifier.value}</span> from this employer?
        Imports will no longer match it by this identifier.
      </p>
      {error && <ErrorMessage error={error} action="Removing" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={confirm} disabled={fetching}>
          Remove identifier
        </button>
      </div>
    </div>
  );
}
