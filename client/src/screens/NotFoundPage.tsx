// Any path the app does not know.
import { Link } from "react-router";
import { usePageTitle } from "../components/usePageTitle.ts";

export function NotFoundPage() {
  usePageTitle("Not found");
  return (
    <section className="page narrow" aria-labelledby="page-title">
      <h1 id="page-title">Page not found</h1>
      <p>
        There is no page at this address. <Link to="/search">Search the registry</Link> instead.
      </p>
    </section>
  );
}
