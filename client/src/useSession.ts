// The session as React state: sign in, sign out, and sign out by itself when
// the token expires or another tab logs out (the storage event), so no screen
// keeps showing data for a session the server no longer accepts.
import { useCallback, useEffect, useState } from "react";
import { SESSION_STORAGE_KEY, clearSession, loadSession, saveSession, type Session } from "./session.ts";

// setTimeout fires at once for delays above 2^31-1 ms (about 24.8 days).
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface SessionState {
  session: Session | null;
  signIn(session: Session): void;
  signOut(): void;
}

export function useSession(): SessionState {
  const [session, setSession] = useState<Session | null>(() => loadSession());

  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setSession(next);
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    setSession(null);
  }, []);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SESSION_STORAGE_KEY || event.key === null) setSession(loadSession());
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  useEffect(() => {
    if (!session) return;
    const delay = Math.min(Math.max(Date.parse(session.expiresAt) - Date.now(), 0), MAX_TIMEOUT_MS);
    const timer = setTimeout(signOut, delay);
    return () => clearTimeout(timer);
  }, [session, signOut]);

  return { session, signIn, signOut };
}
