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

describe('measured column widths', () => {
  it('uses the measured text width when the host can measure', () => {
    // A font whose digits are 9px wide: an 18-digit id needs 162px + padding, more than the estimate.
    const measure = (text: string) => text.length * 9;
    const id = '110101199001011234';
    expect(columnWidth('psn_no', [id], { padding: 24, measure })).toBe(186);
    expect(columnWidth('psn_no', [id], { padding: 24 })).toBeLessThan(186);
    expect(columnWidth('x', ['y'.repeat(100)], { max: 300, measure })).toBe(300);
  });
});
