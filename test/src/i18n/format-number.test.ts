import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCompactCount,
  formatCount,
  formatDecimal,
  formatDecimalText,
  formatDuration,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
} from '../../../src/i18n/format-number';
import { formatYuan, formatYuanCompact } from '../../../src/components/rule-cell/money';

describe('number formatting', () => {
  it('groups counts', () => {
    expect(formatCount(1234567, 'zh')).toBe('1,234,567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
  });

  it('says large counts the way each language does', () => {
    expect(formatCompactCount(9999, 'zh')).toBe('9,999');
    // Three significant digits (the core contract), with the exact count shown beside or on hover.
    expect(formatCompactCount(1_234_567, 'zh')).toBe('123万');
    expect(formatCompactCount(250_000_000, 'zh')).toBe('2.5亿');
    expect(formatCompactCount(1_234_567, 'en')).toBe('1.23M');
  });

  it('writes money exactly to the fen and measured numbers with all their digits', () => {
    expect(formatMoney(80417.4, 'zh')).toBe('¥80,417.40');
    expect(formatMoney(80417.4, 'en')).toBe('¥80,417.40');
    expect(formatMoneyCompact(80417.4, 'zh')).toBe('¥8.04万');
    expect(formatYuan(-12, 'en')).toBe('-¥12.00');
    expect(formatYuanCompact(80417.4, 'en')).toBe('¥80.4K');
    expect(formatDecimal(251310.51, 'zh')).toBe('251,310.51');
    expect(formatDecimalText('-1234567890123456789.50', 'en')).toBe('-1,234,567,890,123,456,789.50');
  });

  it('formats sizes, durations and percentages', () => {
    expect(formatBytes(512, 'zh')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(211 * 1024 * 1024, 'en')).toBe('211 MB');
    expect(formatDuration(850, 'en')).toBe('850 ms');
    expect(formatDuration(3210, 'en')).toBe('3.2 s');
    expect(formatDuration(125_000, 'en')).toBe('2:05');
    expect(formatPercent(42.4, 'zh')).toBe('42%');
  });
});
