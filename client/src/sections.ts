// The client's sections, in nav order. Each one is a placeholder until the
// issue that builds it lands; the summary says what it will be for.
export interface Section {
  path: string;
  title: string;
  summary: string;
}

export const sections: readonly Section[] = [
  { path: "/search", title: "Search", summary: "Find an employer by any of its names or identifiers." },
  {
    path: "/promotion-queue",
    title: "Promotion queue",
    summary: "Review aliases proposed for promotion to canonical names.",
  },
  {
    path: "/pending-employers",
    title: "Pending employers",
    summary: "Confirm or merge employers created from unmatched names.",
  },
  { path: "/imports", title: "Imports", summary: "Load registry files and follow their per-row outcomes." },
  { path: "/analytics", title: "Analytics", summary: "Match rates, alias growth and curation activity." },
];

/** The section for a path; "/" and unknown paths show the first one. */
export function sectionFor(pathname: string): Section {
  return sections.find((section) => section.path === pathname) ?? sections[0]!;
}
