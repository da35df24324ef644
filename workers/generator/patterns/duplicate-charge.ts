import { isPlanted, plantedLine } from '../scenarios/plant-mark';
import type { Pattern } from './pattern';

/**
 * 重复收费: at a hospital or clinic, one service or consumable line of a settlement (a yuan or more) is
 * charged once more at the very same time and unit price. The copy is planted; it sorts after the
 * original, so it also gets the later line number.
 */
export function duplicateCharge(rate: number): Pattern {
  return {
    id: 103,
    name: 'scenario: duplicate charge',
    adjustLines({ visits }, rng) {
      for (const visit of visits) {
        if (visit.inst.level === 0 || !rng.chance(rate) || isPlanted(visit)) continue;
        const candidates = visit.lines.filter(
          (l) => (l.item.listType === '201' || l.item.listType === '301') && l.pric >= 100,
        );
        if (candidates.length === 0) continue;
        visit.lines.push(plantedLine(rng.pick(candidates), 'duplicate-charge'));
      }
    },
  };
}
