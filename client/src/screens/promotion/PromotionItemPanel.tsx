// One employer's promotion item: the candidate's evidence and conflicts, the
// claim, the decision form (promote / reject / defer with a rationale; for an
// item without a candidate, correct the spelling / reject / defer) and the
// decision history. The console's shortcuts call the same functions as the
// buttons, through `actions`.
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { Link } from "react-router";
import { useMutation, useQuery, type CombinedError } from "urql";
import {
  ClaimPromotionItemDocument,
  CorrectCanonicalSpellingDocument,
  DeferPromotionCandidateDocument,
  PromoteCanonicalNameDocument,
  PromotionEmployerDocument,
  RejectPromotionCandidateDocument,
  ReleasePromotionItemDocument,
  type PromotionItemFieldsFragment,
} from "../../gql/graphql.ts";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { formatDate, formatDateTime, formatScore, humanize, today } from "../../format.ts";
import { present } from "../../present.ts";
import { roleAtLeast } from "../../roles.ts";
import type { Session } from "../../session.ts";
import { candidateParam, itemPath, readConflicts, readSources, ruleWords, suggestSpelling } from "./evidence.ts";
import { DecisionHistory } from "./DecisionHistory.tsx";

export interface PanelActions {
  claim(): void;
  promote(): void;
  /** Correct the canonical name's spelling (items without a candidate). */
  edit(): void;
  reject(): void;
  defer(): void;
}

export interface PromotionItemPanelProps {
  employerId: string;
  /** The alias id from ?candidate=, when the employer has several candidate names. */
  candidate: string | null;
  session: Session;
  actions: RefObject<PanelActions | null>;
  onQueueChanged(): void;
  /** A decision went through: the console moves on to the next item. */
  onDecided(message: string): void;
}

/** Four weeks ahead: a sensible default for "decide later". */
function defaultDeferDate(): string {
  const date = new Date(`${today()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 28);
  return date.toISOString().slice(0, 10);
}

const decidable = new Set(["queued", "deferred"]);

export function PromotionItemPanel(props: PromotionItemPanelProps) {
  const { employerId, candidate, session, actions, onQueueChanged, onDecided } = props;
  const canDecide = roleAtLeast(session.role, "steward");
  const ids = { rationale: useId(), until: useId(), spelling: useId() };
  const spellingRef = useRef<HTMLInputElement>(null);
  const [spelling, setSpelling] = useState<string | null>(null);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const untilRef = useRef<HTMLInputElement>(null);
  const [rationale, setRationale] = useState("");
  const [until, setUntil] = useState(defaultDeferDate);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ action: string; error: CombinedError } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PromotionEmployerDocument,
    variables: { employerId },
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const [claimState, claimItem] = useMutation(ClaimPromotionItemDocument);
  const [releaseState, releaseItem] = useMutation(ReleasePromotionItemDocument);
  const [promoteState, promote] = useMutation(PromoteCanonicalNameDocument);
  const [rejectState, reject] = useMutation(RejectPromotionCandidateDocument);
  const [deferState, defer] = useMutation(DeferPromotionCandidateDocument);
  const [correctState, correct] = useMutation(CorrectCanonicalSpellingDocument);
  const busy =
    correctState.fetching ||
    claimState.fetching ||
    releaseState.fetching ||
    promoteState.fetching ||
    rejectState.fetching ||
    deferState.fetching;

  const candidates = (data?.promotionCandidatesForEmployer?.nodes ?? []).filter(present);
  const item: PromotionItemFieldsFragment | undefined =
    (candidate !== null ? candidates.find((c) => c.aliasId === candidate) : undefined) ??
    candidates.find((c) => c.status === "queued") ??
    candidates.find((c) => c.status === "deferred");
  const employer = data?.employer;
  const claimedBy = item?.claimedByUsername ?? candidates.find((c) => c.claimedByUsername)?.claimedByUsername ?? null;
  const claimUntil = item?.claimExpiresAt ?? candidates.find((c) => c.claimExpiresAt)?.claimExpiresAt ?? null;
  const mine = claimedBy === session.username;
  const open = item !== undefined && decidable.has(item.status ?? "");

  function start(): boolean {
    setProblem(null);
    setFailure(null);
    setNotice(null);
    if (!canDecide || busy) return false;
    if (!open) {
      setProblem("There is nothing of this employer in the queue to decide.");
      return false;
    }
    return true;
  }

  async function doClaim() {
    if (!start()) return;
    const result = await claimItem({ employerId, minutes: 30 });
    if (result.error) setFailure({ action: "Claiming", error: result.error });
    else setNotice(`Claimed until ${formatDateTime(result.data?.claimPromotionItem?.result?.expiresAt)}.`);
    refresh();
    onQueueChanged();
  }

  async function doRelease() {
    setFailure(null);
    setNotice(null);
    const result = await releaseItem({ employerId });
    if (result.error) setFailure({ action: "Releasing", error: result.error });
    else setNotice("Claim released.");
    refresh();
    onQueueChanged();
  }

  async function doPromote() {
    if (!start() || !item) return;
    if (!item.aliasId) {
      setProblem(
        "This item has no alias to promote: correct the spelling (e), reject it (the name is fine) or defer it.",
      );
      spellingRef.current?.focus();
      return;
    }
    const result = await promote({ employerId, aliasId: item.aliasId, rationale: rationale.trim() || null });
    if (result.error) return setFailure({ action: "Promoting", error: result.error });
    const decision = result.data?.promoteCanonicalName?.result;
    onDecided(`Promoted “${decision?.nameAfter}” to canonical name (was “${decision?.nameBefore}”).`);
  }

  async function doEdit() {
    if (!start() || !item) return;
    if (item.aliasId) {
      setProblem("This item has a candidate name: promote, reject or defer it.");
      return;
    }
    const name = (spelling ?? suggestSpelling(employer?.name ?? "")).trim();
    if (!name || name === employer?.name) {
      setProblem("Write the name as it should read.");
      spellingRef.current?.focus();
      return;
    }
    const result = await correct({ employerId, name, rationale: rationale.trim() || null });
    if (result.error) return setFailure({ action: "Correcting the spelling", error: result.error });
    const decision = result.data?.correctCanonicalSpelling?.result;
    onDecided(`Corrected “${decision?.nameBefore}” to “${decision?.nameAfter}”.`);
  }

  function needRationale(verb: string): boolean {
    if (rationale.trim()) return true;
    setProblem(`A rationale is required to ${verb}: say why, for the decision log.`);
    rationaleRef.current?.focus();
    return false;
  }

  async function doReject() {
    if (!start() || !item || !needRationale("reject")) return;
    const result = await reject({ employerId, aliasId: item.aliasId, rationale: rationale.trim() });
    if (result.error) return setFailure({ action: "Rejecting", error: result.error });
    onDecided(`Rejected “${item.candidateName ?? employer?.name}” for #${employerId}.`);
  }

  async function doDefer() {
    if (!start() || !item || !needRationale("defer")) return;
    if (!until || until <= today()) {
      setProblem("Pick a date after today to defer to.");
      untilRef.current?.focus();
      return;
    }
    const result = await defer({ employerId, aliasId: item.aliasId, until, rationale: rationale.trim() });
    if (result.error) return setFailure({ action: "Deferring", error: result.error });
    onDecided(`Deferred “${item.candidateName ?? employer?.name}” until ${formatDate(until)}.`);
  }

  // The console's shortcuts reach the latest versions of these.
  useEffect(() => {
    actions.current = { claim: doClaim, promote: doPromote, edit: doEdit, reject: doReject, defer: doDefer };
    return () => {
      actions.current = null;
    };
  });

  if (fetching && !data) return <Loading what={`employer #${employerId}`} />;
  if (error && !data) return <ErrorMessage error={error} action={`Loading employer #${employerId}`} />;
  if (!employer) return <Empty>There is no employer #{employerId}, or you may not see it.</Empty>;

  const sources = readSources(item?.sources);
  const conflicts = readConflicts(item?.conflicts);
  const others = candidates.filter((c) => c !== item && decidable.has(c.status ?? ""));

  return (
    <article className="card item-panel" aria-labelledby="item-title">
      <p className="eyebrow">Employer #{employer.rowId}</p>
      <h2 id="item-title">
        <Link to={`/employers/${employer.rowId}`}>{employer.name}</Link>
      </h2>
      {item ? (
        <>
          <p className="candidate-line">
            {item.aliasId ? (
              <>
                Candidate: <strong>{item.candidateName}</strong>
                {item.candidateKind && <span className="muted"> ({humanize(item.candidateKind)})</span>}{" "}
                {item.likelyMisspelling && <StatusBadge value="archived" label="likely misspelling" />}{" "}
              </>
            ) : (
              <>
                Task: <strong>fix the spelling</strong> of the canonical name{" "}
              </>
            )}
            <StatusBadge value={item.status === "queued" ? "review" : "new"} label={item.status ?? "unknown"} />
          </p>
          {item.reason && <p className="reason-line">{item.reason}</p>}
          {others.length > 0 && (
            <p className="muted">
              Other names of this employer in the queue:{" "}
              {others.map((other, index) => (
                <span key={candidateParam(other)}>
                  {index > 0 && ", "}
                  <Link to={itemPath(other)}>{other.candidateName ?? "the canonical name as it is"}</Link>
                </span>
              ))}
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>Score</dt>
              <dd>{formatScore(item.score === null ? null : Number(item.score))}</dd>
            </div>
            <div>
              <dt>Priority</dt>
              <dd>{formatScore(item.priority === null ? null : Number(item.priority))}</dd>
            </div>
            <div>
              <dt>Feed rows (candidate / canonical)</dt>
              <dd>
                {item.candidateRows ?? 0} / {item.canonicalRows ?? 0}
              </dd>
            </div>
            <div>
              <dt>Projects</dt>
              <dd>{item.candidateProjects ?? 0}</dd>
            </div>
            <div>
              <dt>First seen</dt>
              <dd>{formatDateTime(item.firstSeenAt)}</dd>
            </div>
            <div>
              <dt>Last seen</dt>
              <dd>{formatDateTime(item.lastSeenAt)}</dd>
            </div>
          </dl>
          <h3>Why it is a candidate</h3>
          <ul className="plain-list rules" aria-label="Rules that fired">
            {(item.rules ?? []).filter(present).map((rule) => (
              <li key={rule}>{ruleWords[rule] ?? humanize(rule)}</li>
            ))}
          </ul>
          <h3>Sources</h3>
          {sources.length === 0 ? (
            <Empty>No source recorded.</Empty>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Sources of the candidate name</caption>
                <thead>
                  <tr>
                    <th scope="col">Source</th>
                    <th scope="col">Trust</th>
                    <th scope="col">Rows</th>
                    <th scope="col">Projects</th>
                    <th scope="col">Seen</th>
                  </tr>
                </thead>
                <tbody>
                  {sources.map((source, index) => (
                    <tr key={`${source.via}-${source.sourceSystem}-${index}`}>
                      <td>
                        {source.sourceSystem}{" "}
                        <span className="muted">({source.via === "alias" ? "added the alias" : "feed"})</span>
                      </td>
                      <td className="num">{source.trustRank ?? "—"}</td>
                      <td className="num">{source.rows ?? "—"}</td>
                      <td className="num">{source.projects ?? "—"}</td>
                      <td>
                        {source.via === "alias"
                          ? formatDateTime(source.addedAt)
                          : `${formatDateTime(source.firstSeenAt)} – ${formatDateTime(source.lastSeenAt)}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>Conflicts</h3>
          {conflicts.length === 0 ? (
            <p className="muted">None: the name belongs to no other employer or pending item.</p>
          ) : (
            <ul className="plain-list conflicts" aria-label="Conflicts">
              {conflicts.map((conflict, index) => (
                <li key={index}>
                  <StatusBadge value="merged" label={humanize(conflict.kind)} />{" "}
                  {conflict.employerId ? (
                    <Link to={`/employers/${conflict.employerId}`}>
                      {conflict.employerName} (#{conflict.employerId})
                    </Link>
                  ) : conflict.pendingId ? (
                    <Link to={`/pending-employers/${conflict.pendingId}`}>
                      pending “{conflict.name}” (#{conflict.pendingId})
                    </Link>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <Empty>Nothing of this employer is in the queue now. Its decisions are below.</Empty>
      )}

      <section className="subform" aria-labelledby="claim-title">
        <h3 id="claim-title">Claim</h3>
        <p className="claim-status">
          {claimedBy ? (
            <>
              Claimed by <strong>{mine ? "you" : claimedBy}</strong> until {formatDateTime(claimUntil)}.
              {!mine && " Other stewards’ decisions are refused until then."}
            </>
          ) : (
            "Unclaimed: claim it so no one else decides it while you look."
          )}
        </p>
        {canDecide && open && (
          <div className="button-row">
            <button
              type="button"
              className="secondary"
              onClick={() => void doClaim()}
              disabled={busy}
              aria-keyshortcuts="c"
            >
              {mine ? "Renew claim (c)" : "Claim (c)"}
            </button>
            {claimedBy && (mine || session.role === "admin") && (
              <button type="button" className="secondary" onClick={() => void doRelease()} disabled={busy}>
                Release claim
              </button>
            )}
          </div>
        )}
      </section>

      {notice && <Notice>{notice}</Notice>}
      {failure && <ErrorMessage error={failure.error} action={failure.action} />}

      {canDecide && open && (
        <form
          className="subform decision-form"
          aria-label="Decide"
          onSubmit={(event) => {
            event.preventDefault();
            void (item?.aliasId ? doPromote() : doEdit());
          }}
        >
          <h3>Decide</h3>
          {!item?.aliasId && (
            <div className="field">
              <label htmlFor={ids.spelling}>The name as it should read</label>
              <input
                id={ids.spelling}
                ref={spellingRef}
                type="text"
                maxLength={500}
                value={spelling ?? suggestSpelling(employer.name)}
                onChange={(event) => setSpelling(event.target.value)}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.rationale}>Rationale (required to reject or defer)</label>
            <textarea
              id={ids.rationale}
              ref={rationaleRef}
              rows={3}
              maxLength={2000}
              value={rationale}
              onChange={(event) => setRationale(event.target.value)}
            />
          </div>
          <div className="field narrow-field">
            <label htmlFor={ids.until}>Defer until</label>
            <input
              id={ids.until}
              ref={untilRef}
              type="date"
              min={today()}
              value={until}
              onChange={(event) => setUntil(event.target.value)}
            />
          </div>
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <div className="button-row">
            {item?.aliasId ? (
              <button type="submit" disabled={busy} aria-keyshortcuts="p">
                Promote (p)
              </button>
            ) : (
              <button type="submit" disabled={busy} aria-keyshortcuts="e">
                Save the spelling (e)
              </button>
            )}
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void doReject()}
              aria-keyshortcuts="r"
            >
              Reject (r)
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void doDefer()}
              aria-keyshortcuts="d"
            >
              Defer (d)
            </button>
          </div>
        </form>
      )}
      {!canDecide && <p className="muted">Read-only: stewards claim and decide.</p>}

      <DecisionHistory
        employerName={employer.name}
        decisions={(data?.canonicalDecisions?.nodes ?? []).filter(present)}
        canRevert={canDecide}
        onReverted={(message) => {
          setNotice(message);
          refresh();
          onQueueChanged();
        }}
      />
    </article>
  );
}
