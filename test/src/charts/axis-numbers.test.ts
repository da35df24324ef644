import { describe, expect, it } from 'vitest';
import { chartNumber, numberTickFormat } from '../../../src/charts/axis-numbers';

describe('chart numbers', () => {
  it('writes numbers with separators and every digit, in either language', () => {
    expect(chartNumber(30_000, 'zh')).toBe('30,000');
    expect(chartNumber(80_417.4, 'en')).toBe('80,417.4');
    expect(chartNumber(-1_250_000.55, 'en')).toBe('-1,250,000.55');
    expect(chartNumber(0.125, 'zh')).toBe('0.125');
    expect(numberTickFormat('en')(251_310.51)).toBe('251,310.51');
  });

  it('writes dates as days and other values as they are', () => {
    expect(chartNumber(new Date('2024-03-01T00:00:00Z'), 'en')).toBe('2024-03-01');
    expect(chartNumber('协和医院', 'zh')).toBe('协和医院');
    expect(chartNumber(null, 'zh')).toBe('');
  });
});
