import { DAY } from '../civil-date';
import type { Person } from '../population';
import { sharedFraction } from '../scenarios/shared-draw';
import type { World } from '../world';
import type { Pattern } from './pattern';
import { retimeVisit } from './plan-at';

const TAG = 115;
const NOISE_TAG = 1115;

/** Yearly chance of dying by age (ordinary deaths, the registry's noise). */
const mortality = (age: number): number => (age < 60 ? 0.001 : age < 75 ? 0.01 : 0.04);

/** A registered death: the day number, and whether the person's card is used after it (planted). */
export interface Death {
  readonly day: number;
  readonly planted: boolean;
}

/**
 * The registered death of a person, if any: a pure function of the seed and the person (the death
 * table is streamed without building anyone's visits). With chance `rate` a person aged 60 or more
 * dies between the fourth and tenth month and their card is used after (planted); others die at their
 * age's rate on any day.
 */
export function deathOf(world: World, person: Person, rate: number): Death | null {
  if (person.age >= 60 && sharedFraction(world.seed, TAG, person.index) < rate) {
    const offset = 90 + Math.floor(sharedFraction(world.seed, TAG, person.index, 1) * (world.days - 150));
    return { day: world.startDay + offset, planted: true };
  }
  if (sharedFraction(world.seed, NOISE_TAG, person.index) >= mortality(person.age)) return null;
  const offset = Math.floor(sharedFraction(world.seed, NOISE_TAG, person.index, 1) * world.days);
  return { day: world.startDay + offset, planted: false };
}

/**
 * 死亡后就医: every registered death ends the person's care — visits after the day of death are
 * dropped, a stay running over it ends that day (died in hospital). For a planted death, the outpatient
 * visits and purchases after it are kept (someone else uses the card) and marked, with two or three
 * purchases at the home pharmacy added when fewer than two remain.
 */
export function serviceAfterDeath(rate: number): Pattern {
  return {
    id: TAG,
    name: 'scenario: service after death',
    adjustPlan({ world, person, planner }, rng) {
      const death = deathOf(world, person, rate);
      if (!death) return;
      const dayOf = (t: number) => Math.floor(t / DAY);
      let after = 0;
      for (let i = planner.visits.length - 1; i >= 0; i -= 1) {
        const v = planner.visits[i];
        if (v === undefined) continue;
        const keep = death.planted && v.medType !== '21' && v.planted === undefined;
        if (dayOf(v.begin) > death.day && keep) {
          v.planted = 'service-after-death';
          after += 1;
        } else if (dayOf(v.begin) > death.day) planner.visits.splice(i, 1);
        else if (dayOf(v.end) > death.day) {
          const latest = death.day * DAY + DAY - 1;
          const end = Math.min(
            latest,
            Math.max(v.begin + 1800, death.day * DAY + rng.int(2 * 3600, 20 * 3600)),
          );
          retimeVisit(planner, v, { begin: v.begin, end, setlTime: end + rng.int(3600, 4 * 3600) });
        }
      }
      const offset = death.day - world.startDay;
      for (let k = after; death.planted && k < 2 + rng.int(0, 1); k += 1) {
        const visit = planner.planShortVisit('41', null, person.homePharmacy, offset + rng.int(3, 60), rng);
        if (visit) visit.planted = 'service-after-death';
      }
    },
  };
}
