// Shows a screen only to roles that may use it. The database refuses the
// operations anyway; this saves the user from a page of permission errors.
import type { ReactNode } from "react";
import { roleAtLeast, type Role } from "../roles.ts";
import type { Session } from "../session.ts";
import { usePageTitle } from "../components/usePageTitle.ts";

export function RequireRole({ session, minimum, children }: { session: Session; minimum: Role; children: ReactNode }) {
  if (roleAtLeast(session.role, minimum)) return children;
  return <NotAllowed minimum={minimum} />;
}

function NotAllowed({ minimum }: { minimum: Role }) {
  usePageTitle("Not allowed");
  return (
    <section className="page narrow" aria-labelledby="page-title">
      <h1 id="page-title">Not allowed</h1>
      <p>This screen needs the {minimum} role. Ask an admin if you need it.</p>
    </section>
  );
}
