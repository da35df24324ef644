import { DAY } from '../civil-date';
import type { ChargeType } from '../catalog-items';
import { INPATIENT_CONDITIONS } from '../inpatient-conditions';
import { bedDays } from '../inpatient-lines';
import { pickCondition } from '../timeline';
import type { Pattern } from './pattern';

/** Chronic conditions a ward can "admit" a patient for with nothing but a bed (check-up admissions). */
const PHANTOM_CONDITIONS = INPATIENT_CONDITIONS.filter((c) =>
  ['I10.x00', 'E11.900', 'M51.202', 'I63.900'].includes(c.codg),
);
/** Charge types removed from the stay: treatment, surgery, consumables and drugs. */
const DROPPED = new Set<ChargeType>(['05', '06', '08', '09', '10', '11']);

/**
 * 挂床住院: an extra stay at the person's home hospital (aged 45 or more, one chronic diagnosis) billed
 * as a stay — bed, nursing, ward rounds, admission labs and exams — with no treatment, or (half the
 * stays of five days or more) treatment on the admission day only. Stays that come out shorter than
 * three bed days are left as ordinary care.
 */
export function phantomStay(rate: number): Pattern {
  return {
    id: 102,
    name: 'scenario: phantom stay',
    adjustPlan({ world, person, planner }, rng) {
      if (person.age < 45 || !rng.chance(rate)) return;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const day = rng.int(0, world.days - 20);
        const inst = person.homeHospital;
        const condition = pickCondition(rng, PHANTOM_CONDITIONS, person, planner.ageAt(day), inst.level);
        const stay = condition && planner.planStay(condition, inst, day, rng);
        if (!stay) continue;
        if (bedDays(stay.begin, stay.end) >= 3) stay.planted = 'phantom-stay';
        return;
      }
    },
    adjustLines({ visits }, rng) {
      for (const visit of visits) {
        if (visit.planted !== 'phantom-stay') continue;
        const firstDay = Math.floor(visit.begin / DAY);
        const keepFirst = bedDays(visit.begin, visit.end) >= 5 && rng.chance(0.5);
        visit.lines = visit.lines.filter(
          (l) => !DROPPED.has(l.item.chrg) || (keepFirst && Math.floor(l.time / DAY) === firstDay),
        );
      }
    },
  };
}
