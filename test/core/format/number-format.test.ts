import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatCountCompact,
  formatDecimal,
  formatDecimalText,
  formatMoney,
  formatMoneyCompact,
  formatShare,
} from '../../../core/format/number-format';

describe('number formats', () => {
  it('writes money exactly, to the fen, with separators, in both languages', () => {
    expect(formatMoney(80417.4, 'zh')).toBe('¥80,417.40');
    expect(formatMoney(80417.4, 'en')).toBe('¥80,417.40');
    expect(formatMoney(0, 'zh')).toBe('¥0.00');
    expect(formatMoney(-12, 'en')).toBe('-¥12.00');
    expect(formatMoney(1234567890.125, 'zh')).toBe('¥1,234,567,890.13');
  });

  it('writes compact money in the reader’s units with three significant digits, exact when small', () => {
    expect(formatMoneyCompact(80417.4, 'zh')).toBe('¥8.04万');
    expect(formatMoneyCompact(271000, 'zh')).toBe('¥27.1万');
    expect(formatMoneyCompact(127_000_000, 'zh')).toBe('¥1.27亿');
    expect(formatMoneyCompact(80417.4, 'en')).toBe('¥80.4K');
    expect(formatMoneyCompact(9999.5, 'zh')).toBe('¥9,999.50');
  });

  it('writes counts with separators, compact only on request', () => {
    expect(formatCount(1234567, 'zh')).toBe('1,234,567');
    expect(formatCountCompact(123456, 'zh')).toBe('12.3万');
    expect(formatCountCompact(123456, 'en')).toBe('123K');
    expect(formatCountCompact(999, 'en')).toBe('999');
  });

  it('groups a measured number without rounding any digit', () => {
    expect(formatDecimal(251310.51, 'zh')).toBe('251,310.51');
    expect(formatDecimal(0.125, 'en')).toBe('0.125');
    expect(formatDecimal(-1000, 'en')).toBe('-1,000');
    expect(formatDecimal(1e21, 'en')).toBe('1e+21');
    expect(formatDecimalText('-1234567890123456789.50', 'zh')).toBe('-1,234,567,890,123,456,789.50');
    expect(formatDecimalText('N/A', 'zh')).toBe('N/A');
  });

  it('writes shares as percentages', () => {
    expect(formatShare(0.42, 'zh')).toBe('42%');
    expect(formatShare(0.045, 'en')).toBe('4.5%');
  });
});
