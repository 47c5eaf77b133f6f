// The legal-form dictionary as files (data/reference/): read and checked here,
// then either written into the generated migration
// (scripts/generate-legal-forms-migration.ts) or installed into a running
// database (server/src/ops/renormalize.ts). Everything derived from a
// spelling (its match key, where it counts, chains) is worked out in SQL by
// app_private.compile_legal_forms(), so that names and dictionary keys go
// through exactly the same cleaning.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { repoRoot } from "../paths.ts";

export const referenceDir = join(repoRoot, "data", "reference");

export type LegalFormAction = "replace" | "remove" | "none";
export type LegalFormPosition = "start_or_end" | "end" | "nowhere";

/** One spelling, as app_private.legal_forms stores it before compilation. */
export interface LegalFormRow {
  source: "rigour" | "local";
  typeIndex: number | null;
  spelling: string;
  displayForm: string | null;
  compareValue: string | null;
  action: LegalFormAction;
  genericClass: string | null;
  note: string | null;
}

/** A hand-made exception to where a spelling counts (app_private.legal_form_positions). */
export interface LegalFormPositionRow {
  spelling: string;
  allowedAt: LegalFormPosition;
  reason: string;
}

export interface LegalFormDictionary {
  forms: LegalFormRow[];
  positions: LegalFormPositionRow[];
}

const ACTIONS: readonly string[] = ["replace", "remove", "none"];
const POSITIONS: readonly string[] = ["start_or_end", "end", "nowhere"];

export class LegalFormFileError extends Error {}

async function readCsv(file: string, required: readonly string[]): Promise<Array<Record<string, string>>> {
  const text = await readFile(file, "utf8");
  const rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false }) as Array<
    Record<string, string>
  >;
  const header = rows[0] ? Object.keys(rows[0]) : [];
  for (const column of required) {
    if (rows.length > 0 && !header.includes(column)) {
      throw new LegalFormFileError(`${file}: missing column ${column}`);
    }
  }
  return rows;
}

const blankToNull = (value: string | undefined): string | null => {
  const trimmed = (value ?? "").trim();
  return trimmed === "" ? null : trimmed;
};

function formRow(
  file: string,
  line: number,
  row: Record<string, string>,
  source: LegalFormRow["source"],
): LegalFormRow {
  const spelling = (row.alias ?? "").trim();
  const action = (row.compare_action ?? "").trim();
  if (spelling === "") throw new LegalFormFileError(`${file}:${line}: empty alias`);
  if (!ACTIONS.includes(action))
    throw new LegalFormFileError(`${file}:${line}: compare_action must be replace, remove or none, not "${action}"`);
  const typeIndex = blankToNull(row.type_index);
  if (typeIndex !== null && !/^\d+$/.test(typeIndex))
    throw new LegalFormFileError(`${file}:${line}: type_index must be a number`);
  return {
    source,
    typeIndex: typeIndex === null ? null : Number(typeIndex),
    spelling,
    displayForm: blankToNull(row.display),
    compareValue: blankToNull(row.compare),
    action: action as LegalFormAction,
    genericClass: blankToNull(row.generic),
    note: blankToNull(row.note),
  };
}

/** Reads legal_forms.csv (rigour), legal_forms_local.csv and legal_form_positions.csv. */
export async function readLegalFormDictionary(dir: string = referenceDir): Promise<LegalFormDictionary> {
  const columns = ["alias", "display", "compare", "compare_action", "generic"] as const;
  const rigourFile = join(dir, "legal_forms.csv");
  const localFile = join(dir, "legal_forms_local.csv");
  const positionsFile = join(dir, "legal_form_positions.csv");
  const forms: LegalFormRow[] = [];
  // Local rows first: they win over rigour rows with the same match key.
  (await readCsv(localFile, columns)).forEach((row, i) => forms.push(formRow(localFile, i + 2, row, "local")));
  (await readCsv(rigourFile, ["type_index", ...columns])).forEach((row, i) =>
    forms.push(formRow(rigourFile, i + 2, row, "rigour")),
  );
  const seen = new Set<string>();
  const positions = (await readCsv(positionsFile, ["spelling", "allowed_at", "reason"])).map((row, i) => {
    const spelling = (row.spelling ?? "").trim();
    const allowedAt = (row.allowed_at ?? "").trim();
    const where = `${positionsFile}:${i + 2}`;
    if (spelling === "") throw new LegalFormFileError(`${where}: empty spelling`);
    if (!POSITIONS.includes(allowedAt))
      throw new LegalFormFileError(`${where}: allowed_at must be start_or_end, end or nowhere`);
    if (seen.has(spelling)) throw new LegalFormFileError(`${where}: ${spelling} is listed twice`);
    seen.add(spelling);
    return {
      spelling,
      allowedAt: allowedAt as LegalFormPosition,
      reason: (row.reason ?? "").trim() || "(no reason given)",
    };
  });
  return { forms, positions };
}
