import { isPlanted, plantedLine } from '../scenarios/plant-mark';
import type { FeeLine } from '../visit';
import type { Pattern } from './pattern';

/**
 * 同一追溯码重复结算: at a repeat purchase in the same pharmacy, one more box of a drug sold there before
 * is billed with the traceability code of a box from the earlier sale (the pharmacy re-scans an old
 * code for goods it substitutes). Needs `traceCodes` to have run first.
 */
export function traceCodeReuse(rate: number): Pattern {
  return {
    id: 108,
    name: 'scenario: trace code settled twice',
    adjustLines({ visits, extend }, rng) {
      const purchases = visits
        .filter((v) => v.medType === '41')
        .sort((a, b) => a.begin - b.begin || a.key - b.key);
      purchases.forEach((later, j) => {
        const sold: FeeLine[] = [];
        for (const v of purchases.slice(0, j))
          if (v.inst === later.inst) for (const l of v.lines) if (l.trace !== undefined) sold.push(l);
        if (sold.length === 0 || isPlanted(later) || !rng.chance(rate)) return;
        const source = rng.pick(sold);
        const code = rng.pick((source.trace as string).split(';'));
        extend(later, rng, (b) => {
          b.add(source.item.key, 1, later.begin);
          const added = b.lines.pop() as FeeLine;
          b.lines.push({ ...plantedLine(added, 'trace-code-reuse'), trace: code });
        });
      });
    },
  };
}
