// Dates and small labels, formatted the same way on every screen.
const dateTime = new Intl.DateTimeFormat("en-AU", { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en-AU", { dateStyle: "medium", timeZone: "UTC" });

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : "—";
}

/** A GraphQL Date ("2026-11-30"), shown without shifting it by the time zone. */
export function formatDate(date: string | null | undefined): string {
  return date ? dateOnly.format(new Date(`${date}T00:00:00Z`)) : "—";
}

/** Today in the browser's time zone, as a GraphQL Date. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function humanize(value: string): string {
  const spaced = value.replace(/_/g, " ");
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function formatScore(score: number | null | undefined): string {
  return typeof score === "number" ? score.toFixed(2) : "—";
}
