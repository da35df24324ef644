import { describe, expect, it } from 'vitest';
import { scramble12, scrambled12, unscramble12 } from '../../../workers/generator/id-scramble';

describe('scramble12', () => {
  it('is a permutation: distinct outputs, inverted by unscramble12', () => {
    const seen = new Set<number>();
    for (let n = 0; n < 20000; n += 1) {
      const id = scramble12(n, 77);
      expect(id).toBeGreaterThanOrEqual(0);
      expect(id).toBeLessThan(1e12);
      expect(unscramble12(id, 77)).toBe(n);
      seen.add(id);
    }
    expect(seen.size).toBe(20000);
    expect(unscramble12(scramble12(999_999_999_999, 5), 5)).toBe(999_999_999_999);
  });

  it('depends on the key and pads to 12 digits', () => {
    expect(scramble12(1, 1)).not.toBe(scramble12(1, 2));
    expect(scrambled12(3, 9)).toMatch(/^\d{12}$/);
  });
});
