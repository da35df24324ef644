/**
 * Seeded pseudo-random numbers for the generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator), seeded through a murmur3-style mixer. Only 32-bit integer operations and IEEE basic
 * arithmetic are used, so the same seed gives the same stream on every JavaScript engine and platform
 * (no Math.random, no Math.log/exp, whose last bits may differ between engines).
 */

/** Named sub-streams, so each concern draws from its own sequence and adding draws to one never shifts another. */
export const STREAM = {
  institutions: 1,
  person: 2,
  timeline: 3,
  lines: 4,
  payment: 5,
  pattern: 6,
  catalog: 7,
} as const;

/** Mixes one 32-bit value into a running hash (murmur3 body step plus finaliser). */
export function mix32(hash: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = (hash ^ k) | 0;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  return fmix32(h);
}

/** The murmur3 finaliser: a cheap, well-avalanched 32-bit permutation. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes a seed and stream coordinates (each a non-negative integer below 2^53) into one 32-bit value. */
export function hashParts(...parts: readonly number[]): number {
  let h = 0x9747b28c;
  for (const part of parts) {
    h = mix32(h, part % 0x100000000);
    h = mix32(h, Math.floor(part / 0x100000000));
  }
  return h >>> 0;
}

/** A seeded stream of random numbers (sfc32). Reseed it to reuse the object on hot paths. */
export class Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 1;

  /** Starts the stream identified by `parts` (typically seed, STREAM.x, index…). */
  constructor(...parts: readonly number[]) {
    this.reseed(...parts);
  }

  /** Restarts this object on the stream identified by `parts`. */
  reseed(...parts: readonly number[]): this {
    const h = hashParts(...parts);
    this.a = h | 0;
    this.b = fmix32(h ^ 0x5bd1e995) | 0;
    this.c = fmix32(h + 0x6a09e667) | 0;
    this.d = 1;
    for (let i = 0; i < 12; i += 1) this.u32();
    return this;
  }

  /** The next uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1), with 32 bits of resolution. */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** A uniform integer in [lo, hi] (both inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty array, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** An index drawn in proportion to `weights` (non-negative, not all zero). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i += 1) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /**
   * An event count with mean `mean`: a binomial over `trials` Bernoulli draws, which approaches a
   * Poisson count for small means without calling Math.exp.
   */
  count(mean: number, trials = 24): number {
    const p = Math.min(1, mean / trials);
    let n = 0;
    for (let i = 0; i < trials; i += 1) if (this.float() < p) n += 1;
    return n;
  }
}
