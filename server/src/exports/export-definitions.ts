// The CSV exports: what each one selects, which filters it takes and in what
// order its rows come. Every export reads a relation that analysts may read
// and API clients may not (grants and row-level security decide, not this file).
export interface ExportColumn {
  /** Header cell. */
  header: string;
  /** SQL expression producing the cell's text. */
  sql: string;
}

export interface ExportDefinition {
  name: string;
  description: string;
  relation: string;
  columns: ExportColumn[];
  /** The column the from/to filters apply to, and whether it is a date or a timestamp. */
  dayFilter: { column: string; type: "date" | "timestamptz" };
  /** The column the source_system filter applies to; null when the export has none. */
  sourceSystemColumn: string | null;
  orderBy: string;
}

const text = (column: string, header = column): ExportColumn => ({ header, sql: `r.${column}::text` });
// ISO 8601 in UTC, whatever the session's time zone.
const instant = (column: string, header = column): ExportColumn => ({
  header,
  sql: `to_char(r.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
});

export const exportDefinitions: readonly ExportDefinition[] = [
  {
    name: "aliases",
    description: "Every alias with its employer and provenance (filters: from/to on added_at, source_system)",
    relation: "app_hidden.export_aliases",
    columns: [
      text("alias_id"),
      text("employer_id"),
      text("employer_name"),
      text("employer_status"),
      text("alias"),
      text("kind"),
      text("visibility"),
      text("valid_from"),
      text("valid_to"),
      text("source_system"),
      text("source_ref"),
      text("import_batch_id"),
      text("import_row"),
      text("added_by"),
      instant("added_at"),
    ],
    dayFilter: { column: "added_at", type: "timestamptz" },
    sourceSystemColumn: "source_system",
    orderBy: "added_at, alias_id",
  },
  {
    name: "aliases-per-day",
    description: "Aliases created per day by source system and kind (filters: from/to, source_system)",
    relation: "app_public.analytics_alias_daily",
    columns: [text("day"), text("source_system"), text("kind"), text("aliases_added"), text("public_added")],
    dayFilter: { column: "day", type: "date" },
    sourceSystemColumn: "source_system",
    orderBy: "day, source_system, kind",
  },
  {
    name: "coverage-per-day",
    description: "Share of active employers with an alias and with an identifier, per day (filters: from/to)",
    relation: "app_public.analytics_coverage_daily",
    columns: [
      text("day"),
      text("active_employers"),
      text("with_alias"),
      text("with_identifier"),
      text("alias_coverage"),
      text("identifier_coverage"),
      text("feed_names_resolved"),
      instant("refreshed_at"),
    ],
    dayFilter: { column: "day", type: "date" },
    sourceSystemColumn: null,
    orderBy: "day",
  },
  {
    name: "conflicts-per-day",
    description: "Shared names, common names, unexplained pairs, distinctions and merges per day (filters: from/to)",
    relation: "app_public.analytics_conflict_daily",
    columns: [
      text("day"),
      text("shared_names"),
      text("common_names"),
      text("employers_sharing_names"),
      text("unexplained_pairs"),
      text("distinctions_recorded"),
      text("merges"),
      text("unmerges"),
      instant("refreshed_at"),
    ],
    dayFilter: { column: "day", type: "date" },
    sourceSystemColumn: null,
    orderBy: "day",
  },
  {
    name: "decisions",
    description: "The canonical-name decision log: who decided what, when and why (filters: from/to on decided_at)",
    relation: "app_hidden.export_canonical_decisions",
    columns: [
      text("decision_id"),
      instant("decided_at"),
      text("action"),
      text("employer_id"),
      text("name_before"),
      text("name_after"),
      text("candidate_name"),
      text("rationale"),
      text("decided_role"),
      text("defer_until"),
      text("decided_by"),
      text("decided_by_username"),
    ],
    dayFilter: { column: "decided_at", type: "timestamptz" },
    sourceSystemColumn: null,
    orderBy: "decided_at, decision_id",
  },
  {
    name: "decisions-per-day",
    description: "Canonical-name decisions per day by action and steward (filters: from/to)",
    relation: "app_public.analytics_decision_daily",
    columns: [text("day"), text("action"), text("decided_by"), text("decided_by_username"), text("decisions")],
    dayFilter: { column: "day", type: "date" },
    sourceSystemColumn: null,
    orderBy: "day, action, decided_by",
  },
  {
    name: "imports-per-day",
    description: "Import rows per day, batch and outcome (filters: from/to, source_system)",
    relation: "app_public.analytics_import_daily",
    columns: [text("day"), text("batch_id"), text("source_system"), text("outcome"), text("rows")],
    dayFilter: { column: "day", type: "date" },
    sourceSystemColumn: "source_system",
    orderBy: "day, batch_id, outcome",
  },
  {
    name: "backlogs-per-day",
    description: "Promotion and pending backlogs as each day's last analytics refresh found them (filters: from/to)",
    relation: "app_public.analytics_backlog_daily",
    columns: [
      text("day"),
      text("promotion_items"),
      instant("promotion_oldest_queued_since"),
      text("pending_items"),
      instant("pending_oldest_first_seen_at"),
      instant("measured_at"),
    ],
    dayFilter: { column: "day", type: "date" },
    sourceSystemColumn: null,
    orderBy: "day",
  },
  {
    name: "pending",
    description: "Pending employers with their state and resolution (filters: from/to on first_seen_at, source_system)",
    relation: "app_hidden.export_pending_employers",
    columns: [
      text("pending_employer_id"),
      text("name"),
      text("source_system"),
      text("status"),
      text("occurrence_count"),
      text("conflict"),
      instant("first_seen_at"),
      instant("last_seen_at"),
      text("resolved_employer_id"),
      text("resolved_by"),
      instant("resolved_at"),
    ],
    dayFilter: { column: "first_seen_at", type: "timestamptz" },
    sourceSystemColumn: "source_system",
    orderBy: "first_seen_at, pending_employer_id",
  },
  {
    name: "calibration-runs",
    description:
      "Each replay of the stewards' decisions through the matcher: auto precision on them, observed precision of learned names, proposals (filters: from/to on run_at)",
    relation: "app_public.match_calibration_runs",
    columns: [
      text("id", "run_id"),
      instant("run_at"),
      text("triggered_by"),
      text("labels"),
      text("judged"),
      text("auto_answers"),
      text("auto_right"),
      text("auto_precision"),
      text("fuzzy_auto_answers"),
      text("fuzzy_auto_right"),
      text("fuzzy_auto_precision"),
      text("target_precision"),
      text("target_fuzzy_precision"),
      text("learned_names"),
      text("learned_names_reversed"),
      text("observed_auto_precision"),
      text("is_enough_evidence"),
      text("proposals"),
      instant("applied_at"),
    ],
    dayFilter: { column: "run_at", type: "timestamptz" },
    sourceSystemColumn: null,
    orderBy: "run_at, id",
  },
];

export function findExport(name: string): ExportDefinition | undefined {
  return exportDefinitions.find((definition) => definition.name === name);
}

export interface ExportFilters {
  from: string | null;
  to: string | null;
  sourceSystem: string | null;
}

/** The query for an export with its filters; parameters are bound, never spliced. */
export function exportQuery(definition: ExportDefinition, filters: ExportFilters): { sql: string; values: string[] } {
  const where: string[] = [];
  const values: string[] = [];
  const day = definition.dayFilter;
  if (filters.from !== null) {
    values.push(filters.from);
    where.push(
      day.type === "date"
        ? `r.${day.column} >= $${values.length}::date`
        : `r.${day.column} >= app_hidden.analytics_day_start($${values.length}::date)`,
    );
  }
  if (filters.to !== null) {
    values.push(filters.to);
    where.push(
      day.type === "date"
        ? `r.${day.column} <= $${values.length}::date`
        : `r.${day.column} < app_hidden.analytics_day_start($${values.length}::date + 1)`,
    );
  }
  if (filters.sourceSystem !== null && definition.sourceSystemColumn !== null) {
    values.push(filters.sourceSystem);
    where.push(`r.${definition.sourceSystemColumn} = $${values.length}`);
  }
  // Columns are qualified with the relation's alias ("r"): unqualified, ORDER BY
  // would pick the text-cast output columns and sort ids as text, without an index.
  const sql =
    `select ${definition.columns.map((column) => column.sql).join(", ")} from ${definition.relation} as r` +
    (where.length ? ` where ${where.join(" and ")}` : "") +
    ` order by ${definition.orderBy
      .split(",")
      .map((column) => `r.${column.trim()}`)
      .join(", ")}`;
  return { sql, values };
}
