// / — the home page: what waits for people (counts only), links into each
// queue, and what happened lately. Stewards get links to act; analysts the
// same figures, read-only.
import { Link } from "react-router";
import { useQuery } from "urql";
import { HomePageDocument, type HomePageQuery } from "../gql/graphql.ts";
import { Empty, ErrorMessage, Loading } from "../components/Feedback.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { formatDateTime } from "../format.ts";
import { present } from "../present.ts";
import { roleAtLeast } from "../roles.ts";
import type { Session } from "../session.ts";

type Activity = NonNullable<NonNullable<HomePageQuery["recentActivity"]>["nodes"][number]>;

interface Alert {
  check: string;
  label: string;
  value: number;
  threshold: number;
}

function readAlerts(value: unknown): Alert[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is Alert =>
      typeof a === "object" &&
      a !== null &&
      typeof (a as Alert).label === "string" &&
      typeof (a as Alert).value === "number",
  );
}

/** Where an activity line leads. */
function activityLink(item: Activity): string | null {
  if (item.kind === "import" && item.batchId) return `/imports/${item.batchId}`;
  if (item.kind === "pending" && item.pendingId) return `/pending-employers/${item.pendingId}`;
  if (item.employerId) return `/employers/${item.employerId}`;
  return null;
}

const activityVerb: Readonly<Record<string, string>> = {
  "decision:promote": "Promoted",
  "decision:reject": "Rejected",
  "decision:defer": "Deferred",
  "decision:revert": "Reverted",
  "import:done": "Imported",
  "import:failed": "Import failed",
  "import:queued": "Import queued",
  "import:processing": "Importing",
  "pending:matched": "Matched pending",
  "pending:created": "Created from pending",
  "pending:rejected": "Rejected pending",
  "pending:merged": "Merged pending",
  "merge:merge": "Merged",
  "merge:unmerge": "Unmerged",
  "distinction:recorded": "Distinct",
};

interface CountCardProps {
  figure: number | null | undefined;
  what: string;
  detail?: string | undefined;
  to: string;
  action: string;
  alerting?: boolean;
}

function CountCard({ figure, what, detail, to, action, alerting }: CountCardProps) {
  return (
    <li className={alerting ? "home-count alerting" : "home-count"}>
      <span className="figure">{figure ?? "—"}</span>
      <span className="what">{what}</span>
      {detail && <span className="muted">{detail}</span>}
      <div>
        <Link to={to}>{action}</Link>
      </div>
    </li>
  );
}

export function HomePage({ session }: { session: Session }) {
  usePageTitle("Home");
  const canAct = roleAtLeast(session.role, "steward");
  const [{ data, fetching, error }] = useQuery({
    query: HomePageDocument,
    variables: { activity: 12 },
    requestPolicy: "cache-and-network",
  });
  const counts = data?.homeCounts;
  const alerts = readAlerts(counts?.alerts);
  const activity = (data?.recentActivity?.nodes ?? []).filter(present);

  return (
    <section className="page wide" aria-labelledby="page-title">
      <h1 id="page-title">What waits</h1>
      <p className="muted">
        {canAct
          ? "Counts of the work in each queue, now; follow a link to work on it."
          : "Counts of the work in each queue, now. You can read every queue; stewards act on them."}
      </p>
      {fetching && !data && <Loading what="the figures" />}
      {error && <ErrorMessage error={error} action="Loading the home page" />}
      {counts && (
        <ul className="home-counts" aria-label="Work waiting">
          <CountCard
            figure={counts.promotionItems}
            what="Names to promote"
            detail={canAct && counts.claimedByMe ? `${counts.claimedByMe} claimed by you` : undefined}
            to="/promotion-queue?task=promote"
            action={canAct ? "Review the promotion queue" : "Read the promotion queue"}
          />
          <CountCard
            figure={counts.spellingItems}
            what="Spellings to correct"
            to="/promotion-queue?task=fix_spelling"
            action={canAct ? "Correct spellings" : "Read the list"}
          />
          <CountCard
            figure={counts.pendingItems}
            what="Pending employers"
            detail={
              counts.oldestPendingDays != null
                ? `oldest ${Math.floor(Number(counts.oldestPendingDays))} days`
                : undefined
            }
            to="/pending-employers"
            action={canAct ? "Resolve pending employers" : "Read the pending queue"}
          />
          <CountCard
            figure={counts.importsInProgress}
            what="Imports in progress"
            detail={counts.importsFailedThisWeek ? `${counts.importsFailedThisWeek} failed this week` : undefined}
            to="/imports"
            action={canAct ? "Follow or upload imports" : "Follow imports"}
          />
          <CountCard
            figure={alerts.length}
            what="Health alerts"
            detail={alerts.length === 0 ? "every check within its bound" : undefined}
            to="/analytics"
            action="Open analytics"
            alerting={alerts.length > 0}
          />
        </ul>
      )}
      {alerts.length > 0 && (
        <ul className="plain-list" aria-label="Health alerts">
          {alerts.map((alert) => (
            <li key={alert.check} className="form-error">
              {alert.label}: {alert.value} (bound {alert.threshold})
            </li>
          ))}
        </ul>
      )}
      <h2>Recent activity</h2>
      {data && activity.length === 0 && <Empty>Nothing has happened yet.</Empty>}
      {activity.length > 0 && (
        <ol className="activity" aria-label="Recent activity">
          {activity.map((item, index) => {
            const link = activityLink(item);
            const verb = activityVerb[`${item.kind}:${item.action}`] ?? `${item.kind} ${item.action}`;
            return (
              <li key={`${item.kind}-${item.at}-${index}`}>
                <span className="muted">{formatDateTime(item.at)}</span> · {verb}{" "}
                {link ? <Link to={link}>{item.title}</Link> : item.title}
                {item.who && <span className="muted"> · {item.who}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
