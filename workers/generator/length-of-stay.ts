import type { Rng } from './prng';

/** Multipliers of the median stay with their weights: a right-skewed spread like a log-normal (σ ≈ 0.45). */
const SPREAD = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6, 1.85, 2.2, 2.8, 3.6];
const SPREAD_WEIGHTS = [1, 3, 6, 9, 11, 12, 12, 11, 10, 8, 6, 4, 3, 2, 1];

/** Level-3 hospitals keep patients longer (sicker case mix); level-1 shorter. */
const LEVEL_FACTOR = [1, 0.85, 1, 1.15] as const;

/** Longest stay generated, in days. */
export const MAX_STAY = 90;

/** Draws a length of stay in bed days (1 … MAX_STAY) around a condition's median at a level-2 hospital. */
export function drawLengthOfStay(rng: Rng, median: number, level: 0 | 1 | 2 | 3): number {
  const spread = SPREAD[rng.weighted(SPREAD_WEIGHTS)] as number;
  // A day either way smooths the steps between the spread's multipliers.
  const days = Math.round(median * LEVEL_FACTOR[level] * spread) + rng.int(-1, 1);
  return Math.min(MAX_STAY, Math.max(1, days));
}
