// A section that is not built yet: says what it will hold and that it comes
// with its own issue, so nobody mistakes the empty page for a bug.
import type { Section } from "../sections.ts";

export function PlaceholderPage({ section }: { section: Section }) {
  return (
    <section className="placeholder" aria-labelledby="page-title">
      <h1 id="page-title">{section.title}</h1>
      <p>{section.summary}</p>
      <p className="muted">This page arrives with its issue.</p>
    </section>
  );
}
