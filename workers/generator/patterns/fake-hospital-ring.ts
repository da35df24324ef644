import { DAY } from '../civil-date';
import type { ChargeType } from '../catalog-items';
import type { Condition } from '../conditions';
import { INPATIENT_CONDITIONS } from '../inpatient-conditions';
import { derivePerson } from '../population';
import { sharedFraction, sharedInt } from '../scenarios/shared-draw';
import { eligible } from '../timeline';
import type { Institution } from '../institutions';
import type { World } from '../world';
import type { Pattern } from './pattern';
import { planFixedStay } from './plan-at';

/** People are grouped in blocks of consecutive index; a ring is the first MEMBERS people of a block. */
export const RING_BLOCK = 100;
const MEMBERS = 5;
const MIN_MEMBERS = 3;
const EPISODES = 4;
/** Check-up style diagnoses a ring is "admitted" for. */
const RING_CONDITIONS = INPATIENT_CONDITIONS.filter((c) =>
  ['I10.x00', 'E11.900', 'M51.202'].includes(c.codg),
);
/** Charge types a ring stay keeps: bed, ward rounds, labs, nursing (treatment and drugs are dropped). */
const KEPT = new Set<ChargeType>(['01', '02', '04', '07']);
const TAG = 109;
const DECOY_TAG = 1109;

/**
 * The ring members of a block: its first MEMBERS people aged 40–80 living and insured in the city of
 * `inst` (the ring's hospital: rings are local), or none when fewer than MIN_MEMBERS qualify. The
 * block's people are derived to tell (a pure function of the index), so every member agrees.
 */
function ringMembers(world: World, block: number, inst: Institution): number[] {
  const members: number[] = [];
  const end = Math.min(world.sizes.persons, (block + 1) * RING_BLOCK);
  for (let j = block * RING_BLOCK; j < end && members.length < MEMBERS; j += 1) {
    const p = derivePerson(world, j);
    if (p.age >= 40 && p.age <= 80 && p.city === inst.city && p.insuAdmdvs === inst.admdvs) members.push(j);
  }
  return members.length >= MIN_MEMBERS ? members : [];
}

/**
 * 虚假住院: a block of people whose ring draw is under `rate` has its first five people aged 40–80 living and insured in the city of the ring's hospital (at least three) admitted
 * together EPISODES times in the year at one hospital, each time for the same 3–4 bed days, with a
 * check-up diagnosis and nothing but bed, nursing, ward rounds and admission labs. The hospital, the
 * dates and the length come from the ring (seed, block), so every member agrees. Noise: half as many other
 * blocks hold a legitimate cohort (同批次入院) admitted together on shared dates but treated as usual.
 */
export function fakeHospitalRing(rate: number): Pattern {
  /** The members of the block last asked about (people are built in index order, block by block). */
  let cached: { world: World; block: number; tag: number; members: number[] } | undefined;
  return {
    id: TAG,
    name: 'scenario: fake hospitalisation ring',
    adjustPlan({ world, person, planner }, rng) {
      const block = Math.floor(person.index / RING_BLOCK);
      const ring = sharedFraction(world.seed, TAG, block) < rate;
      const decoy = !ring && sharedFraction(world.seed, DECOY_TAG, block) < rate / 2;
      if (!ring && !decoy) return;
      const tag = ring ? TAG : DECOY_TAG;
      const inst = world.hospitals[sharedInt(0, world.hospitals.length - 1, world.seed, tag, block, 1)];
      if (!inst) return;
      if (cached?.world !== world || cached.block !== block || cached.tag !== tag)
        cached = { world, block, tag, members: ringMembers(world, block, inst) };
      if (!cached.members.includes(person.index)) return;
      const condition = RING_CONDITIONS[sharedInt(0, RING_CONDITIONS.length - 1, world.seed, tag, block, 2)];
      if (!inst || !condition) return;
      const los = sharedInt(3, 4, world.seed, tag, block, 3);
      const span = Math.floor((world.days - 20) / EPISODES);
      for (let k = 0; k < EPISODES; k += 1) {
        const day = k * span + sharedInt(0, span - 10, world.seed, tag, block, 4, k);
        if (!eligible(condition, person, planner.ageAt(day), inst.level)) continue;
        const stay = ring
          ? planFixedStay(planner, condition as Condition, inst, day, los, rng)
          : planner.planStay(condition, inst, day, rng);
        if (stay && ring) stay.planted = 'fake-hospital-ring';
      }
    },
    adjustLines({ visits }) {
      for (const visit of visits) {
        if (visit.planted !== 'fake-hospital-ring') continue;
        const firstDay = Math.floor(visit.begin / DAY);
        visit.lines = visit.lines.filter(
          (l) => KEPT.has(l.item.chrg) && (l.item.chrg !== '04' || Math.floor(l.time / DAY) === firstDay),
        );
      }
    },
  };
}
