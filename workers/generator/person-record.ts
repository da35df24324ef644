import { invariant } from '../../core/shared/invariant';
import { BedAllocator } from './bed-allocator';
import { DAY, ageOn } from './civil-date';
import { scrambled12 } from './id-scramble';
import { buildInpatientLines } from './inpatient-lines';
import { LineBuilder } from './line-builder';
import { buildChronicLines, buildOutpatientLines, buildPharmacyLines } from './outpatient-lines';
import { splitPayment, type Payment } from './payment-split';
import { NORMAL_PATTERNS } from './patterns/normal-patterns';
import type { LinesContext, Pattern } from './patterns/pattern';
import { derivePerson, type Person } from './population';
import { Rng, STREAM, fmix32 } from './prng';
import { TimelinePlanner } from './timeline';
import type { Visit } from './visit';
import type { World } from './world';

/** A visit once settled: identifiers, total and payment split. */
export interface Settlement {
  readonly visit: Visit;
  /** 结算ID: admdvs + `S` + 12 digits. */
  readonly setlId: string;
  /** 就诊ID: admdvs + `M` + 12 digits. */
  readonly mdtrtId: string;
  /** 12-digit prefix of this settlement's fee line numbers (feedetl_sn = prefix + 4-digit line number). */
  readonly feeSnPrefix: string;
  /** 床位号 for inpatient stays, else ''. */
  readonly bedNo: string;
  /** 医疗费总额 in cents: the exact sum of the fee lines. */
  readonly medfee: number;
  readonly payment: Payment;
}

/** One person with all of their settlements for the year, in time order. */
export interface PersonRecord {
  readonly person: Person;
  readonly settlements: readonly Settlement[];
}

/** Most settlements one person can have (the settlement number reserves 8 bits for it). */
export const MAX_VISITS_PER_PERSON = 256;

/**
 * Derives each person's year: the ordinary plan, patterns over the plan, fee lines, patterns over the
 * lines, then settlement. Every step draws from its own seeded stream, so any table can be streamed
 * on its own and still agree with the others. Build people in index order (0, 1, 2 …) with one
 * builder: bed numbers depend on the stays settled before.
 */
export class PersonRecordBuilder {
  private readonly timelineRng = new Rng(0);
  private readonly linesRng = new Rng(0);
  private readonly patternRng = new Rng(0);
  private readonly paymentRng = new Rng(0);
  private readonly beds = new BedAllocator();

  constructor(
    readonly world: World,
    readonly patterns: readonly Pattern[] = NORMAL_PATTERNS,
  ) {}

  /** The full record of person `index`. */
  build(index: number): PersonRecord {
    const world = this.world;
    const person = derivePerson(world, index);
    const planner = new TimelinePlanner(
      world,
      person,
      this.timelineRng.reseed(world.seed, STREAM.timeline, index),
    );
    planner.planYear();
    for (const pattern of this.patterns) {
      pattern.adjustPlan?.(
        { world, person, planner },
        this.patternRng.reseed(world.seed, STREAM.pattern, pattern.id, index, 1),
      );
    }
    const visits = planner.visits;
    for (const visit of visits) visit.lines = this.buildLines(person, visit);
    const context: LinesContext = {
      world,
      person,
      visits,
      extend: (visit, rng, add) => {
        const builder = new LineBuilder(
          rng,
          person,
          visit,
          ageOn(person.birthDay, Math.floor(visit.begin / DAY)),
        );
        add(builder);
        visit.lines.push(...builder.lines);
      },
    };
    for (const pattern of this.patterns) {
      pattern.adjustLines?.(
        context,
        this.patternRng.reseed(world.seed, STREAM.pattern, pattern.id, index, 2),
      );
    }
    for (const visit of visits) visit.lines.sort((x, y) => x.time - y.time);
    const ordered = visits
      .filter((v) => v.lines.length > 0)
      .sort((a, b) => a.begin - b.begin || a.key - b.key)
      .slice(0, MAX_VISITS_PER_PERSON);
    const settlements = ordered.map((visit, seq) =>
      this.settle(person, visit, index * MAX_VISITS_PER_PERSON + seq),
    );
    return { person, settlements };
  }

  private buildLines(person: Person, visit: Visit): Visit['lines'] {
    const rng = this.linesRng.reseed(this.world.seed, STREAM.lines, person.index, visit.key);
    const b = new LineBuilder(rng, person, visit, ageOn(person.birthDay, Math.floor(visit.begin / DAY)));
    switch (visit.medType) {
      case '11':
        if (visit.condition) buildOutpatientLines(b, visit.condition);
        break;
      case '14':
        buildChronicLines(b);
        break;
      case '21':
        if (visit.condition) buildInpatientLines(b, visit.condition, rng.chance(0.03));
        break;
      case '41':
        buildPharmacyLines(b);
        break;
    }
    return b.lines;
  }

  private settle(person: Person, visit: Visit, number: number): Settlement {
    const keys = this.world.keys;
    let medfee = 0;
    for (const line of visit.lines) medfee += line.cnt * line.pric;
    const rng = this.paymentRng.reseed(this.world.seed, STREAM.payment, person.index, visit.key);
    const admdvs = visit.inst.admdvs;
    invariant(visit.lines.length <= 10_000, `too many fee lines in one visit: ${visit.lines.length}`);
    const preferredBed =
      visit.inst === person.homeHospital ? person.homeBed : fmix32(number) % Math.max(1, visit.inst.openBeds);
    return {
      visit,
      setlId: `${admdvs}S${scrambled12(number, keys.setl)}`,
      mdtrtId: `${admdvs}M${scrambled12(number, keys.mdtrt)}`,
      feeSnPrefix: scrambled12(number, keys.fee),
      bedNo: visit.medType === '21' ? this.beds.assign(visit.inst, preferredBed, visit.begin, visit.end) : '',
      medfee,
      payment: splitPayment(rng, person, visit, medfee),
    };
  }
}
