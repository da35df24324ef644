import { describe, expect, it } from 'vitest';
import { SERIALS, idCheckDigit, residentIdNumber } from '../../../workers/generator/resident-id';

describe('resident identity numbers', () => {
  it('computes the GB 11643 check character (standard example 11010519491231002X)', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(idCheckDigit('44052418800101001')).toBe('4');
  });

  it('embeds address, birth date and sex parity', () => {
    const male = residentIdNumber('420102', 1965, 3, 2, 1, 12);
    const female = residentIdNumber('420102', 1965, 3, 2, 2, 12);
    expect(male).toMatch(/^42010219650302\d{3}[\dX]$/);
    expect(Number(male.slice(16, 17)) % 2).toBe(1);
    expect(Number(female.slice(16, 17)) % 2).toBe(0);
    expect(male.slice(17)).toBe(idCheckDigit(male.slice(0, 17)));
    expect(residentIdNumber('420102', 2001, 1, 2, 2, 0).slice(14, 17)).toBe('002');
    expect(residentIdNumber('420102', 2001, 1, 2, 1, SERIALS - 1).slice(14, 17)).toBe('997');
  });
});
