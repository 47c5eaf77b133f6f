// Loading, empty and error states, the same everywhere. Errors are alerts
// (announced by screen readers); loading is a polite status.
import type { ReactNode } from "react";
import type { CombinedError } from "urql";
import { describeError } from "../errors.ts";

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function ErrorMessage({ error, action }: { error: CombinedError; action?: string }) {
  const { title, message, code } = describeError(error);
  return (
    <div className="error-box" role="alert" data-code={code ?? undefined}>
      <strong>{action ? `${action}: ${title}` : title}</strong>
      {message && message !== title && <p>{message}</p>}
    </div>
  );
}

/** A success line after an action, announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}
