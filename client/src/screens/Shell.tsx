// The signed-in frame: who is signed in, the sections their role may use, and
// the current screen. The name comes from currentUser (the token carries only
// the username); until it answers, the username stands in.
import { useState } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { useQuery } from "urql";
import { CurrentUserDocument } from "../gql/graphql.ts";
import { roleAtLeast } from "../roles.ts";
import { sections } from "../sections.ts";
import type { Session } from "../session.ts";
import { errorText } from "../errors.ts";

export interface ShellProps {
  session: Session;
  onLogOut(): void;
}

export function Shell({ session, onLogOut }: ShellProps) {
  const [{ data, error }] = useQuery({ query: CurrentUserDocument });
  const user = data?.currentUser;
  const location = useLocation();
  // On a narrow window the nav folds behind a button; following a link folds it again.
  const [navOpenAt, setNavOpenAt] = useState<string | null>(null);
  const navOpen = navOpenAt === location.key;
  const visible = sections.filter((section) => roleAtLeast(session.role, section.minimumRole));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell-header">
        <button
          type="button"
          className="nav-toggle secondary"
          aria-expanded={navOpen}
          aria-controls="shell-nav"
          onClick={() => setNavOpenAt(navOpen ? null : location.key)}
        >
          Menu
        </button>
        <NavLink className="product" to="/">
          Employer Alias Registry
        </NavLink>
        <div className="who">
          <span className="who-name">{user?.displayName ?? session.username}</span>
          <span className="role-badge">{user?.role ?? session.role}</span>
          <button type="button" className="secondary" onClick={onLogOut}>
            Log out
          </button>
        </div>
      </header>
      <nav id="shell-nav" className={navOpen ? "shell-nav open" : "shell-nav"} aria-label="Sections">
        <ul>
          {visible.map((section) => (
            <li key={section.path}>
              <NavLink to={section.path} end={section.path === "/employers/new" || section.path === "/"}>
                {section.title}
              </NavLink>
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
      <main id="main" className="shell-main" tabIndex={-1}>
        {error && (
          <p className="form-error" role="alert">
            Could not load your profile: {errorText(error)}
          </p>
        )}
        <Outlet />
      </main>
    </div>
  );
}
