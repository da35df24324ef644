import type { Institution } from '../institutions';
import { isPlanted } from '../scenarios/plant-mark';
import { sharedPick } from '../scenarios/shared-draw';
import type { World } from '../world';
import type { Pattern } from './pattern';

const TAG = 113;

/** Level-2 and level-3 hospitals: those paid by DRG group. */
const drgPaid = (world: World): Institution[] => world.hospitals.filter((h) => h.level >= 2);

/**
 * 高套编码: a share `rate` of the level-2 and level-3 hospitals (at least one, fixed by the seed) code seven in ten of their
 * stays without complications as with one (DRG severity 5 → 3 CC, or 1 MCC for four in ten), raising
 * the group's weight. Each recoded stay is in the answer key. Needs `drgCodes` to have run first.
 */
export function upcoding(rate: number): Pattern {
  let cached: { world: World; hospitals: ReadonlySet<Institution> } | undefined;
  return {
    id: TAG,
    name: 'scenario: DRG upcoding',
    adjustLines({ world, visits }, rng) {
      if (cached?.world !== world)
        cached = { world, hospitals: sharedPick(drgPaid(world), rate, world.seed, TAG) };
      for (const visit of visits) {
        if (visit.drg?.endsWith('5') !== true || !cached.hospitals.has(visit.inst) || isPlanted(visit))
          continue;
        if (!rng.chance(0.7)) continue;
        visit.drg = `${visit.drg.slice(0, 3)}${rng.chance(0.4) ? '1' : '3'}`;
        visit.planted = 'upcoding';
      }
    },
  };
}
