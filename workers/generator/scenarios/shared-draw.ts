import { hashParts } from '../prng';

/**
 * A uniform number in [0, 1) fixed by the seed and `parts`: every person generated on their own who
 * asks about the same ring, cluster, doctor or hospital gets the same answer, so structures that span
 * people (rings, bursts, outlier doctors) agree without shared state.
 */
export function sharedFraction(...parts: readonly number[]): number {
  return hashParts(...parts) / 4294967296;
}

/** An integer in [lo, hi] fixed by the seed and `parts` (see sharedFraction). */
export function sharedInt(lo: number, hi: number, ...parts: readonly number[]): number {
  return lo + Math.floor(sharedFraction(...parts) * (hi - lo + 1));
}

/**
 * The `count` of `items` with the smallest shared hash under (seed, tag): a fixed, seed-dependent pick
 * of institutions that does not depend on who asks. `count` is at least one when `share` is positive.
 */
export function sharedPick<T extends { readonly index: number }>(
  items: readonly T[],
  share: number,
  seed: number,
  tag: number,
): ReadonlySet<T> {
  const count = share > 0 ? Math.max(1, Math.round(share * items.length)) : 0;
  const ranked = [...items].sort((a, b) => hashParts(seed, tag, a.index) - hashParts(seed, tag, b.index));
  return new Set(ranked.slice(0, count));
}
