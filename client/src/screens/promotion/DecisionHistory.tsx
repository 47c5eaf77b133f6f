// The employer's canonical decisions, newest first (the log is append-only).
// A promotion not yet undone can be reverted, with a rationale, as a new decision.
import { useId, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { RevertCanonicalPromotionDocument, type PromotionEmployerQuery } from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { Empty, ErrorMessage } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { formatDate, formatDateTime } from "../../format.ts";

type Decision = NonNullable<NonNullable<PromotionEmployerQuery["canonicalDecisions"]>["nodes"][number]>;

const actionBadge: Readonly<Record<string, string>> = {
  promote: "active",
  reject: "merged",
  defer: "review",
  revert: "archived",
};

export interface DecisionHistoryProps {
  employerName: string;
  decisions: Decision[];
  canRevert: boolean;
  onReverted(message: string): void;
}

export function DecisionHistory({ employerName, decisions, canRevert, onReverted }: DecisionHistoryProps) {
  const [reverting, setReverting] = useState<Decision | null>(null);
  return (
    <section className="subform" aria-labelledby="history-title">
      <h3 id="history-title">
        Decision history <span className="count">{decisions.length}</span>
      </h3>
      {decisions.length === 0 ? (
        <Empty>No decisions yet.</Empty>
      ) : (
        <ol className="plain-list decisions" aria-label={`Decisions about ${employerName}`}>
          {decisions.map((decision) => (
            <li key={decision.rowId}>
              <StatusBadge value={actionBadge[decision.action] ?? "new"} label={decision.action} />{" "}
              <strong>
                {decision.action === "promote" || decision.action === "revert"
                  ? `“${decision.nameBefore}” → “${decision.nameAfter}”`
                  : `“${decision.candidateName ?? decision.nameBefore}”`}
              </strong>
              {decision.deferUntil && <span> until {formatDate(decision.deferUntil)}</span>}
              <span className="muted">
                {" "}
                · {decision.userByDecidedBy?.displayName ?? decision.decidedRole}, {formatDateTime(decision.decidedAt)}{" "}
                · decision #{decision.rowId}
                {decision.revertsDecisionId && ` (reverts #${decision.revertsDecisionId})`}
              </span>
              {decision.rationale && <p className="rationale">{decision.rationale}</p>}
              {decision.canonicalDecisionByRevertsDecisionId && (
                <p className="muted">Reverted by decision #{decision.canonicalDecisionByRevertsDecisionId.rowId}.</p>
              )}
              {canRevert && decision.action === "promote" && !decision.canonicalDecisionByRevertsDecisionId && (
                <button type="button" className="link-button" onClick={() => setReverting(decision)}>
                  Revert decision #{decision.rowId}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <Dialog title="Revert promotion" open={reverting !== null} onClose={() => setReverting(null)}>
        {reverting && (
          <RevertForm
            decision={reverting}
            onCancel={() => setReverting(null)}
            onDone={(message) => {
              setReverting(null);
              onReverted(message);
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

function RevertForm({
  decision,
  onCancel,
  onDone,
}: {
  decision: Decision;
  onCancel(): void;
  onDone(message: string): void;
}) {
  const rationaleId = useId();
  const [rationale, setRationale] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching, error }, revert] = useMutation(RevertCanonicalPromotionDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!rationale.trim()) return setProblem("A rationale is required to revert: say why, for the decision log.");
    setProblem(null);
    const result = await revert({ decisionId: decision.rowId, rationale: rationale.trim() });
    if (!result.error)
      onDone(`Reverted: the canonical name is “${result.data?.revertCanonicalPromotion?.result?.nameAfter}” again.`);
  }
  return (
    <form className="dialog-form" onSubmit={(event) => void submit(event)}>
      <p>
        “{decision.nameBefore}” becomes the canonical name again; “{decision.nameAfter}” goes back to being an alias
        with its original provenance.
      </p>
      <div className="field">
        <label htmlFor={rationaleId}>Rationale (required)</label>
        <textarea id={rationaleId} rows={3} value={rationale} onChange={(event) => setRationale(event.target.value)} />
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {error && <ErrorMessage error={error} action="Reverting" />}
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" disabled={fetching}>
          Revert promotion
        </button>
      </div>
    </form>
  );
}
