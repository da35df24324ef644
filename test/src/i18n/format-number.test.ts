import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCompactCount,
  formatCount,
  formatDuration,
  formatPercent,
} from '../../../src/i18n/format-number';

describe('number formatting', () => {
  it('groups counts', () => {
    expect(formatCount(1234567, 'zh')).toBe('1,234,567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
  });

  it('says large counts the way each language does', () => {
    expect(formatCompactCount(9999, 'zh')).toBe('9,999');
    expect(formatCompactCount(1_234_567, 'zh')).toBe('123.5万');
    expect(formatCompactCount(250_000_000, 'zh')).toBe('2.5亿');
    expect(formatCompactCount(1_234_567, 'en')).toBe('1.2M');
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
