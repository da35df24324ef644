import { DAY } from '../civil-date';
import type { Condition } from '../conditions';
import type { Institution } from '../institutions';
import type { Rng } from '../prng';
import type { TimelinePlanner } from '../timeline';
import type { Visit } from '../visit';

/** Replaces a planned visit by a copy with other times (visits are immutable but for their lines). */
export function retimeVisit(
  planner: TimelinePlanner,
  visit: Visit,
  times: Pick<Visit, 'begin' | 'end' | 'setlTime'>,
): Visit {
  const next: Visit = { ...visit, ...times };
  planner.visits[planner.visits.indexOf(visit)] = next;
  return next;
}

/**
 * Plans a stay admitted on day offset `day` lasting exactly `los` bed days (rings admit and discharge
 * together), or nothing when it would touch another stay or leave the year.
 */
export function planFixedStay(
  planner: TimelinePlanner,
  condition: Condition,
  inst: Institution,
  day: number,
  los: number,
  rng: Rng,
): Visit | null {
  if (day + los + 2 >= planner.world.days || planner.duringStay(day - 1, day + los + 1)) return null;
  const stay = planner.planStay({ ...condition, los }, inst, day, rng);
  if (!stay) return null;
  const end = (planner.world.startDay + day + los) * DAY + rng.int(9 * 3600, 11 * 3600);
  return retimeVisit(planner, stay, { begin: stay.begin, end, setlTime: end + rng.int(600, 7200) });
}

/**
 * Plans a pharmacy purchase at `inst` at second `second` of day offset `day` (a burst or a middleman's
 * run needs the minute), or nothing when the day falls in a stay.
 */
export function planPurchaseAt(
  planner: TimelinePlanner,
  inst: Institution,
  day: number,
  second: number,
  rng: Rng,
): Visit | null {
  const visit = planner.planShortVisit('41', null, inst, day, rng);
  if (!visit) return null;
  const begin = (planner.world.startDay + day) * DAY + second;
  return retimeVisit(planner, visit, { begin, end: begin, setlTime: begin + rng.int(20, 120) });
}
