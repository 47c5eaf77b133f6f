// Routes: every screen and item has its own URL. Without a session every path
// leads to /login?next=<that path>, so a link or an expired session returns
// the user where they meant to be after logging in.
import { Suspense, lazy, useMemo } from "react";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { Provider } from "urql";
import { LoginScreen } from "./screens/LoginScreen.tsx";
import { Shell } from "./screens/Shell.tsx";
import { SearchPage } from "./screens/SearchPage.tsx";
import { HomePage } from "./screens/HomePage.tsx";
import { EmployerPage } from "./screens/employer/EmployerPage.tsx";
import { RegisterEmployerPage } from "./screens/RegisterEmployerPage.tsx";
import { PromotionConsolePage } from "./screens/promotion/PromotionConsolePage.tsx";
import { LearnedAliasesPage } from "./screens/learned/LearnedAliasesPage.tsx";
import { PendingQueuePage } from "./screens/pending/PendingQueuePage.tsx";
import { NotFoundPage } from "./screens/NotFoundPage.tsx";
import { RequireRole } from "./screens/RequireRole.tsx";
import { AdminLayout } from "./screens/admin/AdminLayout.tsx";
import { UsersPage } from "./screens/admin/UsersPage.tsx";
import { ApiTokensPage } from "./screens/admin/ApiTokensPage.tsx";
import { FeatureSwitchesPage } from "./screens/admin/FeatureSwitchesPage.tsx";
import { ImportsPage } from "./screens/imports/ImportsPage.tsx";
import { ImportBatchPage } from "./screens/imports/ImportBatchPage.tsx";
import { Loading } from "./components/Feedback.tsx";
import { safeNext } from "./next.ts";
import type { Session } from "./session.ts";
import { useSession } from "./useSession.ts";
import { makeUrqlClient } from "./urql.ts";

function RedirectToLogin() {
  const location = useLocation();
  const next = location.pathname + location.search;
  return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
}

function LoginRoute({ session, onLoggedIn }: { session: Session | null; onLoggedIn(session: Session): void }) {
  const location = useLocation();
  if (session) return <Navigate to={safeNext(new URLSearchParams(location.search).get("next"))} replace />;
  return <LoginScreen onLoggedIn={onLoggedIn} />;
}

// The dashboard brings the charting library: load it only when it is opened.
const AnalyticsPage = lazy(async () => ({
  default: (await import("./screens/analytics/AnalyticsPage.tsx")).AnalyticsPage,
}));

export function App() {
  const { session, signIn, signOut } = useSession();
  const token = session?.token ?? null;
  // A new client (and so an empty cache) per token: nothing one user fetched
  // can be shown to the next one who logs in on this browser.
  const client = useMemo(() => makeUrqlClient({ onUnauthorized: signOut }), [token, signOut]);

  return (
    <Provider value={client}>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginRoute session={session} onLoggedIn={signIn} />} />
          {session ? (
            <Route element={<Shell session={session} onLogOut={signOut} />}>
              <Route index element={<HomePage session={session} />} />
              <Route path="search" element={<SearchPage session={session} />} />
              <Route
                path="employers/new"
                element={
                  <RequireRole session={session} minimum="steward">
                    <RegisterEmployerPage />
                  </RequireRole>
                }
              />
              <Route path="employers/:id" element={<EmployerPage session={session} />} />
              <Route path="promotion-queue/:employerId?" element={<PromotionConsolePage session={session} />} />
              <Route path="pending-employers/:pendingId?" element={<PendingQueuePage session={session} />} />
              <Route
                path="learned-aliases"
                element={
                  <RequireRole session={session} minimum="steward">
                    <LearnedAliasesPage />
                  </RequireRole>
                }
              />
              <Route path="imports" element={<ImportsPage session={session} onUnauthorized={signOut} />} />
              <Route path="imports/:batchId" element={<ImportBatchPage />} />
              <Route
                path="analytics"
                element={
                  <RequireRole session={session} minimum="analyst">
                    <Suspense fallback={<Loading what="the dashboard" />}>
                      <AnalyticsPage session={session} onUnauthorized={signOut} />
                    </Suspense>
                  </RequireRole>
                }
              />
              <Route
                path="admin"
                element={
                  <RequireRole session={session} minimum="admin">
                    <AdminLayout />
                  </RequireRole>
                }
              >
                <Route index element={<Navigate to="/admin/users" replace />} />
                <Route path="users" element={<UsersPage session={session} />} />
                <Route path="api-tokens" element={<ApiTokensPage />} />
                <Route path="feature-switches" element={<FeatureSwitchesPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          ) : (
            <Route path="*" element={<RedirectToLogin />} />
          )}
        </Routes>
      </BrowserRouter>
    </Provider>
  );
}
