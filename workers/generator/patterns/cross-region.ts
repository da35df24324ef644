import type { ChargeType } from '../catalog-items';
import type { Institution } from '../institutions';
import { isPlanted } from '../scenarios/plant-mark';
import { sharedPick } from '../scenarios/shared-draw';
import type { World } from '../world';
import type { Pattern } from './pattern';

const TAG = 114;
/** Lines whose quantity is not inflated: bed, ward rounds, nursing, registration, general fee. */
const FIXED = new Set<ChargeType>(['01', '02', '07', '12', '13']);

/** Level-3 hospitals: where patients insured elsewhere are referred to. */
const tertiary = (world: World): Institution[] => world.hospitals.filter((h) => h.level === 3);

/**
 * 异地就医费用虚高: a share `rate` of the level-3 hospitals (at least one, fixed by the seed) bill patients
 * insured elsewhere (insu_admdvs ≠ the hospital's admdvs) three to four times the quantities of drugs,
 * exams, labs, treatments and consumables, on nine in ten of their outpatient visits and stays. Each
 * inflated settlement is in the answer key. Noise: at every hospital, non-local patients' stays carry a
 * little more (they are referred in sicker), 1.0–1.3× quantities, unmarked.
 */
export function crossRegion(rate: number): Pattern {
  let cached: { world: World; hospitals: ReadonlySet<Institution> } | undefined;
  return {
    id: TAG,
    name: 'scenario: cross-region cost inflation',
    adjustLines({ world, person, visits }, rng) {
      if (cached?.world !== world)
        cached = { world, hospitals: sharedPick(tertiary(world), rate, world.seed, TAG) };
      for (const visit of visits) {
        if (visit.medType !== '11' && visit.medType !== '21') continue;
        if (person.insuAdmdvs === visit.inst.admdvs || visit.inst.kind !== '医院' || isPlanted(visit))
          continue;
        const inflating = cached.hospitals.has(visit.inst) && rng.chance(0.9);
        const factor = inflating ? rng.int(3, 4) : visit.medType === '21' && rng.chance(0.5) ? 2 : 1;
        if (factor === 1) continue;
        // Legitimately sicker referrals get a second round of some items only (about 1.0–1.3×).
        visit.lines = visit.lines.map((l) =>
          FIXED.has(l.item.chrg) || (!inflating && !rng.chance(0.2)) ? l : { ...l, cnt: l.cnt * factor },
        );
        if (inflating) visit.planted = 'cross-region';
      }
    },
  };
}
