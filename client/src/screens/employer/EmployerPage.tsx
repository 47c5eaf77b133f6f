// /employers/:id — one employer: canonical name and status, names with
// provenance and validity, identifiers, distinctions and merge history.
// Stewards and admins get the controls; analysts see the same page read-only.
import { useCallback, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { EmployerDetailDocument, SetEmployerArchivedDocument } from "../../gql/graphql.ts";
import { Empty, ErrorMessage, Loading } from "../../components/Feedback.tsx";
import { StatusBadge } from "../../components/StatusBadge.tsx";
import { usePageTitle } from "../../components/usePageTitle.ts";
import { formatDateTime } from "../../format.ts";
import { roleAtLeast } from "../../roles.ts";
import type { Session } from "../../session.ts";
import { AliasesSection } from "./AliasesSection.tsx";
import { LearnedAliasReview } from "../learned/LearnedAliasReview.tsx";
import { IdentifiersSection } from "./IdentifiersSection.tsx";
import { DistinctionsSection } from "./DistinctionsSection.tsx";
import { MergesSection } from "./MergesSection.tsx";

export function EmployerPage({ session }: { session: Session }) {
  const { id = "" } = useParams();
  const validId = /^\d{1,18}$/.test(id);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: EmployerDetailDocument,
    variables: { id },
    pause: !validId,
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const employer = data?.employer;
  usePageTitle(employer ? employer.name : `Employer #${id}`);
  const canEdit = roleAtLeast(session.role, "steward");

  if (!validId) {
    return (
      <section className="page narrow" aria-labelledby="page-title">
        <h1 id="page-title">Employer not found</h1>
        <Empty>“{id}” is not an employer number.</Empty>
      </section>
    );
  }
  if (!data && fetching) return <Loading what={`employer #${id}`} />;
  if (error && !employer) return <ErrorMessage error={error} action={`Loading employer #${id}`} />;
  if (!employer) {
    return (
      <section className="page narrow" aria-labelledby="page-title">
        <h1 id="page-title">Employer not found</h1>
        <Empty>
          There is no employer #{id}, or you may not see it. <Link to="/search">Search the registry</Link>.
        </Empty>
      </section>
    );
  }
  const editable = canEdit && employer.status !== "merged";

  return (
    <article className="page" aria-labelledby="page-title">
      <header className="employer-head">
        <div>
          <p className="eyebrow">Employer #{employer.rowId}</p>
          <h1 id="page-title">{employer.name}</h1>
          <p className="muted">
            <StatusBadge value={employer.status} /> Registered {formatDateTime(employer.createdAt)}
            {employer.userByCreatedBy && ` by ${employer.userByCreatedBy.displayName}`} · updated{" "}
            {formatDateTime(employer.updatedAt)}
          </p>
        </div>
        {canEdit && employer.status !== "merged" && (
          <ArchiveButton employerId={employer.rowId} archived={employer.status === "archived"} onDone={refresh} />
        )}
      </header>
      {employer.status === "merged" && (
        <p className="banner" role="note">
          This employer was merged into{" "}
          {employer.employerByMergedInto ? (
            <Link to={`/employers/${employer.employerByMergedInto.rowId}`}>
              {employer.employerByMergedInto.name} (#{employer.employerByMergedInto.rowId})
            </Link>
          ) : (
            `#${employer.mergedInto}`
          )}
          : its names and identifiers are there now. Work on that employer, or undo the merge below.
        </p>
      )}
      {employer.status === "archived" && (
        <p className="banner" role="note">
          Archived: left out of searches unless “Include archived employers” is ticked.
        </p>
      )}
      {error && <ErrorMessage error={error} action="Refreshing" />}
      <AliasesSection employer={employer} editable={editable} onChanged={refresh} />
      {canEdit && (
        <section aria-labelledby="learned-title">
          <h2 id="learned-title">Learned names to review</h2>
          <LearnedAliasReview employerId={employer.rowId} first={5} onChanged={refresh} />
        </section>
      )}
      <IdentifiersSection employer={employer} editable={editable} onChanged={refresh} />
      <DistinctionsSection employer={employer} editable={editable} onChanged={refresh} />
      <MergesSection employer={employer} editable={canEdit} onChanged={refresh} />
    </article>
  );
}

function ArchiveButton({ employerId, archived, onDone }: { employerId: string; archived: boolean; onDone(): void }) {
  const [{ fetching, error }, setArchived] = useMutation(SetEmployerArchivedDocument);
  const [confirming, setConfirming] = useState(false);
  async function run() {
    const result = await setArchived({ employerId, archived: !archived });
    if (!result.error) {
      setConfirming(false);
      onDone();
    }
  }
  return (
    <div className="head-actions">
      {confirming ? (
        <div className="confirm-inline" role="group" aria-label={archived ? "Restore employer" : "Archive employer"}>
          <span>{archived ? "Bring this employer back into searches?" : "Archive: leave it out of searches?"}</span>
          <button type="button" onClick={run} disabled={fetching}>
            {archived ? "Restore" : "Archive"}
          </button>
          <button type="button" className="secondary-button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" className="secondary-button" onClick={() => setConfirming(true)}>
          {archived ? "Restore employer…" : "Archive employer…"}
        </button>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
