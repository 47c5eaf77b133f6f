// The signed-in frame: who is signed in, the sections, and the page for the
// current path. The name comes from currentUser (the token carries only the
// username); until it answers, the username stands in.
import { useEffect } from "react";
import { useQuery } from "urql";
import { CurrentUserDocument } from "../gql/graphql.ts";
import { followLink, usePathname } from "../navigation.ts";
import { sectionFor, sections } from "../sections.ts";
import type { Session } from "../session.ts";
import { PlaceholderPage } from "./PlaceholderPage.tsx";

export interface ShellProps {
  session: Session;
  onLogOut(): void;
}

export function Shell({ session, onLogOut }: ShellProps) {
  const [{ data, error }] = useQuery({ query: CurrentUserDocument });
  const pathname = usePathname();
  const current = sectionFor(pathname);
  const user = data?.currentUser;

  useEffect(() => {
    document.title = `${current.title} · Employer Alias Registry`;
  }, [current]);

  return (
    <div className="shell">
      <header className="shell-header">
        <a className="product" href="/" onClick={followLink}>
          Employer Alias Registry
        </a>
        <div className="who">
          <span className="who-name">{user?.displayName ?? session.username}</span>
          <span className="role-badge">{user?.role ?? session.role}</span>
          <button type="button" className="secondary" onClick={onLogOut}>
            Log out
          </button>
        </div>
      </header>
      <nav className="shell-nav" aria-label="Sections">
        <ul>
          {sections.map((section) => (
            <li key={section.path}>
              <a href={section.path} onClick={followLink} aria-current={section === current ? "page" : undefined}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
        <ul className="nav-tools">
          <li>
            {/* A full page load: GraphiQL is served by the API, not by this app. */}
            <a href="/graphiql">GraphiQL</a>
          </li>
        </ul>
      </nav>
      <main className="shell-main">
        {error && (
          <p className="form-error" role="alert">
            Could not load your profile: {error.graphQLErrors[0]?.message ?? error.message}
          </p>
        )}
        <PlaceholderPage section={current} />
      </main>
    </div>
  );
}
