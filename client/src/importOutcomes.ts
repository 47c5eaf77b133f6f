// The outcomes an import row can get (docs/IMPORTS.md), in the order they are
// shown, with words and colours shared by the imports screen and the dashboard.
import type { ImportRowOutcome } from "./gql/graphql.ts";

export interface OutcomeInfo {
  outcome: ImportRowOutcome;
  label: string;
  description: string;
  colour: string;
}

export const importOutcomes: readonly OutcomeInfo[] = [
  {
    outcome: "matched_identifier",
    label: "Matched by identifier",
    description: "an ABN, ACN or BCI id of one employer",
    colour: "#1f6f43",
  },
  {
    outcome: "matched_exact",
    label: "Matched by name",
    description: "exactly a name of one employer",
    colour: "#3f9b68",
  },
  {
    outcome: "matched_fuzzy",
    label: "Matched by similar name",
    description: "a close spelling in the auto-match band",
    colour: "#8cc9a0",
  },
  { outcome: "pending", label: "Pending", description: "no match: sent to the pending queue", colour: "#d79a1e" },
  {
    outcome: "conflict",
    label: "Conflict",
    description: "identifier and name point to different employers",
    colour: "#b5522b",
  },
  { outcome: "rejected", label: "Rejected", description: "a name a steward rejected before", colour: "#7d7d7d" },
  { outcome: "error", label: "Error", description: "the row is unusable (the reason is given)", colour: "#b3261e" },
];

export function outcomeInfo(outcome: string): OutcomeInfo | undefined {
  return importOutcomes.find((info) => info.outcome === outcome);
}

export function isImportRowOutcome(value: string | null): value is ImportRowOutcome {
  return importOutcomes.some((info) => info.outcome === value);
}
