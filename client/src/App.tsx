// The login screen or the shell, depending on the session.
import { useMemo } from "react";
import { Provider } from "urql";
import { LoginScreen } from "./screens/LoginScreen.tsx";
import { Shell } from "./screens/Shell.tsx";
import { useSession } from "./useSession.ts";
import { makeUrqlClient } from "./urql.ts";

export function App() {
  const { session, signIn, signOut } = useSession();
  const token = session?.token ?? null;
  // A new client (and so an empty cache) per token: nothing one user fetched
  // can be shown to the next one who logs in on this browser.
  const client = useMemo(() => makeUrqlClient({ onUnauthorized: signOut }), [token, signOut]);

  return (
    <Provider value={client}>
      {session ? <Shell session={session} onLogOut={signOut} /> : <LoginScreen onLoggedIn={signIn} />}
    </Provider>
  );
}
