import { DAY, ageOn } from '../civil-date';
import { bedDays } from '../inpatient-lines';
import type { LineBuilder } from '../line-builder';
import type { Person } from '../population';
import { isPlanted } from '../scenarios/plant-mark';
import type { Visit } from '../visit';

/**
 * Whether a scenario may add a line to this visit: an adult's outpatient visit or stay at a hospital or
 * clinic, not yet planted.
 */
export function takesPlantedLine(person: Person, visit: Visit): boolean {
  return (
    (visit.medType === '11' || visit.medType === '21') &&
    visit.inst.level > 0 &&
    ageOn(person.birthDay, Math.floor(visit.begin / DAY)) >= 18 &&
    !isPlanted(visit)
  );
}

/** When an added line is charged: some day of a stay, else within the first hour of the visit. */
export function plantedLineTime(b: LineBuilder): number {
  const v = b.visit;
  return v.medType === '21' ? b.timeOnDay(b.rng.int(0, bedDays(v.begin, v.end) - 1)) : b.timeSoon(60);
}
