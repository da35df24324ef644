import type { ItemKey } from '../catalog-items';
import { CATALOG } from '../price-list';
import { plantLast } from '../scenarios/plant-mark';
import type { Pattern } from './pattern';
import { plantedLineTime, takesPlantedLine } from './planted-line-visits';

const CHILD_DRUGS: readonly ItemKey[] = ['kidFever', 'kidCold', 'kidCough'];

/**
 * 限儿童 violation, planted: a hospital or clinic bills a child-only drug on an adult's outpatient visit
 * or stay. The noise pattern `child-drug-for-adult` does the same at pharmacies and cold visits and is
 * not in the answer key: a rule finds both, so this scenario's precision is measured against noise.
 */
export function childDrugAdult(rate: number): Pattern {
  return {
    id: 106,
    name: 'scenario: child-only drug billed for an adult',
    adjustLines({ person, visits, extend }, rng) {
      for (const visit of visits) {
        if (!takesPlantedLine(person, visit) || !rng.chance(rate)) continue;
        extend(visit, rng, (b) => {
          const key = rng.pick(CHILD_DRUGS);
          const [lo, hi] = CATALOG[key].qty;
          b.add(key, rng.int(lo, hi), plantedLineTime(b));
          plantLast(b.lines, 'child-drug-adult');
        });
      }
    },
  };
}
