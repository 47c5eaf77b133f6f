// The preview card OpenRefine shows in a frame when a person hovers over a
// candidate: static HTML, every value escaped, no scripts (the route's
// Content-Security-Policy forbids them as well).
import type { EmployerCard } from "./entities.ts";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `body{font:13px/1.4 system-ui,sans-serif;margin:8px;color:#1b1b1b}
h1{font-size:15px;margin:0 0 2px}p{margin:0 0 6px;color:#555}dl{margin:0 0 6px;display:grid;grid-template-columns:auto 1fr;gap:0 8px}
dt{color:#555}dd{margin:0}ul{margin:0;padding-left:16px}`;

export function previewHtml(card: EmployerCard, viewUrl: string | null): string {
  const identifiers = card.identifiers
    .map((i) => `<dt>${escapeHtml(i.schemeName)}</dt><dd>${escapeHtml(i.value)}</dd>`)
    .join("");
  const names = card.names.map((n) => `<li>${escapeHtml(n.name)} <small>(${escapeHtml(n.kind)})</small></li>`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(card.name)}</title><style>${STYLE}</style></head>
<body>
<h1>${viewUrl ? `<a href="${escapeHtml(viewUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(card.name)}</a>` : escapeHtml(card.name)}</h1>
<p>Employer #${escapeHtml(card.id)} · ${escapeHtml(card.status)}</p>
${identifiers ? `<dl>${identifiers}</dl>` : "<p>No identifiers on record.</p>"}
${names ? `<p>Other names:</p><ul>${names}</ul>` : ""}
</body></html>
`;
}
