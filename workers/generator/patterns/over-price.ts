import { scaleCents } from '../money-format';
import type { CatalogItem } from '../price-list';
import { isPlanted, plantedLine } from '../scenarios/plant-mark';
import type { Pattern } from './pattern';

/**
 * 超标准收费: at a hospital or clinic, one service item of a settlement (five yuan or more) is charged
 * 20–80% above the price list on all of its lines. The list price is the cap (`kb_price_cap`), so the
 * excess is the amount at issue; each line's amount stays quantity × the charged price.
 */
export function overPrice(rate: number): Pattern {
  return {
    id: 104,
    name: 'scenario: over price',
    adjustLines({ visits }, rng) {
      for (const visit of visits) {
        if (visit.inst.level === 0 || !rng.chance(rate) || isPlanted(visit)) continue;
        const items = new Set<CatalogItem>();
        for (const l of visit.lines) if (l.item.listType === '201' && l.pric >= 500) items.add(l.item);
        if (items.size === 0) continue;
        const item = rng.pick([...items]);
        const factor = 1.2 + rng.int(0, 60) / 100;
        visit.lines = visit.lines.map((l) => {
          if (l.item !== item) return l;
          // Charged prices are set to the 角, as a price list's are.
          const pric = Math.round(scaleCents(l.pric, factor) / 10) * 10;
          return plantedLine({ ...l, pric }, 'over-price', (pric - l.pric) * l.cnt);
        });
      }
    },
  };
}
