import { fmix32 } from './prng';

const HALF = 1_000_000;

/**
 * A keyed permutation of the integers 0 … 10^12 − 1 (a 4-round Feistel network over two six-digit
 * halves). Sequential record numbers become unique, irregular-looking 12-digit identifiers without a
 * lookup table, and `unscramble12` recovers the number.
 */
export function scramble12(n: number, key: number): number {
  let left = Math.floor(n / HALF);
  let right = n - left * HALF;
  for (let round = 0; round < 4; round += 1) {
    const next = (left + roundFunction(right, key, round)) % HALF;
    left = right;
    right = next;
  }
  return left * HALF + right;
}

/** The inverse of `scramble12` for the same key. */
export function unscramble12(id: number, key: number): number {
  let left = Math.floor(id / HALF);
  let right = id - left * HALF;
  for (let round = 3; round >= 0; round -= 1) {
    const previous = (right - roundFunction(left, key, round) + HALF) % HALF;
    right = left;
    left = previous;
  }
  return left * HALF + right;
}

/** `scramble12` as a zero-padded 12-character string. */
export function scrambled12(n: number, key: number): string {
  return String(scramble12(n, key)).padStart(12, '0');
}

function roundFunction(half: number, key: number, round: number): number {
  return fmix32((half * 31 + key * 7 + round * 0x9e3779b9) | 0) % HALF;
}
