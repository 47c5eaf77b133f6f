// The promotion queue's JSON evidence (sources and conflicts, docs/PROMOTION.md)
// read defensively: the API types it as JSON, so each field is checked before use.
export interface EvidenceSource {
  via: string;
  sourceSystem: string;
  trustRank: number | null;
  rows: number | null;
  projects: number | null;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  addedAt: string | null;
}

export interface EvidenceConflict {
  kind: string;
  employerId: string | null;
  employerName: string | null;
  pendingId: string | null;
  name: string | null;
}

type Json = Record<string, unknown>;

const text = (value: unknown): string | null =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);
const objects = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => typeof v === "object" && v !== null) : [];

export function readSources(value: unknown): EvidenceSource[] {
  return objects(value).map((s) => ({
    via: text(s.via) ?? "?",
    sourceSystem: text(s.sourceSystem) ?? "?",
    trustRank: num(s.trustRank),
    rows: num(s.rows),
    projects: num(s.projects),
    firstSeenAt: text(s.firstSeenAt),
    lastSeenAt: text(s.lastSeenAt),
    addedAt: text(s.addedAt),
  }));
}

export function readConflicts(value: unknown): EvidenceConflict[] {
  return objects(value).map((c) => ({
    kind: text(c.kind) ?? "conflict",
    employerId: text(c.employerId),
    employerName: text(c.employerName),
    pendingId: text(c.pendingId),
    name: text(c.name),
  }));
}

export const ruleWords: Readonly<Record<string, string>> = {
  trusted_legal_or_trading_name: "Trusted legal or trading name",
  seen_more_often_in_feeds: "Seen more often in feeds",
  canonical_looks_like_feed_spelling: "Canonical name looks like a feed spelling",
};

/** The queue's two tasks: an alias to promote, or a canonical name to correct (no candidate). */
export type QueueTask = "promote" | "fix_spelling";

/** A first suggestion for a name written in capitals: each word capitalised, legal forms as usually written. */
export function suggestSpelling(name: string): string {
  if (/[a-z]/.test(name)) return name;
  const kept: Record<string, string> = {
    PTY: "Pty",
    LTD: "Ltd",
    "P/L": "Pty Ltd",
    CO: "Co",
    NSW: "NSW",
    QLD: "QLD",
    WA: "WA",
    SA: "SA",
    NT: "NT",
    ACT: "ACT",
  };
  return name
    .split(/(\s+)/)
    .map(
      (word) =>
        kept[word] ??
        word
          .toLowerCase()
          .replace(/(^|[^a-z'])([a-z])/g, (_m, before: string, letter: string) => before + letter.toUpperCase()),
    )
    .join("");
}

/** A queue item's key: one employer may have several candidate names. */
export function itemKey(item: { employerId?: string | null; aliasId?: string | null }): string {
  return `${item.employerId ?? ""}:${item.aliasId ?? "none"}`;
}

/** How the URL names an item's candidate: its alias id, or "none" for a feed-looking canonical name alone. */
export function candidateParam(item: { aliasId?: string | null }): string {
  return item.aliasId ?? "none";
}

/** The item's own URL: /promotion-queue/12?candidate=34 (an employer may have several candidate names). */
export function itemPath(item: { employerId?: string | null; aliasId?: string | null }): string {
  return `/promotion-queue/${item.employerId ?? ""}?candidate=${candidateParam(item)}`;
}
