import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../workers/generator/price-list';

const items = Object.values(CATALOG);

/** National code formats (reference/nhsa-kb/README.md). */
export const CODE_FORMATS = {
  xdrug: /^X[A-Z]\d{2}[A-Z]{2}[A-Z]\d{3}[A-Z]\d{3}\d{9}$/,
  zdrug: /^Z[A-Z]\d{2}[A-Z]{2}[A-Z]\d{3}\d{10}$/,
  herb: /^T\d{9}$/,
  service: /^\d{15}$/,
  consumable: /^C\d{19}$/,
} as const;

describe('catalogue', () => {
  it('gives every item a unique code in its national format', () => {
    for (const item of items) expect(item.code, item.name).toMatch(CODE_FORMATS[item.kind]);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    expect(items.filter((i) => i.kind === 'xdrug').every((i) => i.code.length === 23)).toBe(true);
    expect(items.filter((i) => i.kind === 'zdrug').every((i) => i.code.length === 20)).toBe(true);
  });

  it('keeps codes stable across runs (derived from the item key)', () => {
    expect(CATALOG.amoxicillin.code).toMatchInlineSnapshot(`"XJ01CAY784X001849559866"`);
    expect(CATALOG.bedGeneral.code).toMatchInlineSnapshot(`"001155912410000"`);
  });

  it('prices service items lower at lower levels, drugs higher at pharmacies, consumables flat', () => {
    for (const item of items) {
      const [pharmacy, lv1, lv2, lv3] = item.pric;
      expect(lv1).toBeGreaterThan(0);
      if (item.kind === 'service') {
        expect(lv1).toBeLessThanOrEqual(lv2);
        expect(lv2).toBeLessThanOrEqual(lv3);
        expect(lv1).toBeLessThan(lv3);
      } else if (item.kind === 'consumable') {
        expect(new Set([lv1, lv2, lv3]).size).toBe(1);
      } else {
        expect(lv1).toBe(lv3);
        expect(pharmacy).toBeGreaterThan(lv3);
      }
    }
    expect(CATALOG.bedGeneral.pricText[3]).toBe('60.00');
  });

  it('maps list types and charge categories', () => {
    expect(CATALOG.amoxicillin).toMatchObject({ listType: '101', chrg: '09' });
    expect(CATALOG.lianhua).toMatchObject({ listType: '101', chrg: '11' });
    expect(CATALOG.huangqi).toMatchObject({ listType: '102', chrg: '10' });
    expect(CATALOG.bedGeneral).toMatchObject({ listType: '201', chrg: '01' });
    expect(CATALOG.infusionSet).toMatchObject({ listType: '301', chrg: '08' });
  });
});
