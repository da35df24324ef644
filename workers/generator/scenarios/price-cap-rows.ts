import { CATALOG } from '../price-list';
import { RESTRICTION_SOURCE } from '../kb-restriction';

/** One row of `kb_price_cap(code, medins_lv, max_pric, source)`; the cap in yuan with two decimals. */
export interface PriceCapRow {
  readonly code: string;
  readonly medins_lv: '1' | '2' | '3';
  readonly max_pric: string;
  readonly source: string;
}

const LEVELS = ['1', '2', '3'] as const;

/**
 * The price caps of the generated price list: every service item at each hospital level, capped at the
 * level's list price (基层 bill at level 1). Ordinary care charges exactly the list price, so only the
 * `over-price` scenario goes above a cap.
 */
export function priceCapRows(): PriceCapRow[] {
  const rows: PriceCapRow[] = [];
  for (const item of Object.values(CATALOG)) {
    if (item.kind !== 'service') continue;
    for (const lv of LEVELS) {
      rows.push({
        code: item.code,
        medins_lv: lv,
        max_pric: item.pricText[Number(lv)] as string,
        source: RESTRICTION_SOURCE,
      });
    }
  }
  return rows;
}
