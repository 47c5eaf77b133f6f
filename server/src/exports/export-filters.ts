// Reads and checks an export's query string: from and to (YYYY-MM-DD, UTC
// days, inclusive) and source_system. Anything else is refused, so a typo in a
// filter name never silently exports everything.
import type { ExportDefinition, ExportFilters } from "./export-definitions.ts";

export class ExportFilterError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const FILTERS = ["from", "to", "source_system"];
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SOURCE_SYSTEM = /^[a-z][a-z0-9_]{1,40}$/;

function day(name: string, value: string): string {
  const match = DAY.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new ExportFilterError("INVALID_FILTER", `${name} must be a date written YYYY-MM-DD (got "${value}")`);
  }
  return value;
}

export function parseExportFilters(definition: ExportDefinition, query: Record<string, unknown>): ExportFilters {
  const single: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!FILTERS.includes(name)) {
      throw new ExportFilterError("INVALID_FILTER", `Unknown filter "${name}": the filters are ${FILTERS.join(", ")}`);
    }
    if (typeof value !== "string") {
      throw new ExportFilterError("INVALID_FILTER", `Give ${name} once, as a single value`);
    }
    single[name] = value;
  }
  const from = single.from !== undefined ? day("from", single.from) : null;
  const to = single.to !== undefined ? day("to", single.to) : null;
  if (from !== null && to !== null && from > to) {
    throw new ExportFilterError("INVALID_FILTER", `from (${from}) is after to (${to})`);
  }
  let sourceSystem: string | null = null;
  if (single.source_system !== undefined) {
    if (definition.sourceSystemColumn === null) {
      throw new ExportFilterError(
        "INVALID_FILTER",
        `The ${definition.name} export has no source system: filter it by from and to only`,
      );
    }
    if (!SOURCE_SYSTEM.test(single.source_system)) {
      throw new ExportFilterError(
        "INVALID_FILTER",
        "source_system must be a source system key (lower-case letters, digits and underscores)",
      );
    }
    sourceSystem = single.source_system;
  }
  return { from, to, sourceSystem };
}
