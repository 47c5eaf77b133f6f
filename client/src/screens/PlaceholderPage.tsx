// A section whose GraphQL is built in another issue: the route and nav entry
// exist so links work, and the page says which issue brings it.
import type { Section } from "../sections.ts";
import { usePageTitle } from "../components/usePageTitle.ts";

export function PlaceholderPage({ section }: { section: Section }) {
  usePageTitle(section.title);
  return (
    <section className="page narrow placeholder" aria-labelledby="page-title">
      <h1 id="page-title">{section.title}</h1>
      <p>{section.summary}</p>
      <p className="muted">This screen arrives with issue {section.arrivesWith}.</p>
    </section>
  );
}
