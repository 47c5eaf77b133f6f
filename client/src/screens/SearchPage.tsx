// Search: the query and both toggles live in the URL (/search?q=…&aliases=0&archived=1),
// so a search can be linked, reloaded and walked back through with the browser.
import { startTransition, useId, useOptimistic, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { SearchEmployersDocument } from "../gql/graphql.ts";
import { Empty, ErrorMessage, Loading } from "../components/Feedback.tsx";
import { StatusBadge } from "../components/StatusBadge.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { formatScore, humanize } from "../format.ts";
import { roleAtLeast } from "../roles.ts";
import type { Session } from "../session.ts";

const PAGE_SIZE = 25;

export function SearchPage({ session }: { session: Session }) {
  const [params, setParams] = useSearchParams();
  const query = params.get("q") ?? "";
  const includeAliases = params.get("aliases") !== "0";
  const includeArchived = params.get("archived") === "1";
  // react-router applies a navigation in a transition, so the URL-driven box would show its old state until the
  // new page renders (and a click could look ignored): show the clicked state at once, until the URL catches up.
  const [shownToggles, showToggles] = useOptimistic({ aliases: includeAliases, archived: includeArchived });
  const [text, setText] = useState(query);
  const [shownFor, setShownFor] = useState(query);
  // Back/forward changes q under the form: follow it.
  if (shownFor !== query) {
    setShownFor(query);
    setText(query);
  }
  usePageTitle(query ? `Search: ${query}` : "Search");
  const ids = { q: useId(), aliases: useId(), archived: useId() };

  const [{ data, fetching, error }] = useQuery({
    query: SearchEmployersDocument,
    variables: { query, includeAliases, includeArchived, first: PAGE_SIZE },
    pause: query === "",
  });

  function update(next: { q?: string; aliases?: boolean; archived?: boolean }) {
    const q = next.q ?? query;
    const search = new URLSearchParams();
    if (q) search.set("q", q);
    if (!(next.aliases ?? includeAliases)) search.set("aliases", "0");
    if (next.archived ?? includeArchived) search.set("archived", "1");
    setParams(search);
  }

  function toggle(next: { aliases?: boolean; archived?: boolean }) {
    startTransition(() => {
      showToggles((shown) => ({ ...shown, ...next }));
      update(next);
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update({ q: text.trim() });
  }

  const matches = data?.searchEmployers?.nodes.filter((match) => match !== null) ?? [];

  return (
    <section className="page" aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">Search</h1>
        {roleAtLeast(session.role, "steward") && (
          <Link className="button-link" to="/employers/new">
            Register employer
          </Link>
        )}
      </div>
      <form className="search-form" role="search" onSubmit={submit}>
        <div className="search-row">
          <label htmlFor={ids.q} className="visually-hidden">
            Employer name or identifier
          </label>
          <input
            id={ids.q}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="Employer name, ABN, ACN or BCI company id"
            autoFocus
            maxLength={500}
          />
          <button type="submit">Search</button>
        </div>
        <div className="toggles">
          <label htmlFor={ids.aliases} className="check">
            <input
              id={ids.aliases}
              type="checkbox"
              checked={shownToggles.aliases}
              onChange={(event) => toggle({ aliases: event.target.checked })}
            />
            Include aliases
          </label>
          <label htmlFor={ids.archived} className="check">
            <input
              id={ids.archived}
              type="checkbox"
              checked={shownToggles.archived}
              onChange={(event) => toggle({ archived: event.target.checked })}
            />
            Include archived employers
          </label>
        </div>
      </form>

      {!query && (
        <Empty>
          Type any name the employer is known by (trading names, former names and feed spellings count when aliases are
          included), or an ABN, ACN or BCI company id.
        </Empty>
      )}
      {query && fetching && <Loading what="matches" />}
      {query && error && <ErrorMessage error={error} />}
      {query && !fetching && !error && data && matches.length === 0 && (
        <Empty>No employer matches “{query}”. Try fewer words, or include aliases and archived employers.</Empty>
      )}
      {matches.length > 0 && (
        <div className="table-wrap">
          <table className="results">
            <caption className="visually-hidden">Employers matching “{query}”, best first</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Employer</th>
                <th scope="col">Score</th>
                <th scope="col">Band</th>
                <th scope="col">Method</th>
                <th scope="col">Matched name</th>
                <th scope="col">Explanation</th>
              </tr>
            </thead>
            <tbody>
              {matches.map((match) => (
                <tr key={`${match.employer?.rowId}-${match.rank}`}>
                  <td>{match.rank}</td>
                  <td>
                    {match.employer ? (
                      <>
                        <Link to={`/employers/${match.employer.rowId}`}>{match.employer.name}</Link>{" "}
                        <span className="muted">#{match.employer.rowId}</span>
                        {match.employer.status !== "active" && <StatusBadge value={match.employer.status} />}
                      </>
                    ) : (
                      <span className="muted">not visible to you</span>
                    )}
                  </td>
                  <td className="num">{formatScore(match.score)}</td>
                  <td>{match.band && <StatusBadge value={match.band} />}</td>
                  <td>{match.method}</td>
                  <td>
                    {match.matchedName}
                    {match.matchedKind && <span className="muted"> ({humanize(match.matchedKind)})</span>}
                    {match.matchedEmployerId && match.matchedEmployerId !== match.employer?.rowId && (
                      <span className="muted">
                        {" "}
                        via merged <Link to={`/employers/${match.matchedEmployerId}`}>#{match.matchedEmployerId}</Link>
                      </span>
                    )}
                  </td>
                  <td className="explanation">{match.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {matches.length === PAGE_SIZE && (
            <p className="muted">Showing the best {PAGE_SIZE}. Add words to narrow the search.</p>
          )}
        </div>
      )}
    </section>
  );
}
