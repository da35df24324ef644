import type { ItemKey } from '../catalog-items';
import { CATALOG } from '../price-list';
import { plantLast } from '../scenarios/plant-mark';
import type { Pattern } from './pattern';
import { plantedLineTime, takesPlantedLine } from './planted-line-visits';

/** Items for women only (kb_restriction sex 2) billed for men, and for men only billed for women. */
const FOR_WOMEN: readonly ItemKey[] = [
  'hcg',
  'transvaginalUs',
  'baofukang',
  'metronidazoleVaginal',
  'aifuPills',
];
const FOR_MEN: readonly ItemKey[] = ['psa', 'prostateUs', 'tamsulosin', 'qianlieshutong'];

/**
 * 限性别 violation: an adult's outpatient visit or stay at a hospital or clinic is billed an exam or a
 * drug for the other sex (a gynaecological ultrasound for a man, a prostate exam for a woman …).
 */
export function sexMismatch(rate: number): Pattern {
  return {
    id: 105,
    name: 'scenario: sex-specific item for the other sex',
    adjustLines({ person, visits, extend }, rng) {
      for (const visit of visits) {
        if (!takesPlantedLine(person, visit) || !rng.chance(rate)) continue;
        extend(visit, rng, (b) => {
          const key = rng.pick(person.gend === 1 ? FOR_WOMEN : FOR_MEN);
          const [lo, hi] = CATALOG[key].qty;
          b.add(key, rng.int(lo, hi), plantedLineTime(b));
          plantLast(b.lines, 'sex-mismatch');
        });
      }
    },
  };
}
