// Matches a feed file's header to the staging columns: case, spaces,
// underscores and punctuation do not matter ("Company Name", "CompanyName",
// "company_name"), and common variants are recognised.
import { ImportError } from "./import-error.ts";

export const stagingColumns = [
  "company_name",
  "bci_company_id",
  "abn",
  "acn",
  "trading_name",
  "project_id",
  "project_name",
  "role",
  "state",
  "postcode",
] as const;
export type StagingColumn = (typeof stagingColumns)[number];

const variants: Record<StagingColumn, string[]> = {
  company_name: [
    "companyname",
    "company",
    "name",
    "employer",
    "employername",
    "organisation",
    "organization",
    "organisationname",
    "organizationname",
  ],
  bci_company_id: ["bcicompanyid", "companyid", "bciid", "bcicompany"],
  abn: ["abn", "australianbusinessnumber"],
  acn: ["acn", "australiancompanynumber"],
  trading_name: ["tradingname", "tradingas", "businessname"],
  project_id: ["projectid", "bciprojectid", "project"],
  project_name: ["projectname", "projecttitle"],
  role: ["role", "companyrole", "projectrole"],
  state: ["state", "projectstate"],
  postcode: ["postcode", "postalcode", "zip"],
};

const lookup = new Map<string, StagingColumn>();
for (const column of stagingColumns) for (const variant of variants[column]) lookup.set(variant, column);

/** "Company Name", "company_name", " COMPANYNAME " -> "companyname". */
export function headerKey(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export interface HeaderMapping {
  /** For each staging column, the index of its field in a record (or -1). */
  positions: Record<StagingColumn, number>;
  /** Header fields that matched nothing (ignored). */
  ignored: string[];
  fieldCount: number;
}

export function mapHeader(header: string[]): HeaderMapping {
  const positions = Object.fromEntries(stagingColumns.map((c) => [c, -1])) as Record<StagingColumn, number>;
  const ignored: string[] = [];
  header.forEach((raw, index) => {
    const column = lookup.get(headerKey(raw));
    if (!column) {
      ignored.push(raw);
      return;
    }
    if (positions[column] !== -1) {
      throw new ImportError(
        422,
        "IMPORT_DUPLICATE_COLUMN",
        `The header names the column ${column} twice ("${header[positions[column]]}" and "${raw}")`,
        1,
      );
    }
    positions[column] = index;
  });
  if (positions.company_name === -1) {
    throw new ImportError(
      422,
      "IMPORT_MISSING_COLUMN",
      `The header has no company_name column (found: ${header.map((h) => `"${h}"`).join(", ") || "nothing"})`,
      1,
    );
  }
  return { positions, ignored, fieldCount: header.length };
}
