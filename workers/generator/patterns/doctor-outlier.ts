import { DAY, ageOn } from '../civil-date';
import type { ItemKey } from '../catalog-items';
import { CATALOG } from '../price-list';
import { isPlanted, plantLast } from '../scenarios/plant-mark';
import { sharedFraction, sharedInt } from '../scenarios/shared-draw';
import type { Pattern } from './pattern';

/** Drugs many departments prescribe, so every doctor has peers to be compared with. */
export const FAVOURITE_DRUGS: readonly ItemKey[] = [
  'cefaclor',
  'azithromycin',
  'levofloxacin',
  'celecoxib',
  'omeprazole',
  'loratadine',
  'levocetirizine',
  'valsartan',
  'acarbose',
  'atorvastatin',
  'isosorbide',
  'pudilan',
];
const TAG = 112;

/** A doctor code's digits as a number (`D` + admdvs + 7 digits: 13 digits, exact in a double). */
const doctorNumber = (code: string): number => Number(code.slice(1));

/**
 * 医生处方异常: a hospital doctor whose draw (by code) is under `rate` has a favourite drug and adds it,
 * in eight to twelve times the usual quantity, to nine in ten of their adults' outpatient visits. Each
 * added line is in the answer key; the doctor's ordinary prescriptions of the drug are not.
 */
export function doctorOutlier(rate: number): Pattern {
  return {
    id: TAG,
    name: 'scenario: doctor prescribing far above peers',
    adjustLines({ world, person, visits, extend }, rng) {
      for (const visit of visits) {
        if (visit.medType !== '11' && visit.medType !== '14') continue;
        if (visit.inst.kind !== '医院' || visit.doctor === '' || isPlanted(visit)) continue;
        const doctor = doctorNumber(visit.doctor);
        if (sharedFraction(world.seed, TAG, doctor) >= rate) continue;
        if (ageOn(person.birthDay, Math.floor(visit.begin / DAY)) < 18 || !rng.chance(0.9)) continue;
        const key = FAVOURITE_DRUGS[sharedInt(0, FAVOURITE_DRUGS.length - 1, world.seed, TAG, doctor, 1)];
        if (key === undefined) continue;
        extend(visit, rng, (b) => {
          b.add(key, rng.int(8, 12) * CATALOG[key].qty[1], b.timeSoon(30));
          plantLast(b.lines, 'doctor-outlier');
        });
      }
    },
  };
}
