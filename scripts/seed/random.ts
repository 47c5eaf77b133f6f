// A small seeded PRNG (sfc32, seeded through splitmix32), so the scale data is
// the same for the same seed on every machine and Node version. Math.random is
// never used by the generators.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new, independent stream: same parent seed and label, same stream. */
  fork(label: string): Random;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashLabel(label: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function makeRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next32();
  const random: Random = {
    next: () => next32() / 4294967296,
    int: (n) => Math.floor((next32() / 4294967296) * n),
    between: (min, max) => min + Math.floor((next32() / 4294967296) * (max - min + 1)),
    chance: (p) => next32() / 4294967296 < p,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor((next32() / 4294967296) * items.length)]!;
    },
    fork: (label) => makeRandom((seed ^ hashLabel(label)) >>> 0),
  };
  return random;
}

/** Picks items with given weights in O(log n): cumulative sums and a binary search. */
export interface WeightedPicker<T> {
  pick(random: Random): T;
  readonly items: readonly T[];
}

export function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): WeightedPicker<T> {
  const items = entries.map(([item]) => item);
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], i) => {
    total += weight;
    cumulative[i] = total;
  });
  return {
    items,
    pick(random) {
      const target = random.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return items[lo]!;
    },
  };
}

/**
 * A long-tailed pick over ranked items (weight 1/(rank + offset)): a few very
 * common words, most of them rare, as surnames and place names are.
 */
export function zipf<T>(items: readonly T[], offset: number): WeightedPicker<T> {
  return weighted(items.map((item, rank) => [item, 1 / (rank + offset)] as const));
}

export function shuffleInPlace<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
