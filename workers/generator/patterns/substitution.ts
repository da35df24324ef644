import type { ItemKey } from '../catalog-items';
import { CATALOG } from '../price-list';
import { isPlanted, plantedLine } from '../scenarios/plant-mark';
import type { FeeLine } from '../visit';
import type { Pattern } from './pattern';

/** Low-value consumables actually used, and the high-value surgical ones billed in their place. */
const CHEAP = new Set<ItemKey>(['infusionSet', 'indwellingNeedle', 'catheterKit', 'nebulizerKit', 'syringe']);
const EXPENSIVE: readonly ItemKey[] = ['suture', 'trocar'];

/**
 * 串换: at a hospital or clinic, in a settlement without surgery, one low-value consumable line is billed
 * under a surgical consumable's code and price (one unit). Detectable because ordinary care bills those
 * consumables only with their operation, at the same time (see `substitutionSql`). The amount at issue
 * is the overcharge: the billed amount less what the used item cost.
 */
export function substitution(rate: number): Pattern {
  return {
    id: 107,
    name: 'scenario: substituted consumable',
    adjustLines({ visits }, rng) {
      for (const visit of visits) {
        if (visit.inst.level === 0 || isPlanted(visit) || visit.lines.some((l) => l.item.chrg === '06'))
          continue;
        const cheap: number[] = [];
        visit.lines.forEach((l, i) => {
          if (CHEAP.has(l.item.key)) cheap.push(i);
        });
        if (cheap.length === 0 || !rng.chance(rate)) continue;
        const at = rng.pick(cheap);
        const used = visit.lines[at] as FeeLine;
        const item = CATALOG[rng.pick(EXPENSIVE)];
        const pric = item.pric[visit.inst.level];
        visit.lines[at] = plantedLine(
          { ...used, item, cnt: 1, pric },
          'substitution',
          pric - used.cnt * used.pric,
        );
      }
    },
  };
}
