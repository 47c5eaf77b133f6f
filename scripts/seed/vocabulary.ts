// The words scale names are made of: invented surnames, place names and brand
// words (from syllables, so no real company is named), and the real trade
// words, descriptors and legal forms of Australian construction firms. Word
// choice is long-tailed: a few surnames and places are very common, most rare.
import { type Random, type WeightedPicker, weighted, zipf } from "./random.ts";

/** "a b _ c" -> ["a", "b", "", "c"]: long word lists stay readable. */
const words = (list: string) => list.split(" ").map((w) => (w === "_" ? "" : w));
/** "Blue Sky|Premier" -> ["Blue Sky", "Premier"] */
const phrases = (list: string) => list.split("|");

const SURNAME_ONSETS = words(
  "b br c ch cr d dr f fl g gr h j k kr l m mc n p pr r s sh st t tr v w wh y z bl cl gl sl sp th",
);
const SURNAME_VOWELS = words("a e i o u a e o ai ea ou au ie");
const SINGLE_ONSETS = SURNAME_ONSETS.filter((o) => o.length === 1);
const SINGLE_VOWELS = words("a e i o u");
const SURNAME_CODAS = words("_ _ n r l s t ck nd rt ll rn m x ng st rd nk lt");
const SURNAME_ENDINGS = words(
  "son ley ford ton well ridge man er ett ins ard ham wood by field ini elli ovic akis idis opoulos sen berg ski ez es o an ey ie ock ing worth den more ish ay ic as ane ow ell ner ston cott ville hurst",
);
const PLACE_ROOTS_A = words(
  "kurra wolla barra mundi yarra tamba coora wanga nara gunda merri bindo toowa kinga marra warri bulla tulla dunga mirra goro kalla wirri jarra ulla boona",
);
const PLACE_ENDS_A = words("gong wong jerie burra bah mba lee ville ree dah gatta rook nup bool dale");
const PLACE_ROOTS_B = words(
  "ash elm oak pine glen fern rose stone mill brook red black green wattle gum iron salt sand bay clare mar hazel wren kings queens west north east",
);
const PLACE_ENDS_B = words("vale dale ton field brook wood ridge bank haven mont hurst leigh port ford side view");
const BRAND_HEADS = words(
  "aus pro strata form crete con build max tru core span steel struct terra civ vex nova axis ultra omni dyna metro tek geo hydro volt rapid solid",
);
const BRAND_TAILS = words("tek co ex ra on corp form crete line tech works cor tra vo ix al is");

/** Descriptors that open many names: common words, weighted by rank. */
export const DESCRIPTORS = phrases(
  "Premier|Quality|Elite|Precision|United|National|Southern|Northern|Coastal|Metro|Allied|Pacific|Total|Dynamic|Superior|Advanced|Modern|Professional|Reliable|Complete|Integrated|Australian|Aussie|Global|Apex|Summit|Pinnacle|Titan|Eagle|Phoenix|Diamond|Golden|Blue Sky|Red Earth|Southern Cross|Western|Eastern|Central|Harbour|Bayside",
);
export const DIRECTIONS = ["North", "South", "East", "West", "Port", "Mount", "Lake", "Upper", "Lower", "New"];

/** [trade words, feed abbreviation or null, weight] */
export const TRADES: ReadonlyArray<readonly [string, string | null, number]> = [
  ["Constructions", "Const", 12],
  ["Construction", "Constr", 8],
  ["Concreting", "Conc", 7],
  ["Concrete", "Conc", 3],
  ["Building", "Bldg", 5],
  ["Builders", "Bldrs", 4],
  ["Plumbing", "Plumb", 7],
  ["Electrical", "Elec", 7],
  ["Civil", null, 5],
  ["Scaffolding", "Scaff", 4],
  ["Formwork", "F/work", 4],
  ["Steel Fixing", "Steelfix", 2],
  ["Steel Fixers", "Steelfixers", 1],
  ["Carpentry", "Carp", 3],
  ["Roofing", null, 3],
  ["Demolition", "Demo", 2],
  ["Excavations", "Excav", 2],
  ["Earthmoving", "E/moving", 2],
  ["Waterproofing", "W/proofing", 2],
  ["Tiling", null, 2],
  ["Plastering", "Plast", 2],
  ["Painting", null, 3],
  ["Crane Hire", null, 1],
  ["Cranes", null, 1],
  ["Rigging", null, 1],
  ["Labour Hire", null, 2],
  ["Glazing", null, 1],
  ["Cladding", null, 1],
  ["Fencing", null, 1],
  ["Landscaping", "Landscp", 2],
  ["Drainage", null, 1],
  ["Piling", null, 1],
  ["Interiors", null, 1],
  ["Joinery", null, 1],
  ["Air Conditioning", "A/C", 1],
  ["Fire Protection", "Fire Prot", 1],
  ["Mechanical", "Mech", 2],
  ["Shopfitting", "Shopfit", 1],
  ["Bricklaying", "Brick", 1],
  ["Paving", null, 1],
  ["Asphalt", null, 1],
  ["Traffic Control", "Traffic", 1],
  ["Steel", null, 1],
  ["Welding", null, 1],
  ["Hydraulics", "Hydr", 1],
  ["Insulation", null, 1],
  ["Developments", "Dev", 2],
  ["Projects", "Proj", 3],
  ["Contracting", "Contr", 2],
  ["Contractors", "Contr", 2],
  ["Engineering", "Eng", 3],
  ["Infrastructure", "Infra", 1],
  ["Services", "Svcs", 4],
  ["Group", "Grp", 3],
];

/** Words added after the trade: "... Civil Group", "... Plumbing (NSW)". */
export const TRAILERS: ReadonlyArray<readonly [string, number]> = [
  ["Group", 6],
  ["Holdings", 3],
  ["Services", 4],
  ["Australia", 2],
  ["Aust", 1],
  ["Solutions", 2],
  ["Enterprises", 1],
  ["Industries", 1],
  ["(NSW)", 1],
  ["(QLD)", 1],
  ["(Vic)", 1],
  ["(WA)", 0.5],
  ["(SA)", 0.5],
  ["& Sons", 1],
  ["Co", 0.5],
];

/** Legal forms of companies (an ACN behind them) and the rest (sole traders, partnerships, trusts). */
export const COMPANY_FORMS: ReadonlyArray<readonly [string, number]> = [
  ["Pty Ltd", 55],
  ["Pty. Ltd.", 8],
  ["Pty Limited", 8],
  ["Pty. Limited", 4],
  ["P/L", 3],
  ["Ltd", 3],
  ["Limited", 1.5],
  ["Proprietary Limited", 1],
  ["PTY LTD", 2],
  ["& Co Pty Ltd", 1],
];
export const NON_COMPANY_FORMS: ReadonlyArray<readonly [string, number]> = [
  ["", 85],
  ["& Co", 8],
  ["& Associates", 4],
  ["Partnership", 3],
];

/** Other ways feeds and registers write the same legal form. */
export const FORM_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  "Pty Ltd": ["Pty. Ltd.", "Pty Limited", "PTY LTD", "P/L", "Pty. Limited", "Proprietary Limited", "Pty Ltd."],
  "Pty. Ltd.": ["Pty Ltd", "Pty Limited", "P/L", "PTY. LTD."],
  "Pty Limited": ["Pty Ltd", "Pty. Ltd.", "P/L", "Proprietary Limited"],
  "Pty. Limited": ["Pty Ltd", "Pty Limited", "P/L"],
  "P/L": ["Pty Ltd", "Pty. Ltd.", "PL"],
  Ltd: ["Limited", "Ltd."],
  Limited: ["Ltd", "Ltd."],
  "Proprietary Limited": ["Pty Ltd", "Pty Limited"],
  "PTY LTD": ["Pty Ltd", "Pty. Ltd."],
  "& Co Pty Ltd": ["and Co Pty Ltd", "& Co P/L"],
  "& Co": ["and Co", "& Company"],
  "& Associates": ["and Associates", "& Assoc"],
  Partnership: ["Partners"],
  "": ["Pty Ltd"],
};

export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function coin(random: Random, count: number, make: () => string, minLength: number, maxLength: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // Bounded: the syllable tables give far more words than any count asked for.
  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const word = make();
    if (word.length < minLength || word.length > maxLength || seen.has(word) || /(.)\1\1/.test(word)) continue;
    seen.add(word);
    out.push(capitalise(word));
  }
  return out;
}

export interface Vocabulary {
  surnames: WeightedPicker<string>;
  places: WeightedPicker<string>;
  brands: WeightedPicker<string>;
  descriptors: WeightedPicker<string>;
  directions: WeightedPicker<string>;
  trades: WeightedPicker<readonly [string, string | null, number]>;
  trailers: WeightedPicker<string>;
  companyForms: WeightedPicker<string>;
  nonCompanyForms: WeightedPicker<string>;
  /** Every coined or fixed word, lower case: no-match queries must avoid them all. */
  knownWords: Set<string>;
}

export function makeVocabulary(random: Random, sizes = { surnames: 40_000, places: 6_000, brands: 3_000 }): Vocabulary {
  const r = random.fork("vocabulary");
  const surnames = coin(
    r,
    sizes.surnames,
    () => {
      let word = r.pick(SURNAME_ONSETS) + r.pick(SURNAME_VOWELS) + r.pick(SURNAME_CODAS);
      if (r.chance(0.35)) word += r.pick(SINGLE_ONSETS) + r.pick(SINGLE_VOWELS);
      return word + r.pick(SURNAME_ENDINGS);
    },
    4,
    11,
  );
  const places = coin(
    r,
    sizes.places,
    () => (r.chance(0.5) ? r.pick(PLACE_ROOTS_A) + r.pick(PLACE_ENDS_A) : r.pick(PLACE_ROOTS_B) + r.pick(PLACE_ENDS_B)),
    5,
    13,
  );
  const brands = coin(r, sizes.brands, () => r.pick(BRAND_HEADS) + r.pick(BRAND_TAILS), 4, 11);
  const knownWords = new Set<string>();
  const addWords = (text: string) =>
    text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .forEach((w) => w && knownWords.add(w));
  [...surnames, ...places, ...brands, ...DESCRIPTORS, ...DIRECTIONS].forEach(addWords);
  TRADES.forEach(([t, abbreviation]) => {
    addWords(t);
    if (abbreviation) addWords(abbreviation);
  });
  return {
    surnames: zipf(surnames, 30),
    places: zipf(places, 20),
    brands: zipf(brands, 10),
    descriptors: zipf(DESCRIPTORS, 3),
    directions: zipf(DIRECTIONS, 2),
    trades: weighted(TRADES.map((t) => [t, t[2]] as const)),
    trailers: weighted(TRAILERS),
    companyForms: weighted(COMPANY_FORMS),
    nonCompanyForms: weighted(NON_COMPANY_FORMS),
    knownWords,
  };
}
