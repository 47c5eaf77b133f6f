// /admin/* — tabs for users, API tokens and feature switches; each tab is a route.
import { NavLink, Outlet } from "react-router";

export function AdminLayout() {
  return (
    <section className="page" aria-labelledby="admin-title">
      <h1 id="admin-title">Admin</h1>
      <nav className="tabs" aria-label="Admin">
        <NavLink to="/admin/users">Users</NavLink>
        <NavLink to="/admin/api-tokens">API tokens</NavLink>
        <NavLink to="/admin/feature-switches">Feature switches</NavLink>
      </nav>
      <Outlet />
    </section>
  );
}
