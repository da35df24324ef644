import { DAY, ageOn } from './civil-date';
import { CHRONIC, type Condition } from './conditions';
import { CHEMOTHERAPY, DELIVERIES, INPATIENT_CONDITIONS } from './inpatient-conditions';
import { CHRONIC_CONDITIONS, OUTPATIENT_CONDITIONS, PRENATAL } from './outpatient-conditions';
import { resolveDepartment } from './departments';
import type { Institution } from './institutions';
import { drawLengthOfStay } from './length-of-stay';
import type { Person } from './population';
import type { Rng } from './prng';
import type { MedType, Visit } from './visit';
import type { World } from './world';

/** Yearly rate of ordinary outpatient settlements by age. */
function outpatientRate(age: number): number {
  return age < 3
    ? 1.1
    : age < 7
      ? 0.9
      : age < 18
        ? 0.4
        : age < 45
          ? 0.3
          : age < 60
            ? 0.45
            : age < 75
              ? 0.55
              : 0.65;
}

/** Yearly rate of admissions by age, higher with each chronic condition. */
function inpatientRate(person: Person): number {
  const a = person.age;
  const base =
    a < 1 ? 0.2 : a < 5 ? 0.12 : a < 18 ? 0.05 : a < 45 ? 0.07 : a < 60 ? 0.11 : a < 75 ? 0.22 : 0.38;
  let extra = 0;
  for (let flags = person.chronic & ~CHRONIC.cancer; flags !== 0; flags &= flags - 1) extra += 0.06;
  return base + extra;
}

/** Yearly rate of pharmacy purchases: employees spend their personal account there. */
function pharmacyRate(person: Person): number {
  return (person.insutype === '310' ? 0.8 : 0.15) + (person.chronic !== 0 ? 0.3 : 0);
}

/** Whether a condition can apply to this person at this institution. */
export function eligible(condition: Condition, person: Person, age: number, level: number): boolean {
  if (condition.sex !== undefined && condition.sex !== person.gend) return false;
  if (condition.minAge !== undefined && age < condition.minAge) return false;
  if (condition.maxAge !== undefined && age > condition.maxAge) return false;
  if (condition.minLevel !== undefined && level < condition.minLevel) return false;
  return true;
}

/** Picks a condition from a list, weighting those tied to the person's chronic conditions ×4. */
export function pickCondition(
  rng: Rng,
  list: readonly Condition[],
  person: Person,
  age: number,
  level: number,
): Condition | null {
  const weights = list.map((c) =>
    eligible(c, person, age, level)
      ? c.weight * (c.chronic !== undefined && (person.chronic & c.chronic) !== 0 ? 4 : 1)
      : 0,
  );
  if (!weights.some((w) => w > 0)) return null;
  return list[rng.weighted(weights)] as Condition;
}

/** Builds visits for one person and keeps track of their inpatient stays so nothing overlaps a stay. */
export class TimelinePlanner {
  readonly visits: Visit[] = [];
  private nextKey = 0;

  constructor(
    readonly world: World,
    readonly person: Person,
    readonly rng: Rng,
  ) {}

  /** Age on a day offset of the year. */
  ageAt(offset: number): number {
    return ageOn(this.person.birthDay, this.world.startDay + offset);
  }

  /** Whether [beginDay, endDay] (day offsets, inclusive) touches an inpatient stay. */
  duringStay(beginDay: number, endDay: number): boolean {
    for (const v of this.visits) {
      if (v.medType !== '21') continue;
      const b = Math.floor(v.begin / DAY) - this.world.startDay;
      const e = Math.floor(v.end / DAY) - this.world.startDay;
      if (beginDay <= e && endDay >= b) return true;
    }
    return false;
  }

  /** A department index and doctor at an institution for a condition (children to pediatrics when there is one). */
  private staff(
    rng: Rng,
    inst: Institution,
    condition: Condition | null,
    age: number,
    stableDoctor = false,
  ): [number, string] {
    if (inst.departments.length === 0 || condition === null) return [-1, ''];
    const wanted =
      age < 14 && condition.dept !== 'tcm' && inst.departments.includes('pediatrics')
        ? 'pediatrics'
        : condition.dept;
    const d = resolveDepartment(inst.departments, wanted);
    const doctors = inst.doctors[d] as readonly string[];
    const k = stableDoctor ? this.person.index % doctors.length : rng.int(0, doctors.length - 1);
    return [d, doctors[k] as string];
  }

  private push(visit: Omit<Visit, 'key' | 'lines'>): Visit {
    const v: Visit = {
      key: this.nextKey,
      medType: visit.medType,
      inst: visit.inst,
      deptIndex: visit.deptIndex,
      doctor: visit.doctor,
      condition: visit.condition,
      begin: visit.begin,
      end: visit.end,
      setlTime: visit.setlTime,
      lines: [],
    };
    this.nextKey += 1;
    this.visits.push(v);
    return v;
  }

  /**
   * Plans an inpatient stay admitted on day offset `day` at `inst`; returns null (and plans nothing)
   * when it would run past the year or touch another stay. Patterns pass their own `rng`.
   */
  planStay(condition: Condition, inst: Institution, day: number, rng: Rng = this.rng): Visit | null {
    const los = drawLengthOfStay(rng, condition.los ?? 7, inst.level);
    if (day < 0 || day + los >= this.world.days || this.duringStay(day - 1, day + los + 1)) return null;
    const base = (this.world.startDay + day) * DAY;
    const night = rng.chance(0.15);
    const begin = base + (night ? rng.int(18 * 3600, 23 * 3600) : rng.int(8 * 3600, 17 * 3600));
    const end = base + los * DAY + rng.int(9 * 3600, 11 * 3600 + 1800);
    const [deptIndex, doctor] = this.staff(rng, inst, condition, this.ageAt(day));
    const visit = this.push({
      medType: '21',
      inst,
      deptIndex,
      doctor,
      condition,
      begin,
      end,
      setlTime: end + rng.int(600, 7200),
    });
    // Outpatient visits and purchases planned earlier that fall inside the stay are dropped.
    for (let i = this.visits.length - 2; i >= 0; i -= 1) {
      const v = this.visits[i] as Visit;
      if (v.medType !== '21' && v.begin <= end + DAY && v.end >= begin - DAY) this.visits.splice(i, 1);
    }
    return visit;
  }

  /**
   * Plans a short visit (outpatient, chronic, pharmacy) on day offset `day` unless it falls in a stay.
   * Patterns pass their own `rng`.
   */
  planShortVisit(
    medType: Exclude<MedType, '21'>,
    condition: Condition | null,
    inst: Institution,
    day: number,
    rng: Rng = this.rng,
  ): Visit | null {
    if (day < 0 || day >= this.world.days || this.duringStay(day - 1, day + 1)) return null;
    const base = (this.world.startDay + day) * DAY;
    const pharmacy = medType === '41';
    const begin =
      base +
      (pharmacy ? rng.int(8 * 3600, 21 * 3600) : rng.pick([8, 9, 10, 14, 15, 16]) * 3600 + rng.int(0, 3599));
    const end = pharmacy ? begin : begin + rng.int(20 * 60, 90 * 60);
    const [deptIndex, doctor] = this.staff(rng, inst, condition, this.ageAt(day), medType === '14');
    return this.push({
      medType,
      inst,
      deptIndex,
      doctor,
      condition,
      begin,
      end,
      setlTime: end + (pharmacy ? rng.int(20, 180) : rng.int(60, 600)),
    });
  }

  /** Plans the person's ordinary year: stays first (deliveries, chemotherapy, admissions), then short visits. */
  planYear(): Visit[] {
    const { person, rng, world } = this;
    const city = world.byCity[person.city] as World['byCity'][number];
    const home = person.homeHospital;

    if (person.deliveryOffset >= 0) {
      const delivery = DELIVERIES[rng.weighted(DELIVERIES.map((c) => c.weight))] as Condition;
      this.planStay(delivery, home, person.deliveryOffset);
      const visits = rng.int(4, 8);
      for (let k = 1; k <= visits; k += 1) {
        this.planShortVisit('11', PRENATAL, home, person.deliveryOffset - k * rng.int(20, 30));
      }
    }
    if ((person.chronic & CHRONIC.cancer) !== 0) {
      let day = rng.int(0, 150);
      for (let cycle = rng.int(4, 6); cycle > 0; cycle -= 1) {
        this.planStay(CHEMOTHERAPY, home, day);
        day += rng.int(19, 23);
      }
    }
    for (let n = rng.count(inpatientRate(person)); n > 0; n -= 1) {
      const day = rng.int(0, world.days - 1);
      const condition = pickCondition(rng, INPATIENT_CONDITIONS, person, this.ageAt(day), home.level);
      if (condition) this.planStay(condition, home, day);
    }
    if (person.chronicRegistered) {
      const atClinic = person.index % 3 === 0;
      for (let day = rng.int(0, 30); day < world.days; day += rng.int(26, 35)) {
        this.planShortVisit('14', chronicCondition(person), atClinic ? person.homeClinic : home, day);
      }
    }
    for (let n = rng.count(outpatientRate(person.age)); n > 0; n -= 1) {
      const day = rng.int(0, world.days - 1);
      const age = this.ageAt(day);
      const r = rng.float();
      const inst =
        r < (age < 7 ? 0.45 : 0.55) ? person.homeClinic : r < 0.85 ? home : rng.pick(city.hospitals);
      const condition = pickCondition(rng, OUTPATIENT_CONDITIONS, person, age, inst.level);
      if (condition) this.planShortVisit('11', condition, inst, day);
    }
    for (let n = rng.count(pharmacyRate(person)); n > 0; n -= 1) {
      const inst = rng.chance(0.75) ? person.homePharmacy : rng.pick(city.pharmacies);
      this.planShortVisit('41', null, inst, rng.int(0, world.days - 1));
    }
    return this.visits;
  }
}

/** The main diagnosis of a chronic-disease visit: the person's first chronic condition in table order. */
function chronicCondition(person: Person): Condition {
  for (const c of CHRONIC_CONDITIONS) if ((person.chronic & (c.chronic ?? 0)) !== 0) return c;
  return CHRONIC_CONDITIONS[0] as Condition;
}
