import { describe, expect, it } from 'vitest';
import { formatCents, scaleCents } from '../../../workers/generator/money-format';

describe('formatCents', () => {
  it('writes two decimals from integer cents', () => {
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(7)).toBe('0.07');
    expect(formatCents(123456)).toBe('1234.56');
    expect(formatCents(-1050)).toBe('-10.50');
  });

  it('groups thousands on request', () => {
    expect(formatCents(99999, true)).toBe('999.99');
    expect(formatCents(123456, true)).toBe('1,234.56');
    expect(formatCents(123456789012, true)).toBe('1,234,567,890.12');
  });

  it('scales to whole cents, half up', () => {
    expect(scaleCents(1000, 0.885)).toBe(885);
    expect(scaleCents(3, 0.5)).toBe(2);
  });
});
