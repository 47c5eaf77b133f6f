// What a merge will move, worked out before it happens so the confirmation can
// show it. Mirrors app_public.merge_employers: the merged employer's names move
// unless the survivor already has that name (same compare form, or its
// canonical name); every identifier moves; the merged employer's canonical
// name becomes a former name of the survivor unless the survivor has it.
export interface PlanAlias {
  rowId: string;
  name: string;
  kind: string;
  compareForm: string;
}

export interface PlanEmployer {
  rowId: string;
  name: string;
  compareName: string;
  aliases: readonly PlanAlias[];
  identifiers: ReadonlyArray<{ rowId: string; scheme: string; value: string }>;
}

export interface MergePlan {
  movedAliases: PlanAlias[];
  /** Names the survivor already has: they stay with the merged employer. */
  keptAliases: PlanAlias[];
  identifiers: PlanEmployer["identifiers"];
  /** The merged employer's name, added to the survivor as a former name; null when the survivor has it already. */
  formerName: string | null;
}

export function planMerge(survivor: PlanEmployer, merged: PlanEmployer): MergePlan {
  const survivorForms = new Set([survivor.compareName, ...survivor.aliases.map((alias) => alias.compareForm)]);
  const movedAliases: PlanAlias[] = [];
  const keptAliases: PlanAlias[] = [];
  for (const alias of merged.aliases) {
    (survivorForms.has(alias.compareForm) ? keptAliases : movedAliases).push(alias);
  }
  return {
    movedAliases,
    keptAliases,
    identifiers: merged.identifiers,
    formerName: survivorForms.has(merged.compareName) ? null : merged.name,
  };
}

/** The counts kept in employer_merges.undo, for the unmerge confirmation. */
export interface UndoSummary {
  aliases: number;
  identifiers: number;
  removesFormerName: boolean;
  restoresStatus: string;
}

export function summarizeUndo(undo: unknown): UndoSummary {
  const record = (typeof undo === "object" && undo !== null ? undo : {}) as Record<string, unknown>;
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  return {
    aliases: count(record.moved_alias_ids),
    identifiers: count(record.moved_identifier_ids),
    removesFormerName: record.former_alias_id !== null && record.former_alias_id !== undefined,
    restoresStatus: typeof record.merged_status === "string" ? record.merged_status : "active",
  };
}
