/** The generator's seeded PRNG and picking helpers. */

// ---------------------------------------------------------------------------------------------------
// PRNG and helpers

/** mulberry32: a tiny, fast 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`organisation generator: index ${index} out of range`);
  return value;
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return at(list, Math.floor(rng() * list.length));
}

export interface Weighted<T> {
  readonly items: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  return { items, cumulative, total };
}

export function pickWeighted<T>(rng: Rng, w: Weighted<T>): T {
  const r = rng() * w.total;
  // Lists are short (< 15 entries): a linear scan is fastest.
  for (let i = 0; i < w.cumulative.length; i++) {
    if (r < at(w.cumulative, i)) return at(w.items, i);
  }
  return at(w.items, w.items.length - 1);
}

export function shuffle<T>(rng: Rng, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = at(list, i);
    list[i] = at(list, j);
    list[j] = tmp;
  }
  return list;
}

/** Splits `total` into integers proportional to `weights` (largest remainder; ties to the lower index). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) return [];
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const result: number[] = [];
  const fractions: { index: number; fraction: number }[] = [];
  let allotted = 0;
  weights.forEach((w, index) => {
    const quota = (total * w) / sum;
    const whole = Math.floor(quota);
    result.push(whole);
    allotted += whole;
    fractions.push({ index, fraction: quota - whole });
  });
  fractions.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  let remaining = total - allotted;
  for (let i = 0; remaining > 0; i = (i + 1) % fractions.length, remaining--) {
    const index = at(fractions, i).index;
    result[index] = at(result, index) + 1;
  }
  // Floating point can only over-allot by a hair; take it back from the largest shares.
  while (remaining < 0) {
    let largest = 0;
    result.forEach((v, i) => {
      if (v > at(result, largest)) largest = i;
    });
    result[largest] = at(result, largest) - 1;
    remaining++;
  }
  return result;
}
