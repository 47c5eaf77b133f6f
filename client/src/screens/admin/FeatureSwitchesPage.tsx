// /admin/feature-switches — switch a feature off (or on again) with a reason;
// the change applies on the next request and is kept in the audit trail.
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { AdminFeatureSwitchesDocument, SetFeatureSwitchDocument } from "../../gql/graphql.ts";
import type { AdminFeatureSwitchesQuery } from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { formatDateTime } from "../../format.ts";
import { present } from "../../present.ts";

type SwitchRow = NonNullable<NonNullable<AdminFeatureSwitchesQuery["featureSwitches"]>["nodes"][number]>;

export function FeatureSwitchesPage() {
  usePageTitle("Feature switches");
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminFeatureSwitchesDocument });
  const [changing, setChanging] = useState<SwitchRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const switches = data?.featureSwitches?.nodes.filter(present) ?? [];
  return (
    <div>
      <h2>Feature switches</h2>
      <p className="muted">A switched-off feature refuses its requests with “Switched off” until it is switched on.</p>
      {notice && <Notice>{notice}</Notice>}
      {fetching && !data && <Loading what="feature switches" />}
      {error && <ErrorMessage error={error} />}
      {data && switches.length === 0 && <Empty>No feature switches.</Empty>}
      {switches.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col">State</th>
                <th scope="col">Last change</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {switches.map((feature) => (
                <tr key={feature.key}>
                  <td>
                    <strong className="mono">{feature.key}</strong>
                    <br />
                    <span className="muted">{feature.description}</span>
                  </td>
                  <td>
                    <StatusBadge value={feature.isEnabled ? "on" : "off"} />
                  </td>
                  <td>
                    {feature.lastChangeReason ? `“${feature.lastChangeReason}”` : "—"}
                    <br />
                    <span className="muted">
                      {formatDateTime(feature.updatedAt)}
                      {feature.userByUpdatedBy && ` by ${feature.userByUpdatedBy.displayName}`}
                    </span>
                  </td>
                  <td className="actions">
                    <button type="button" className="small" onClick={() => setChanging(feature)}>
                      {feature.isEnabled ? `Switch off ${feature.key}…` : `Switch on ${feature.key}…`}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Dialog
        title={changing?.isEnabled ? "Switch feature off" : "Switch feature on"}
        open={changing !== null}
        onClose={() => setChanging(null)}
      >
        {changing && (
          <SwitchForm
            feature={changing}
            onCancel={() => setChanging(null)}
            onDone={() => {
              setNotice(`${changing.key} switched ${changing.isEnabled ? "off" : "on"}.`);
              setChanging(null);
              reexecute({ requestPolicy: "network-only" });
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

function SwitchForm({ feature, onCancel, onDone }: { feature: SwitchRow; onCancel(): void; onDone(): void }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [{ fetching, error }, setSwitch] = useMutation(SetFeatureSwitchDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await setSwitch({ key: feature.key, isEnabled: !feature.isEnabled, reason });
    if (!result.error) onDone();
  }
  return (
    <form onSubmit={submit} className="dialog-form">
      <p>
        {feature.isEnabled
          ? `Switch off ${feature.key}: its requests are refused from the next one.`
          : `Switch ${feature.key} back on.`}
      </p>
      <fieldset disabled={fetching}>
        <label htmlFor={`${id}-reason`}>Reason (kept in the audit trail)</label>
        <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} required rows={2} />
      </fieldset>
      {error && <ErrorMessage error={error} action="Changing the switch" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={fetching}>
          {feature.isEnabled ? "Switch off" : "Switch on"}
        </button>
      </div>
    </form>
  );
}
