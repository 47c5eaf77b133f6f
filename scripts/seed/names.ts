// Employer names and the other names the same employer turns up under: legal
// form variants, trading names, initials, and the damage feeds do (dropped or
// swapped letters, ALL CAPS, truncation, squashed words, abbreviated trades).
import type { Random } from "./random.ts";
import { FORM_VARIANTS, TRADES, type Vocabulary } from "./vocabulary.ts";

/** A name in parts: what the firm is called (core) and its legal form. */
export interface NameParts {
  core: string;
  form: string;
  /** The surname it is named after, if any (family trusts, "Smith Bros"). */
  surname: string | null;
  trade: string;
}

export const joinName = (core: string, form: string) => (form ? `${core} ${form}` : core);

function initials(random: Random): string {
  const letters = "ABCDEFGHJKLMNPRSTW";
  let out = "";
  const count = random.chance(0.7) ? 3 : 2;
  for (let i = 0; i < count; i++) out += letters[random.int(letters.length)];
  return out;
}

/** The part of a name before its legal form, from one of the shapes real firms take. */
export function makeCore(random: Random, vocab: Vocabulary): { core: string; surname: string | null; trade: string } {
  const [trade] = vocab.trades.pick(random);
  const shape = random.int(100);
  let core: string;
  let surname: string | null = null;
  if (shape < 30) {
    surname = vocab.surnames.pick(random);
    core = `${surname} ${trade}`;
  } else if (shape < 37) {
    surname = vocab.surnames.pick(random);
    core = `${surname} & ${vocab.surnames.pick(random)} ${trade}`;
  } else if (shape < 41) {
    surname = vocab.surnames.pick(random);
    core = `${surname} ${random.chance(0.5) ? "Bros" : "Brothers"} ${trade}`;
  } else if (shape < 53) {
    core = `${vocab.places.pick(random)} ${trade}`;
  } else if (shape < 57) {
    core = `${vocab.directions.pick(random)} ${vocab.places.pick(random)} ${trade}`;
  } else if (shape < 63) {
    core = `${vocab.descriptors.pick(random)} ${vocab.places.pick(random)} ${trade}`;
  } else if (shape < 73) {
    core = `${vocab.brands.pick(random)} ${trade}`;
  } else if (shape < 78) {
    core = `${initials(random)} ${trade}`;
  } else if (shape < 85) {
    surname = vocab.surnames.pick(random);
    const [second] = vocab.trades.pick(random);
    core = second === trade ? `${surname} ${trade}` : `${surname} ${trade} & ${second}`;
  } else if (shape < 89) {
    core = `${vocab.descriptors.pick(random)} ${vocab.brands.pick(random)} ${trade}`;
  } else if (shape < 92) {
    surname = vocab.surnames.pick(random);
    core = `${surname}'s ${trade}`;
  } else if (shape < 96) {
    surname = vocab.surnames.pick(random);
    core = `${surname} ${vocab.places.pick(random)} ${trade}`;
  } else {
    core = `${vocab.brands.pick(random)} ${vocab.places.pick(random)} ${trade}`;
  }
  if (random.chance(0.18)) {
    const trailer = vocab.trailers.pick(random);
    if (!core.endsWith(trailer)) core = `${core} ${trailer}`;
  }
  return { core, surname, trade };
}

// --- What feeds do to names -------------------------------------------------

const LETTER = /[A-Za-z]/;

/** Positions of letters inside words of at least `minLength` letters, not the first letter. */
function innerLetterPositions(text: string, minLength: number): number[] {
  const positions: number[] = [];
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    if (match[0].length < minLength) continue;
    for (let i = 1; i < match[0].length; i++) positions.push(match.index + i);
  }
  return positions;
}

export function dropLetter(random: Random, text: string): string {
  const positions = innerLetterPositions(text, 5);
  if (positions.length === 0) return text;
  const at = random.pick(positions);
  return text.slice(0, at) + text.slice(at + 1);
}

export function swapLetters(random: Random, text: string): string {
  const positions = innerLetterPositions(text, 5).filter(
    (i) => LETTER.test(text[i + 1] ?? "") && text[i] !== text[i + 1],
  );
  if (positions.length === 0) return text;
  const at = random.pick(positions);
  return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
}

export function doubleLetter(random: Random, text: string): string {
  const positions = innerLetterPositions(text, 4);
  if (positions.length === 0) return text;
  const at = random.pick(positions);
  return text.slice(0, at) + text[at] + text.slice(at);
}

const NEARBY_KEYS: Record<string, string> = {
  a: "sqz",
  b: "vn",
  c: "xv",
  d: "sf",
  e: "wr",
  f: "dg",
  g: "fh",
  h: "gj",
  i: "uo",
  j: "hk",
  k: "jl",
  l: "k",
  m: "n",
  n: "bm",
  o: "ip",
  p: "o",
  q: "w",
  r: "et",
  s: "ad",
  t: "ry",
  u: "yi",
  v: "cb",
  w: "qe",
  x: "zc",
  y: "tu",
  z: "x",
};

export function wrongKey(random: Random, text: string): string {
  const positions = innerLetterPositions(text, 5);
  if (positions.length === 0) return text;
  const at = random.pick(positions);
  const original = text[at]!;
  const options = NEARBY_KEYS[original.toLowerCase()] ?? "e";
  let replacement = options[random.int(options.length)]!;
  if (original !== original.toLowerCase()) replacement = replacement.toUpperCase();
  return text.slice(0, at) + replacement + text.slice(at + 1);
}

/** A typo as people make them: one of the four edits. */
export function typo(random: Random, text: string): string {
  const edit = random.int(4);
  if (edit === 0) return dropLetter(random, text);
  if (edit === 1) return swapLetters(random, text);
  if (edit === 2) return doubleLetter(random, text);
  return wrongKey(random, text);
}

/** Feeds with fixed-width fields cut names short, sometimes mid-word. */
export function truncate(random: Random, text: string): string {
  const width = random.between(18, 30);
  return text.length > width ? text.slice(0, width).trimEnd() : text;
}

export function abbreviateTrade(text: string, trade: string): string {
  const entry = TRADES.find(([t]) => t === trade);
  return entry && entry[1] ? text.replace(trade, entry[1]) : text;
}

/** "Kallis & Brenford" <-> "Kallis and Brenford". */
export function swapAmpersand(text: string): string {
  return text.includes(" & ") ? text.replace(" & ", " and ") : text.replace(" and ", " & ");
}

export function squashWords(random: Random, core: string): string {
  const words = core.split(" ");
  if (words.length < 2) return core;
  const at = random.int(words.length - 1);
  return [...words.slice(0, at), words[at]! + words[at + 1]!, ...words.slice(at + 2)].join(" ");
}

export function otherForm(random: Random, form: string): string {
  return random.pick(FORM_VARIANTS[form] ?? ["Pty Ltd"]);
}

/** "Brenford Civil Group" -> "BCG"; null for names of one word. */
export function initialsOf(core: string): string | null {
  const words = core
    .replace(/[()']/g, "")
    .split(/[\s&/]+/)
    .filter((w) => w && !["and", "of", "the"].includes(w.toLowerCase()));
  if (words.length < 2) return null;
  return words.map((w) => w[0]!.toUpperCase()).join("");
}

/** One name as a feed might send it. */
export function feedSpelling(random: Random, parts: NameParts): string {
  const style = random.int(100);
  let name: string;
  if (style < 20) name = joinName(typo(random, parts.core), parts.form);
  else if (style < 32) name = joinName(parts.core, otherForm(random, parts.form)).toUpperCase();
  else if (style < 44) name = truncate(random, joinName(parts.core, parts.form));
  else if (style < 56)
    name = joinName(abbreviateTrade(parts.core, parts.trade), random.chance(0.5) ? "P/L" : parts.form);
  else if (style < 66) name = joinName(squashWords(random, parts.core), parts.form);
  else if (style < 76) name = joinName(typo(random, parts.core), otherForm(random, parts.form)).toUpperCase();
  else if (style < 84) name = joinName(swapAmpersand(parts.core), parts.form);
  else if (style < 92) name = joinName(typo(random, typo(random, parts.core)), parts.form);
  else name = parts.core.toLowerCase();
  return name.replace(/\s+/g, " ").trim();
}
