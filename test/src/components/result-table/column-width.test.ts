import { describe, expect, it } from 'vitest';
import { columnWidth } from '../../../../src/components/result-table/column-width';
import { textUnits } from '../../../../core/shared/text-width';

describe('column widths', () => {
  it('counts CJK characters double', () => {
    expect(textUnits('abc')).toBe(3);
    expect(textUnits('医保')).toBe(4);
    expect(textUnits('setl 结算')).toBe(9);
  });

  it('fits the widest sample within bounds', () => {
    const opts = { min: 50, max: 300, charWidth: 10, padding: 20, headerScale: 1.5 };
    expect(columnWidth('id', ['1'], opts)).toBe(50);
    expect(columnWidth('id', ['1234567890'], opts)).toBe(120);
    expect(columnWidth('医疗费总额', [], opts)).toBe(170);
    expect(columnWidth('医疗费总额', ['12345678901234567'], opts)).toBe(190);
    expect(columnWidth('x', ['y'.repeat(100)], opts)).toBe(300);
  });
});
