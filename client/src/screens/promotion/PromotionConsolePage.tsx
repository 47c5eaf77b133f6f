// /promotion-queue and /promotion-queue/:employerId — the promotion console.
// The queue on the left (claim status, score, counts), the chosen item on the
// right (evidence, claim, decision, history). The chosen item lives in the
// URL, so it can be linked; j/k walk the queue and c/p/r/d act on the item.
import { useCallback, useRef, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { PromotionQueueDocument, type PromotionItemFieldsFragment } from "../../gql/graphql.ts";
import { Dialog } from "../../components/Dialog.tsx";
import { Empty, ErrorMessage, Loading, Notice } from "../../components/Feedback.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { useShortcuts } from "../../components/useShortcuts.ts";
import { formatDateTime, formatScore } from "../../format.ts";
import { present } from "../../present.ts";
import { roleAtLeast } from "../../roles.ts";
import type { Session } from "../../session.ts";
import { candidateParam, itemKey, itemPath, type QueueTask } from "./evidence.ts";
import { PromotionItemPanel, type PanelActions } from "./PromotionItemPanel.tsx";

/** The queue is computed when asked (docs/PROMOTION.md "Limits today"): one page of the busiest items. */
const QUEUE_SIZE = 100;

export const promotionShortcuts: ReadonlyArray<{ key: string; what: string; steward?: boolean }> = [
  { key: "j", what: "Next item in the queue" },
  { key: "k", what: "Previous item in the queue" },
  { key: "c", what: "Claim the item (or renew your claim)", steward: true },
  { key: "p", what: "Promote the candidate to canonical name", steward: true },
  { key: "e", what: "Correct the spelling (items without a candidate)", steward: true },
  { key: "r", what: "Reject the candidate (needs a rationale)", steward: true },
  { key: "d", what: "Defer the candidate to a date (needs a rationale)", steward: true },
  { key: "?", what: "Show or hide this list" },
];

const queueTasks: ReadonlyArray<{ task: QueueTask; title: string }> = [
  { task: "promote", title: "To promote" },
  { task: "fix_spelling", title: "Fix the spelling" },
];

export function PromotionConsolePage({ session }: { session: Session }) {
  const { employerId } = useParams();
  const [params] = useSearchParams();
  const candidate = params.get("candidate");
  // Two tasks, two lists: promotions, and canonical names to correct (items without a candidate).
  const task: QueueTask =
    params.get("task") === "fix_spelling" || (params.get("task") === null && candidate === "none")
      ? "fix_spelling"
      : "promote";
  const navigate = useNavigate();
  const canDecide = roleAtLeast(session.role, "steward");
  const [helpOpen, setHelpOpen] = useState(false);
  const actions = useRef<PanelActions | null>(null);
  usePageTitle(employerId ? `Promotion queue: employer #${employerId}` : "Promotion queue");

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PromotionQueueDocument,
    variables: { first: QUEUE_SIZE, task },
    // The other task's count changes with decisions made in this one.
    requestPolicy: "cache-and-network",
  });
  const refreshQueue = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const items = (data?.canonicalPromotionQueue?.nodes ?? []).filter(present);
  const total = data?.canonicalPromotionQueue?.totalCount ?? 0;
  const counts: Record<QueueTask, number | null> = {
    promote: data?.toPromote?.totalCount ?? null,
    fix_spelling: data?.toFixSpelling?.totalCount ?? null,
  };

  // The chosen item's place in the queue (an item decided a moment ago is no longer there).
  const selectedIndex = items.findIndex(
    (item) => item.employerId === employerId && (candidate === null || candidateParam(item) === candidate),
  );
  const open = (item: PromotionItemFieldsFragment | undefined) => {
    if (item) void navigate(itemPath(item));
  };
  const move = (step: number) => {
    if (items.length === 0) return;
    // Where we are now, from the address bar: react-router renders a navigation in a transition, so a second key
    // pressed before the first one's page has rendered would otherwise step from the old item again.
    const here = items.findIndex((item) => itemPath(item) === window.location.pathname + window.location.search);
    const at = here >= 0 ? here : selectedIndex;
    const from = at < 0 ? (step > 0 ? -1 : items.length) : at;
    open(items[Math.min(items.length - 1, Math.max(0, from + step))]);
  };

  /** After a decision: say what happened, go on to the next item of the queue as it was, fetch a fresh queue. */
  const [notice, setNotice] = useState<string | null>(null);
  const onDecided = (message: string) => {
    const next = selectedIndex >= 0 ? (items[selectedIndex + 1] ?? items[selectedIndex - 1]) : undefined;
    setNotice(message);
    refreshQueue();
    void navigate(next ? itemPath(next) : `/promotion-queue?task=${task}`);
  };

  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    c: () => actions.current?.claim(),
    p: () => actions.current?.promote(),
    e: () => actions.current?.edit(),
    r: () => actions.current?.reject(),
    d: () => actions.current?.defer(),
    "?": () => setHelpOpen((shown) => !shown),
  });

  return (
    <section className="page wide" aria-labelledby="page-title">
      <div className="page-head">
        <div>
          <h1 id="page-title">Promotion queue</h1>
          <p className="muted">
            {task === "promote"
              ? "Aliases that may serve better as an employer’s canonical name, busiest and most doubtful first; likely misspellings last."
              : "Canonical names that look like a feed’s spelling with no better alias: correct them."}
            {!canDecide && " You can read the queue; stewards decide."}
          </p>
          <nav className="tabs" aria-label="Queue tasks">
            {queueTasks.map((t) => (
              <Link
                key={t.task}
                to={`/promotion-queue?task=${t.task}`}
                className={t.task === task ? "tab current" : "tab"}
                aria-current={t.task === task ? "page" : undefined}
              >
                {t.title} <span className="count">{counts[t.task] ?? "…"}</span>
              </Link>
            ))}
          </nav>
        </div>
        <button type="button" className="secondary" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          Keyboard shortcuts (?)
        </button>
      </div>
      {notice && <Notice>{notice}</Notice>}
      <div className="console">
        <div className="console-list">
          {fetching && !data && <Loading what="the promotion queue" />}
          {error && <ErrorMessage error={error} action="Loading the queue" />}
          {data && items.length === 0 && (
            <Empty>
              {task === "promote"
                ? "Nothing to promote: no alias looks like a better canonical name."
                : "Nothing to correct: no canonical name looks like a feed spelling without a better alias."}
            </Empty>
          )}
          {items.length > 0 && (
            <div className="table-wrap">
              <table className="results queue-table">
                <caption className="visually-hidden">
                  Promotion queue: {task === "promote" ? "names to promote" : "spellings to correct"}, {total} item
                  {total === 1 ? "" : "s"}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Employer</th>
                    <th scope="col">{task === "promote" ? "Candidate name, and why it is here" : "Why it is here"}</th>
                    {task === "promote" && <th scope="col">Score</th>}
                    <th scope="col">Claim</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item, index) => (
                    <tr
                      key={itemKey(item)}
                      className={index === selectedIndex ? "selected" : undefined}
                      aria-selected={index === selectedIndex}
                    >
                      <td>
                        <Link to={itemPath(item)} aria-current={index === selectedIndex ? "true" : undefined}>
                          {item.employerName}
                        </Link>{" "}
                        <span className="muted">#{item.employerId}</span>
                        {(item.conflictCount ?? 0) > 0 && (
                          <span className="badge badge-review" title="The name also belongs elsewhere">
                            {item.conflictCount} conflict{item.conflictCount === 1 ? "" : "s"}
                          </span>
                        )}
                      </td>
                      {/* The reason under the candidate: one column less, so the claim stays in view. */}
                      {task === "promote" ? (
                        <td>
                          {item.candidateName}
                          {item.likelyMisspelling && (
                            <span className="badge badge-archived" title="One or two letters from the canonical name">
                              likely misspelling
                            </span>
                          )}
                          <div className="reason">{item.reason}</div>
                        </td>
                      ) : (
                        <td className="reason">{item.reason}</td>
                      )}
                      {task === "promote" && (
                        <td className="num">{formatScore(item.score === null ? null : Number(item.score))}</td>
                      )}
                      <td>
                        {item.claimedByUsername ? (
                          <span className="claim">
                            {item.claimedByUsername}
                            <span className="muted"> until {formatDateTime(item.claimExpiresAt)}</span>
                          </span>
                        ) : (
                          <span className="muted">unclaimed</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {total > items.length && (
                <p className="muted">
                  Showing the first {items.length} of {total}; decide these and the rest move up.
                </p>
              )}
            </div>
          )}
        </div>
        <div className="console-item">
          {employerId ? (
            /^\d{1,18}$/.test(employerId) ? (
              <PromotionItemPanel
                key={employerId}
                employerId={employerId}
                candidate={candidate}
                session={session}
                actions={actions}
                onQueueChanged={refreshQueue}
                onDecided={onDecided}
              />
            ) : (
              <Empty>“{employerId}” is not an employer number.</Empty>
            )
          ) : (
            <Empty>
              Choose an item to see its evidence{canDecide ? " and decide it" : ""}, or press <kbd>j</kbd> to start at
              the top.
            </Empty>
          )}
        </div>
      </div>
      <Dialog title="Keyboard shortcuts" open={helpOpen} onClose={() => setHelpOpen(false)}>
        <p className="muted">They work anywhere on this screen except while typing in a field.</p>
        <dl className="shortcuts">
          {promotionShortcuts
            .filter((shortcut) => canDecide || !shortcut.steward)
            .map((shortcut) => (
              <div key={shortcut.key}>
                <dt>
                  <kbd>{shortcut.key}</kbd>
                </dt>
                <dd>{shortcut.what}</dd>
              </div>
            ))}
        </dl>
        <div className="dialog-buttons">
          <button type="button" onClick={() => setHelpOpen(false)}>
            Close
          </button>
        </div>
      </Dialog>
    </section>
  );
}
