import { describe, expect, it } from 'vitest';
import { ageOn, civilFromDays, daysFromCivil, parseIsoDay } from '../../../workers/generator/civil-date';

describe('civil dates', () => {
  it('agrees with Date.UTC from 1900 to 2100', () => {
    for (let day = daysFromCivil(1900, 1, 1); day <= daysFromCivil(2100, 12, 31); day += 17) {
      const d = new Date(day * 86_400_000);
      expect(civilFromDays(day)).toEqual({
        y: d.getUTCFullYear(),
        m: d.getUTCMonth() + 1,
        d: d.getUTCDate(),
      });
      expect(daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(day);
    }
  });

  it('parses ISO days and rejects impossible ones', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('2024-02-29')).toBe(daysFromCivil(2024, 2, 29));
    expect(() => parseIsoDay('2023-02-29')).toThrow();
    expect(() => parseIsoDay('2024/3/1')).toThrow();
  });

  it('computes ages in whole years, birthday included', () => {
    const birth = daysFromCivil(2000, 3, 1);
    expect(ageOn(birth, daysFromCivil(2024, 2, 29))).toBe(23);
    expect(ageOn(birth, daysFromCivil(2024, 3, 1))).toBe(24);
  });
});
