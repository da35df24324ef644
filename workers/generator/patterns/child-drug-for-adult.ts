import type { ItemKey } from '../catalog-items';
import type { Pattern } from './pattern';

const CHILD_DRUGS: readonly ItemKey[] = ['kidFever', 'kidCold', 'kidCough'];

/**
 * Adults who get a child-only drug at a low rate: a parent buying a child's medicine on their own
 * card at a pharmacy, now and then a prescription at a visit for a cold. This is the everyday noise
 * behind the NHSA rule 药品限儿童使用 (a clear violation, but common and small).
 */
export const childDrugForAdult: Pattern = {
  id: 2,
  name: 'child-only drug for an adult',
  adjustLines({ visits, extend }, rng) {
    for (const visit of visits) {
      const rate = visit.medType === '41' ? 0.02 : visit.condition?.codg === 'J06.900' ? 0.01 : 0;
      if (rate === 0 || !rng.chance(rate)) continue;
      extend(visit, rng, (b) => {
        if (b.age >= 18)
          b.add(rng.pick(CHILD_DRUGS), rng.int(1, 2), visit.medType === '41' ? visit.begin : b.timeSoon(30));
      });
    }
  },
};
