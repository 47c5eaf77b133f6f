// The searches the benchmark sends: what people and feeds type. Sampled
// uniformly over the generated employers (a reservoir per kind), plus strings
// that match nothing. Deterministic for a seed and an employer count.
import type { EmployerProfile } from "./registry-generator.ts";
import { abbreviateTrade, initialsOf, joinName, typo } from "./names.ts";
import { type Random, shuffleInPlace, weighted } from "./random.ts";
import { spacedAbn, spacedAcn } from "./identifiers.ts";
import type { Vocabulary } from "./vocabulary.ts";

export const QUERY_KINDS = [
  "exact",
  "alias",
  "typo",
  "partial",
  "abbreviation",
  "common_words",
  "abn_spaced",
  "abn",
  "acn",
  "no_match",
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface BenchQuery {
  kind: QueryKind;
  text: string;
  /** The employer the query was made from (null for no-match and generic names). */
  expect: number | null;
}

/** Shares of the mix, in percent. */
const SHARES: Record<QueryKind, number> = {
  exact: 12,
  alias: 13,
  typo: 18,
  partial: 15,
  abbreviation: 8,
  common_words: 5,
  abn_spaced: 7,
  abn: 7,
  acn: 3,
  no_match: 12,
};

const NO_MATCH_SYLLABLES = "qu zo vix yl fen dra quor xan zel vop thr ix oq ul zy kev prax".split(" ");
const NO_MATCH_TRADES = [
  "Biotech",
  "Pharmaceuticals",
  "Software",
  "Florist",
  "Dental Clinic",
  "Veterinary Hospital",
  "Travel",
  "Insurance Brokers",
  "Media",
  "Cosmetics",
  "Bakery",
  "Accounting",
];
const GENERIC_FORMS = ["Pty Ltd", "Holdings Pty Ltd", "Group", "Services Pty Ltd", ""];

function partialOf(random: Random, profile: EmployerProfile): string {
  const words = profile.parts.core.split(" ");
  const style = random.int(3);
  if (style === 0 || words.length < 2) {
    // Typed so far: cut mid-word, at least 6 characters.
    const core = profile.parts.core;
    return core.slice(0, Math.max(6, Math.min(core.length - 1, random.between(6, 18)))).trimEnd();
  }
  if (style === 1) return words.find((w) => w.length >= 5 && /^[A-Za-z]+$/.test(w)) ?? words[0]!;
  const drop = random.int(words.length);
  return words.filter((_, i) => i !== drop).join(" ");
}

export class QueryMixBuilder {
  private readonly random: Random;
  private readonly vocabulary: Vocabulary;
  private readonly kinds = weighted<QueryKind>(
    QUERY_KINDS.filter((k) => k !== "no_match" && k !== "common_words").map((k) => [k, SHARES[k]] as const),
  );
  private readonly quota: Record<QueryKind, number>;
  private readonly reservoirs = new Map<QueryKind, BenchQuery[]>();
  private readonly seen = new Map<QueryKind, number>();

  constructor(random: Random, vocabulary: Vocabulary, total: number) {
    this.random = random;
    this.vocabulary = vocabulary;
    this.quota = Object.fromEntries(QUERY_KINDS.map((k) => [k, Math.round((total * SHARES[k]) / 100)])) as Record<
      QueryKind,
      number
    >;
  }

  private make(kind: QueryKind, profile: EmployerProfile): string | null {
    const r = this.random;
    switch (kind) {
      case "exact":
        return r.chance(0.3) ? profile.name.toLowerCase() : profile.name;
      case "alias": {
        const alias = profile.aliases.length ? r.pick(profile.aliases) : null;
        return alias ? alias.name : null;
      }
      case "typo": {
        const core = r.chance(0.15) ? typo(r, typo(r, profile.parts.core)) : typo(r, profile.parts.core);
        return core === profile.parts.core ? null : joinName(core, r.chance(0.5) ? profile.parts.form : "");
      }
      case "partial":
        return partialOf(r, profile);
      case "abbreviation": {
        const letters = initialsOf(profile.parts.core);
        if (letters && letters.length >= 3 && r.chance(0.5)) return r.chance(0.5) ? letters : `${letters} Pty Ltd`;
        const short = abbreviateTrade(profile.parts.core, profile.parts.trade);
        return short === profile.parts.core ? null : short;
      }
      case "abn_spaced":
        return profile.abn ? spacedAbn(profile.abn) : null;
      case "abn":
        return profile.abn;
      case "acn":
        return profile.acn ? (r.chance(0.5) ? spacedAcn(profile.acn) : profile.acn) : null;
      default:
        return null;
    }
  }

  /** Offers a generated employer: it may become the source of one query. */
  consider(profile: EmployerProfile): void {
    if (profile.status !== "active") return;
    const kind = this.kinds.pick(this.random);
    const text = this.make(kind, profile);
    if (!text) return;
    const seen = (this.seen.get(kind) ?? 0) + 1;
    this.seen.set(kind, seen);
    const reservoir = this.reservoirs.get(kind) ?? [];
    this.reservoirs.set(kind, reservoir);
    const query: BenchQuery = { kind, text, expect: profile.id };
    if (reservoir.length < this.quota[kind]) reservoir.push(query);
    else {
      const slot = this.random.int(seen);
      if (slot < reservoir.length) reservoir[slot] = query;
    }
  }

  private noMatch(): string {
    const r = this.random;
    for (;;) {
      let word = "";
      const syllables = r.between(2, 3);
      for (let i = 0; i < syllables; i++) word += r.pick(NO_MATCH_SYLLABLES);
      if (this.vocabulary.knownWords.has(word)) continue;
      const brand = word.charAt(0).toUpperCase() + word.slice(1);
      const style = r.int(4);
      if (style === 0) return brand;
      if (style === 1) return `${brand} ${r.pick(NO_MATCH_TRADES)}`;
      // Unknown firms still carry the common words: these probe the slow path.
      return joinName(`${brand} ${r.pick(NO_MATCH_TRADES)}`, r.pick(GENERIC_FORMS));
    }
  }

  /** Names anyone might type that fit many employers: "Premier Constructions Pty Ltd". */
  private commonWords(): string {
    const r = this.random;
    const [trade] = this.vocabulary.trades.pick(r);
    const lead = r.chance(0.5) ? this.vocabulary.descriptors.pick(r) : this.vocabulary.directions.pick(r);
    return joinName(`${lead} ${trade}`, r.pick(GENERIC_FORMS));
  }

  build(): BenchQuery[] {
    const queries: BenchQuery[] = [];
    for (const kind of QUERY_KINDS) queries.push(...(this.reservoirs.get(kind) ?? []));
    for (let i = 0; i < this.quota.no_match; i++)
      queries.push({ kind: "no_match", text: this.noMatch(), expect: null });
    for (let i = 0; i < this.quota.common_words; i++) {
      queries.push({ kind: "common_words", text: this.commonWords(), expect: null });
    }
    return shuffleInPlace(this.random, queries);
  }
}
