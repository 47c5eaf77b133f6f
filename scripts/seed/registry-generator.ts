// Generates the scale registry in chunks of rows ready to load: employers with
// ~3 aliases each, identifiers, a few percent of near-duplicate employers (some
// with a recorded distinction) and some merged duplicates, dated over a year.
// Deterministic: rows depend only on the seed and the employer count.
import { IdentifierFactory } from "./identifiers.ts";
import { abbreviateTrade, feedSpelling, initialsOf, joinName, makeCore, otherForm, type NameParts } from "./names.ts";
import { type Random, weighted } from "./random.ts";
import type { Vocabulary } from "./vocabulary.ts";

export type AliasKind = "legal" | "trading" | "former" | "abbreviation" | "feed_spelling" | "other";

export interface EmployerRow {
  id: number;
  name: string;
  status: "active" | "archived" | "merged";
  merged_into: number | null;
  created_at: string;
}
export interface AliasRow {
  id: number;
  employer_id: number;
  name: string;
  kind: AliasKind;
  visibility: "public" | "internal";
  valid_from: string | null;
  valid_to: string | null;
  source_system: string;
  source_ref: string | null;
  added_at: string;
}
export interface IdentifierRow {
  id: number;
  employer_id: number;
  scheme: "abn" | "acn" | "bci_company";
  value: string;
  source_system: string;
  source_ref: string | null;
  added_at: string;
}
export interface DistinctionRow {
  id: number;
  employer_id: number;
  other_employer_id: number;
  reason: string;
  recorded_at: string;
}
export interface MergeRow {
  id: number;
  survivor_id: number;
  merged_id: number;
  reason: string;
  merged_at: string;
  undo: Record<string, unknown>;
}

export interface Chunk {
  index: number;
  employers: EmployerRow[];
  aliases: AliasRow[];
  identifiers: IdentifierRow[];
  distinctions: DistinctionRow[];
  merges: MergeRow[];
}

/** What the query mix needs to know about a generated employer. */
export interface EmployerProfile {
  id: number;
  name: string;
  parts: NameParts;
  aliases: AliasRow[];
  abn: string | null;
  acn: string | null;
  status: EmployerRow["status"];
}

// A year of registry activity, fixed so that the same seed gives the same dates.
const PERIOD_START = Date.parse("2024-07-01T00:00:00Z");
const PERIOD_MS = 365 * 24 * 3600 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

const SHARE = {
  company: 0.8,
  acnOfCompany: 0.75,
  abnWithAcn: 0.97,
  abnWithoutAcn: 0.9,
  abnOfNonCompany: 0.5,
  bci: 0.5,
  archived: 0.015,
  nearDuplicate: 0.03,
  exactDuplicateOfNear: 0.6,
  distinctionOfNear: 0.3,
  merged: 0.006,
};

/**
 * Aliases generated per employer: 1 to 5, 3.25 on average, of which about 3
 * are stored (some compare equal to the canonical name, as add_alias would refuse).
 */
const ALIAS_COUNT = weighted<number>([
  [1, 7],
  [2, 20],
  [3, 31],
  [4, 25],
  [5, 17],
]);
const ALIAS_KINDS = weighted<AliasKind>([
  ["feed_spelling", 36],
  ["trading", 22],
  ["legal", 16],
  ["abbreviation", 12],
  ["former", 8],
  ["other", 6],
]);
const INITIALS = "ABCDEGHJKLMNPRSTW".split("");
const STATES = ["NSW", "QLD", "Vic", "WA", "SA", "Tas", "NT", "ACT"];

const squashKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "");

export interface GeneratorOptions {
  employers: number;
  chunkSize: number;
  random: Random;
  vocabulary: Vocabulary;
  onEmployer?: (profile: EmployerProfile) => void;
}

interface Recent {
  id: number;
  parts: NameParts;
  company: boolean;
  abn: string | null;
}

export function* generateRegistry(options: GeneratorOptions): Generator<Chunk> {
  const { random, vocabulary: vocab } = options;
  const ids = new IdentifierFactory(random.fork("identifiers"));
  const usedCores = new Set<string>();
  const recent: Recent[] = []; // a ring of recent employers, for near-duplicates
  const RECENT_SIZE = 5000;
  let aliasId = 0;
  let identifierId = 0;
  let distinctionId = 0;
  let mergeId = 0;
  let chunk: Chunk = { index: 0, employers: [], aliases: [], identifiers: [], distinctions: [], merges: [] };
  // Active employers of the current chunk: merged duplicates fold into one of them,
  // so that a merge and everything it touches load together.
  let chunkActive: Array<{ id: number; parts: NameParts; createdMs: number }> = [];

  const newParts = (company: boolean): NameParts => {
    let made = makeCore(random, vocab);
    // Bounded retries for a name not used yet; the rare leftover clash is a realistic duplicate.
    for (let attempt = 0; attempt < 8 && usedCores.has(made.core.toLowerCase()); attempt++) {
      made = makeCore(random, vocab);
    }
    usedCores.add(made.core.toLowerCase());
    const form = company ? vocab.companyForms.pick(random) : vocab.nonCompanyForms.pick(random);
    return { core: made.core, form, surname: made.surname, trade: made.trade };
  };

  const addIdentifier = (employerId: number, scheme: IdentifierRow["scheme"], value: string, createdMs: number) => {
    const row: IdentifierRow = {
      id: ++identifierId,
      employer_id: employerId,
      scheme,
      value,
      source_system: scheme === "bci_company" ? "bci" : random.chance(0.8) ? "abr" : "manual",
      source_ref: scheme === "bci_company" ? value : null,
      added_at: iso(createdMs + random.int(3600_000)),
    };
    chunk.identifiers.push(row);
    return row;
  };

  const makeAliases = (
    employerId: number,
    parts: NameParts,
    company: boolean,
    createdMs: number,
    bciId: string | null,
  ) => {
    const canonical = joinName(parts.core, parts.form);
    const seen = new Set([squashKey(canonical)]);
    const aliases: AliasRow[] = [];
    const count = ALIAS_COUNT.pick(random);
    let tradingName: string | null = null;
    for (let attempt = 0; aliases.length < count && attempt < count * 4; attempt++) {
      const kind = ALIAS_KINDS.pick(random);
      let name: string;
      let sourceSystem = "manual";
      let sourceRef: string | null = null;
      let validTo: string | null = null;
      if (kind === "feed_spelling") {
        name = feedSpelling(random, parts);
        sourceSystem = "bci";
        sourceRef = bciId ?? `C${random.between(100_000, 9_999_999)}`;
      } else if (kind === "trading") {
        tradingName ??= joinName(makeCore(random, vocab).core, "");
        name = random.chance(0.5)
          ? tradingName
          : `${canonical} ${random.pick(["t/as", "T/A", "trading as", "T/as"])} ${tradingName}`;
        sourceSystem = random.chance(0.7) ? "abr" : "manual";
      } else if (kind === "legal") {
        const style = random.int(10);
        if (!company || style < 3) {
          const trust = parts.surname ? `the ${parts.surname} Family Trust` : `${parts.core} Unit Trust`;
          name = random.chance(0.7)
            ? `The Trustee for ${trust}`
            : `${joinName(parts.core, company ? parts.form : "Pty Ltd")} ATF ${trust}`;
        } else if (style < 6 && parts.surname) {
          // The company behind a family business: "J & M Brenford Pty Ltd".
          name = `${random.pick(INITIALS)} & ${random.pick(INITIALS)} ${parts.surname} Pty Ltd`;
        } else if (style < 8) {
          name = `${parts.core} Holdings Pty Ltd`;
        } else {
          // Only the legal form differs: most normalisers compare it equal to the canonical name,
          // and then it is not stored (as add_alias would refuse it).
          name = joinName(parts.core, otherForm(random, parts.form));
        }
        sourceSystem = "abr";
      } else if (kind === "abbreviation") {
        const letters = initialsOf(parts.core);
        name =
          letters && letters.length >= 2 && random.chance(0.65)
            ? joinName(letters, company && random.chance(0.5) ? "Pty Ltd" : "")
            : abbreviateTrade(parts.core, parts.trade);
      } else if (kind === "former") {
        const [trade] = vocab.trades.pick(random);
        const lead = parts.surname ?? parts.core.split(" ")[0]!;
        name = joinName(`${lead} ${trade}`, parts.form);
        sourceSystem = "migration";
        if (random.chance(0.7)) validTo = day(createdMs - random.between(30, 2000) * 86_400_000);
      } else {
        name = `${canonical} (${random.pick(STATES)})`;
        sourceSystem = "csv";
      }
      name = name.replace(/\s+/g, " ").trim();
      const key = squashKey(name);
      if (!key || seen.has(key) || name.length > 500) continue;
      seen.add(key);
      const addedMs = createdMs + random.int(Math.max(1, PERIOD_START + PERIOD_MS - createdMs));
      aliases.push({
        id: ++aliasId,
        employer_id: employerId,
        name,
        kind,
        visibility: kind === "feed_spelling" || kind === "other" ? "internal" : "public",
        valid_from:
          kind === "legal" && random.chance(0.3) ? day(createdMs - random.between(100, 4000) * 86_400_000) : null,
        valid_to: validTo ?? (kind !== "former" && random.chance(0.02) ? day(addedMs) : null),
        source_system: sourceSystem,
        source_ref: sourceRef,
        added_at: iso(addedMs),
      });
    }
    // A retired name cannot end before it began.
    for (const alias of aliases) {
      if (alias.valid_from && alias.valid_to && alias.valid_to < alias.valid_from) alias.valid_from = null;
    }
    return aliases;
  };

  for (let i = 0; i < options.employers; i++) {
    const id = i + 1;
    const createdMs = PERIOD_START + random.int(PERIOD_MS);

    // A merged duplicate: a record made from a feed, folded into an employer of this chunk.
    if (chunkActive.length > 0 && random.chance(SHARE.merged)) {
      const survivor = random.pick(chunkActive);
      const survivorParts = survivor.parts;
      const loserName = feedSpelling(random, survivorParts);
      const mergedMs = Math.max(createdMs, survivor.createdMs) + random.int(30 * 86_400_000);
      chunk.employers.push({
        id,
        name: loserName,
        status: "merged",
        merged_into: survivor.id,
        created_at: iso(createdMs),
      });
      const moved: AliasRow = {
        id: ++aliasId,
        employer_id: survivor.id,
        name: feedSpelling(random, survivorParts),
        kind: "feed_spelling",
        visibility: "internal",
        valid_from: null,
        valid_to: null,
        source_system: "bci",
        source_ref: null,
        added_at: iso(createdMs),
      };
      const former: AliasRow = {
        id: ++aliasId,
        employer_id: survivor.id,
        name: loserName,
        kind: "former",
        visibility: "public",
        valid_from: null,
        valid_to: null,
        source_system: "manual",
        source_ref: `merge of employer #${id}`,
        added_at: iso(mergedMs),
      };
      chunk.aliases.push(moved, former);
      const movedIdentifier = addIdentifier(survivor.id, "bci_company", ids.bciCompanyId(), createdMs);
      chunk.merges.push({
        id: ++mergeId,
        survivor_id: survivor.id,
        merged_id: id,
        reason: "Duplicate record from the BCI feed",
        merged_at: iso(mergedMs),
        undo: {
          moved_alias_ids: [moved.id],
          kept_alias_ids: [],
          moved_identifier_ids: [movedIdentifier.id],
          former_alias_id: former.id,
          repointed_employer_ids: [],
          merged_status: "active",
        },
      });
    } else {
      let parts: NameParts;
      let company = random.chance(SHARE.company);
      let twin: Recent | null = null;
      if (recent.length > 100 && random.chance(SHARE.nearDuplicate)) {
        // Another business with the same (or nearly the same) name and its own ABN.
        twin = random.pick(recent);
        company = twin.company;
        parts = random.chance(SHARE.exactDuplicateOfNear)
          ? { ...twin.parts }
          : random.chance(0.5)
            ? {
                ...twin.parts,
                core: `${twin.parts.core} ${random.pick(["Services", "Group", `(${random.pick(STATES)})`])}`,
              }
            : { ...twin.parts, form: otherForm(random, twin.parts.form) };
      } else {
        parts = newParts(company);
      }
      const status: EmployerRow["status"] = random.chance(SHARE.archived) ? "archived" : "active";
      const name = joinName(parts.core, parts.form);
      chunk.employers.push({ id, name, status, merged_into: null, created_at: iso(createdMs) });

      const acn = company && random.chance(SHARE.acnOfCompany) ? ids.acn() : null;
      const hasAbn = twin
        ? true
        : acn
          ? random.chance(SHARE.abnWithAcn)
          : random.chance(company ? SHARE.abnWithoutAcn : SHARE.abnOfNonCompany);
      const abn = hasAbn ? (acn && !twin ? ids.abnForAcn(acn) : ids.abn()) : null;
      if (abn) addIdentifier(id, "abn", abn, createdMs);
      if (acn) addIdentifier(id, "acn", acn, createdMs);
      const bciId = random.chance(SHARE.bci) ? ids.bciCompanyId() : null;
      if (bciId) addIdentifier(id, "bci_company", bciId, createdMs);

      const aliases = makeAliases(id, parts, company, createdMs, bciId);
      chunk.aliases.push(...aliases);

      if (twin && random.chance(SHARE.distinctionOfNear)) {
        chunk.distinctions.push({
          id: ++distinctionId,
          employer_id: twin.id,
          other_employer_id: id,
          reason:
            twin.abn && abn
              ? `Different ABNs (${twin.abn} and ${abn}): separate businesses`
              : "Separate businesses in different states",
          recorded_at: iso(createdMs + random.int(60 * 86_400_000)),
        });
      }
      if (status === "active") chunkActive.push({ id, parts, createdMs });
      const entry: Recent = { id, parts, company, abn };
      if (recent.length < RECENT_SIZE) recent.push(entry);
      else recent[random.int(RECENT_SIZE)] = entry;
      options.onEmployer?.({ id, name, parts, aliases, abn, acn, status });
    }

    if (chunk.employers.length >= options.chunkSize || i === options.employers - 1) {
      yield chunk;
      chunk = { index: chunk.index + 1, employers: [], aliases: [], identifiers: [], distinctions: [], merges: [] };
      chunkActive = [];
    }
  }
}
