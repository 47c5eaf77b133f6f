// Names of one employer: kind, visibility, validity and where each came from;
// stewards add names, retire them (kept on record, given an end date) and
// change their kind, visibility or start date.
import { useId, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import {
  AddAliasDocument,
  RetireAliasDocument,
  UpdateAliasDetailsDocument,
  type AliasKind,
  type AliasVisibility,
} from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { Empty, ErrorMessage, Notice } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { formatDate, formatDateTime, humanize, today } from "../../format.ts";
import { aliasKinds, visibilities, type AliasRow, type EmployerDetail, type Refresh } from "./types.ts";
import { present } from "../../present.ts";

interface SectionProps {
  employer: EmployerDetail;
  editable: boolean;
  onChanged: Refresh;
}

function isRetired(alias: AliasRow, on = today()): boolean {
  return alias.validTo !== null && alias.validTo !== undefined && alias.validTo <= on;
}

function validity(alias: AliasRow): string {
  if (isRetired(alias)) return `Retired ${formatDate(alias.validTo)}`;
  if (alias.validFrom && alias.validTo) return `${formatDate(alias.validFrom)} – ${formatDate(alias.validTo)}`;
  if (alias.validFrom) return `From ${formatDate(alias.validFrom)}`;
  if (alias.validTo) return `Until ${formatDate(alias.validTo)}`;
  return "Current";
}

export function AliasesSection({ employer, editable, onChanged }: SectionProps) {
  const [editing, setEditing] = useState<AliasRow | null>(null);
  const [retiring, setRetiring] = useState<AliasRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const aliases = employer.aliases.nodes.filter(present);
  const done = (message: string) => {
    setEditing(null);
    setRetiring(null);
    setNotice(message);
    onChanged();
  };

  return (
    <section className="card" aria-labelledby="aliases-title">
      <h2 id="aliases-title">
        Names <span className="count">{employer.aliases.totalCount}</span>
      </h2>
      {notice && <Notice>{notice}</Notice>}
      {aliases.length === 0 ? (
        <Empty>No other names yet: search finds this employer by its canonical name and identifiers only.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Names of {employer.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Visibility</th>
                <th scope="col">Validity</th>
                <th scope="col">Provenance</th>
                {editable && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {aliases.map((alias) => (
                <tr key={alias.rowId} className={isRetired(alias) ? "retired" : undefined}>
                  <td>{alias.name}</td>
                  <td>{humanize(alias.kind)}</td>
                  <td>
                    <StatusBadge value={alias.visibility} />
                  </td>
                  <td>{validity(alias)}</td>
                  <td className="provenance">
                    <span>
                      {alias.sourceSystem}
                      {alias.sourceRef && <> · ref {alias.sourceRef}</>}
                      {alias.importBatchId && (
                        <>
                          {" "}
                          · batch {alias.importBatchId}
                          {alias.importRow !== null && alias.importRow !== undefined && ` row ${alias.importRow}`}
                        </>
                      )}
                    </span>
                    <span className="muted">
                      added {formatDateTime(alias.addedAt)}
                      {alias.userByAddedBy && ` by ${alias.userByAddedBy.displayName}`} · normaliser v
                      {alias.normalizerVersion}
                    </span>
                  </td>
                  {editable && (
                    <td className="actions">
                      <button
                        type="button"
                        className="small"
                        onClick={() => setEditing(alias)}
                        aria-label={`Edit ${alias.name}`}
                      >
                        Edit…
                      </button>
                      {!isRetired(alias) && (
                        <button
                          type="button"
                          className="small"
                          onClick={() => setRetiring(alias)}
                          aria-label={`Retire ${alias.name}`}
                        >
                          Retire…
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
      {employer.aliases.totalCount > aliases.length && (
        <p className="muted">
          Showing the first {aliases.length} of {employer.aliases.totalCount} names.
        </p>
      )}
      {editable && <AddAliasForm employerId={employer.rowId} onAdded={(name) => done(`Added “${name}”.`)} />}
      <Dialog title="Edit name" open={editing !== null} onClose={() => setEditing(null)}>
        {editing && (
          <EditAliasForm alias={editing} onCancel={() => setEditing(null)} onSaved={() => done("Name updated.")} />
        )}
      </Dialog>
      <Dialog title="Retire name" open={retiring !== null} onClose={() => setRetiring(null)}>
        {retiring && (
          <RetireAliasForm
            alias={retiring}
            onCancel={() => setRetiring(null)}
            onRetired={() => done(`Retired “${retiring.name}”.`)}
          />
        )}
      </Dialog>
    </section>
  );
}

function AddAliasForm({ employerId, onAdded }: { employerId: string; onAdded(name: string): void }) {
  const id = useId();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<AliasKind>("trading");
  const [visibility, setVisibility] = useState<AliasVisibility>("public");
  const [validFrom, setValidFrom] = useState("");
  const [validTo, setValidTo] = useState("");
  const [sourceRef, setSourceRef] = useState("");
  const [{ fetching, error }, addAlias] = useMutation(AddAliasDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await addAlias({
      employerId,
      name,
      kind,
      visibility,
      validFrom: validFrom || null,
      validTo: validTo || null,
      sourceRef: sourceRef.trim() || null,
    });
    if (!result.error) {
      onAdded(name);
      setName("");
      setValidFrom("");
      setValidTo("");
      setSourceRef("");
    }
  }

  return (
    <form className="subform" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Add a name</h3>
      <fieldset disabled={fetching} className="grid-fields">
        <div className="field wide">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required maxLength={500} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as AliasKind)}>
            {aliasKinds.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-visibility`}>Visibility</label>
          <select
            id={`${id}-visibility`}
            value={visibility}
            onChange={(e) => setVisibility(e.target.value as AliasVisibility)}
          >
            {visibilities.map((v) => (
              <option key={v} value={v}>
                {humanize(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>Valid from</label>
          <input id={`${id}-from`} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>Valid to</label>
          <input id={`${id}-to`} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-ref`}>Reference (optional)</label>
          <input id={`${id}-ref`} value={sourceRef} onChange={(e) => setSourceRef(e.target.value)} maxLength={200} />
        </div>
        <div className="field actions-field">
          <button type="submit">{fetching ? "Adding…" : "Add name"}</button>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} action="Adding the name" />}
    </form>
  );
}

function EditAliasForm({ alias, onCancel, onSaved }: { alias: AliasRow; onCancel(): void; onSaved(): void }) {
  const id = useId();
  const [kind, setKind] = useState<AliasKind>(alias.kind);
  const [visibility, setVisibility] = useState<AliasVisibility>(alias.visibility);
  const [validFrom, setValidFrom] = useState(alias.validFrom ?? "");
  const [{ fetching, error }, update] = useMutation(UpdateAliasDetailsDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ aliasId: alias.rowId, kind, visibility, validFrom: validFrom || null });
    if (!result.error) onSaved();
  }

  return (
    <form onSubmit={submit} className="dialog-form">
      <p>
        <strong>{alias.name}</strong>
      </p>
      <fieldset disabled={fetching}>
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as AliasKind)}>
          {aliasKinds.map((k) => (
            <option key={k} value={k}>
              {humanize(k)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-visibility`}>Visibility</label>
        <select
          id={`${id}-visibility`}
          value={visibility}
          onChange={(e) => setVisibility(e.target.value as AliasVisibility)}
        >
          {visibilities.map((v) => (
            <option key={v} value={v}>
              {humanize(v)}
            </option>
          ))}
        </select>
        <p className="hint">Internal names are hidden from API tokens; stewards and analysts still see them.</p>
        <label htmlFor={`${id}-from`}>Valid from</label>
        <input id={`${id}-from`} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
      </fieldset>
      {error && <ErrorMessage error={error} action="Saving" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={fetching}>
          Save
        </button>
      </div>
    </form>
  );
}

function RetireAliasForm({ alias, onCancel, onRetired }: { alias: AliasRow; onCancel(): void; onRetired(): void }) {
  const id = useId();
  const [validTo, setValidTo] = useState(today());
  const [{ fetching, error }, retire] = useMutation(RetireAliasDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await retire({ aliasId: alias.rowId, validTo: validTo || null });
    if (!result.error) onRetired();
  }

  return (
    <form onSubmit={submit} className="dialog-form">
      <p>
        “{alias.name}” stops being a current name of this employer. It stays on record, and search still finds it as a
        retired name.
      </p>
      <fieldset disabled={fetching}>
        <label htmlFor={`${id}-to`}>No longer used from</label>
        <input id={`${id}-to`} type="date" value={validTo} onChange={(e) => setValidTo(e.target.value)} required />
      </fieldset>
      {error && <ErrorMessage error={error} action="Retiring" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={fetching}>
          Retire name
        </button>
      </div>
    </form>
  );
}
