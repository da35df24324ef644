import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../../workers/generator/civil-date';
import { DateFormatter } from '../../../workers/generator/datetime-format';

describe('DateFormatter', () => {
  const day = daysFromCivil(2024, 3, 1);
  const t = day * 86_400 + 9 * 3600 + 5 * 60 + 7;

  it('writes the national ISO style', () => {
    const f = new DateFormatter('iso');
    expect(f.day(day)).toBe('2024-03-01');
    expect(f.timestamp(t)).toBe('2024-03-01 09:05:07');
  });

  it('writes spreadsheet styles', () => {
    expect(new DateFormatter('slash').day(day)).toBe('2024/3/1');
    expect(new DateFormatter('slash').timestamp(t)).toBe('2024/3/1 9:05:07');
    expect(new DateFormatter('compact').day(day)).toBe('20240301');
    expect(new DateFormatter('compact').timestamp(t + 14 * 3600)).toBe('20240301 23:05:07');
  });
});
