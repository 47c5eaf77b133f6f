// What the reconciliation service speaks about: one type (Employer), the
// properties a query may carry, and the properties data extension can fetch.
// Ids are stable: OpenRefine projects store them.

export const EMPLOYER_TYPE = { id: "Employer", name: "Employer" } as const;

/** Identifier properties settle a query when their value belongs to an employer; the rest add evidence. */
export interface QueryProperty {
  id: string;
  name: string;
  description: string;
  kind: "identifier" | "evidence";
}

export const queryProperties: readonly QueryProperty[] = [
  { id: "abn", name: "ABN", description: "Australian Business Number (11 digits, spaces allowed)", kind: "identifier" },
  { id: "acn", name: "ACN", description: "Australian Company Number (9 digits, spaces allowed)", kind: "identifier" },
  {
    id: "bci_company",
    name: "BCI company id",
    description: "The company id in BCI Central exports (staff only: API tokens do not see these ids)",
    kind: "identifier",
  },
  {
    id: "trading_name",
    name: "Trading name",
    description: "A trading name: evidence when it is one of the employer's names",
    kind: "evidence",
  },
  {
    id: "state",
    name: "State",
    description:
      "Australian state or territory (NSW, VIC, ...): evidence when feed rows of the employer name it (staff only)",
    kind: "evidence",
  },
  {
    id: "postcode",
    name: "Postcode",
    description: "Postcode: evidence when feed rows of the employer name it (staff only)",
    kind: "evidence",
  },
];

export interface ExtendProperty {
  id: string;
  name: string;
  description: string;
}

export const extendProperties: readonly ExtendProperty[] = [
  { id: "name", name: "Canonical name", description: "The employer's canonical name" },
  { id: "status", name: "Status", description: "active, merged or archived" },
  { id: "abn", name: "ABN", description: "Australian Business Number" },
  { id: "acn", name: "ACN", description: "Australian Company Number" },
  { id: "bci_company", name: "BCI company id", description: "BCI Central company id (staff only)" },
  { id: "aliases", name: "Public aliases", description: "The employer's other public names in use" },
  { id: "merged_into", name: "Merged into", description: "For a merged employer: the employer it was merged into" },
];

export const identifierPropertyIds = new Set(queryProperties.filter((p) => p.kind === "identifier").map((p) => p.id));

export function findQueryProperty(id: string): QueryProperty | undefined {
  return queryProperties.find((p) => p.id === id);
}
export function findExtendProperty(id: string): ExtendProperty | undefined {
  return extendProperties.find((p) => p.id === id);
}
