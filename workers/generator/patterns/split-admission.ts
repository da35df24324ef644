import { DAY } from '../civil-date';
import { CHEMOTHERAPY } from '../inpatient-conditions';
import { bedDays } from '../inpatient-lines';
import type { Visit } from '../visit';
import type { Pattern } from './pattern';

/** Whether a stay can be split: ordinary (no chemotherapy, no delivery), six bed days or more, not yet planted. */
function splittable(v: Visit): boolean {
  return (
    v.medType === '21' &&
    v.condition !== null &&
    v.condition !== CHEMOTHERAPY &&
    v.condition.dept !== 'obstetrics' &&
    v.planted === undefined &&
    bedDays(v.begin, v.end) >= 6
  );
}

/**
 * 分解住院: a stay is discharged midway (after 2 … n−3 bed days) and the patient readmitted to the same
 * hospital with the same diagnosis 2–5 days later, so one course of care settles twice. The second stay
 * is planted; when it cannot be placed (another stay in the way) the first is left whole.
 */
export function splitAdmission(rate: number): Pattern {
  return {
    id: 101,
    name: 'scenario: split admission',
    adjustPlan({ world, planner }, rng) {
      for (const stay of planner.visits.filter(splittable)) {
        if (!rng.chance(rate) || stay.condition === null) continue;
        const firstDay = Math.floor(stay.begin / DAY);
        const kept = rng.int(2, bedDays(stay.begin, stay.end) - 3);
        const end = (firstDay + kept) * DAY + rng.int(9 * 3600, 11 * 3600 + 1800);
        const first: Visit = { ...stay, end, setlTime: end + rng.int(600, 7200) };
        planner.visits[planner.visits.indexOf(stay)] = first;
        const readmitted = firstDay + kept - world.startDay + rng.int(2, 5);
        const second = planner.planStay(stay.condition, stay.inst, readmitted, rng);
        if (second) second.planted = 'split-admission';
        else planner.visits[planner.visits.indexOf(first)] = stay;
      }
    },
  };
}
