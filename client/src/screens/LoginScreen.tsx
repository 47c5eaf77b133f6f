// The login form. The message under it is the server's own (login raises
// "Wrong username or password" as a domain error, safe to show as it is).
import { useState, type FormEvent } from "react";
import { useMutation, type CombinedError } from "urql";
import { LoginDocument } from "../gql/graphql.ts";
import { sessionFromToken, type Session } from "../session.ts";
import { usePageTitle } from "../components/usePageTitle.ts";

export interface LoginScreenProps {
  onLoggedIn(session: Session): void;
}

function messageOf(error: CombinedError): string {
  const graphQLMessage = error.graphQLErrors[0]?.message;
  if (graphQLMessage) return graphQLMessage;
  return error.networkError ? "Could not reach the server. Check your connection and try again." : error.message;
}

export function LoginScreen({ onLoggedIn }: LoginScreenProps) {
  usePageTitle("Log in");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginDocument);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const result = await login({ username, password });
    if (result.error) {
      setError(messageOf(result.error));
      return;
    }
    const token = result.data?.login?.result;
    const session = token ? sessionFromToken(token) : null;
    if (!session) {
      setError("The server sent an unexpected answer. Try again.");
      return;
    }
    onLoggedIn(session);
  }

  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title" aria-busy={fetching}>
        <h1 id="login-title">Employer Alias Registry</h1>
        <p className="login-lead">Log in to search, curate and import employers.</p>
        {/* A disabled fieldset disables every control in it while the request runs. */}
        <fieldset disabled={fetching}>
          <label htmlFor="login-username">Username</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? "login-error" : undefined}
          />
          <label htmlFor="login-password">Password</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={error !== null}
            aria-describedby={error ? "login-error" : undefined}
          />
          <button type="submit">{fetching ? "Logging in…" : "Log in"}</button>
        </fieldset>
        {/* Rendered even when empty, so screen readers announce the message when it appears. */}
        <p id="login-error" className="form-error" role="alert">
          {error}
        </p>
      </form>
    </main>
  );
}
