import { DAY } from '../civil-date';
import { CHEMOTHERAPY, INPATIENT_CONDITIONS } from '../inpatient-conditions';
import { pickCondition } from '../timeline';
import type { Pattern } from './pattern';

/**
 * Legitimate readmissions: some patients come back to the same hospital 2–30 days after discharge,
 * more often after relapsing conditions (heart failure, COPD, pneumonia), with the same diagnosis or a
 * new one. About a third return within 15 days, so a naive 分解住院 rule has true negatives to get right.
 */
export const legitimateReadmission: Pattern = {
  id: 1,
  name: 'legitimate readmission',
  adjustPlan({ world, person, planner }, rng) {
    const stays = planner.visits.filter(
      (v) => v.medType === '21' && v.condition !== CHEMOTHERAPY && v.condition?.dept !== 'obstetrics',
    );
    for (const stay of stays) {
      if (!rng.chance(stay.condition?.relapsing ? 0.15 : 0.04)) continue;
      const discharged = Math.floor(stay.end / DAY) - world.startDay;
      const day = discharged + rng.int(2, 30);
      const age = planner.ageAt(day);
      const condition = rng.chance(0.7)
        ? stay.condition
        : pickCondition(rng, INPATIENT_CONDITIONS, person, age, stay.inst.level);
      if (condition) planner.planStay(condition, stay.inst, day, rng);
    }
  },
};
