import { PLANT_ITEMS } from './corpus-catalogue';
import { PERIOD_END, makeVisit, type WorldBuilder } from './build-world';
import type { CorpusItem, CorpusLine, CorpusPerson, CorpusScene, CorpusVisit } from './corpus-model';
import type { CaseFamily, PlantedCase } from './corpus-types';

/**
 * Plants `count` cases of each family into a world, by the meaning of the rule family, and returns the
 * answer key. Each case uses a person no other case uses, so cases never explain one another.
 */
export function plantCases(
  world: WorldBuilder,
  plan: readonly (readonly [CaseFamily, number])[],
  prefix: string,
): PlantedCase[] {
  const used = new Set<CorpusPerson>();
  const cases: PlantedCase[] = [];
  for (const [family, count] of plan) {
    for (let k = 0; k < count; k++) {
      const planted = PLANTERS[family](world, used);
      cases.push({ id: `${prefix}-${family}-${k + 1}`, family, ...planted });
    }
  }
  return cases;
}

type Planted = Omit<PlantedCase, 'id' | 'family'>;
type Planter = (world: WorldBuilder, used: Set<CorpusPerson>) => Planted;

const PLANTERS: Readonly<Record<CaseFamily, Planter>> = {
  duplicate_charge(world, used) {
    const visit = pickVisit(world, used, (v) => v.lines.length >= 2);
    const original = world.prng.pick(visit.lines);
    const copy = { ...original, id: world.newLineId() };
    visit.lines.push(copy);
    return keyed(visit, [copy], `${original.item.zh} 同一时间收费两次 / charged twice at the same time`);
  },
  frequency(world, used) {
    const visit = pickVisit(world, used, (v) => v.scene === 'inpatient');
    const day = visit.begin + 1;
    const added = world.prng.chance(0.5)
      ? [
          addLine(world, visit, PLANT_ITEMS.oncePerDay, day, 10 * 3600 + 17, 1),
          addLine(world, visit, PLANT_ITEMS.oncePerDay, day, 16 * 3600 + 41, 1),
        ]
      : [
          addLine(world, visit, PLANT_ITEMS.hourly, day, 11 * 3600 + 5, 18),
          addLine(world, visit, PLANT_ITEMS.hourly, day, 20 * 3600 + 9, 12),
        ];
    return keyed(visit, added, `${added[0]!.item.zh} 一日超过限定次数 / more units in a day than allowed`);
  },
  sex_specific(world, used) {
    const visit = pickVisit(world, used, () => true);
    const item =
      visit.person.sex === 2
        ? PLANT_ITEMS.maleDrug
        : visit.scene === 'inpatient'
          ? PLANT_ITEMS.femaleService
          : PLANT_ITEMS.femaleDrug;
    const line = addLine(world, visit, item, visit.begin, lineSecond(visit), 1);
    return keyed(
      visit,
      [line],
      `${item.zh} 用于${visit.person.sex === 1 ? '男' : '女'}性 / billed for the other sex`,
    );
  },
  child_only(world, used) {
    const visit = pickVisit(world, used, (v) => ageAt(v.person, v.begin) >= 25);
    const item =
      visit.scene === 'pharmacy' || world.prng.chance(0.5)
        ? PLANT_ITEMS.childDrug
        : PLANT_ITEMS.pediatricService;
    const line = addLine(world, visit, item, visit.begin, lineSecond(visit), 1);
    return keyed(
      visit,
      [line],
      `${item.zh} 用于 ${ageAt(visit.person, visit.begin)} 岁成人 / billed for an adult`,
    );
  },
  institution_level(world, used) {
    const visit = pickVisit(world, used, (v) => v.institution.level === 1);
    const line = addLine(world, visit, PLANT_ITEMS.levelDrug, visit.begin, lineSecond(visit), 2);
    return keyed(
      visit,
      [line],
      `限二级及以上药品在一级机构 ${visit.institution.code} 使用 / level-2 drug at a level-1 institution`,
    );
  },
  after_death(world, used) {
    const person = pickPerson(
      world,
      used,
      (p, last) => p.death === undefined && last !== undefined && last.end <= PERIOD_END - 45,
    );
    const last = lastVisit(world, person)!;
    const death = last.end + world.prng.int(3, 10);
    person.death = death;
    const scene = pickScene(world);
    const visit = addVisit(world, person, scene, death + world.prng.int(5, 30));
    return keyed(visit, visit.lines, `死亡后第 ${visit.begin - death} 天就医 / care after death`);
  },
  split_admission(world, used) {
    const stay = pickStay(world, used, 3);
    const visit = addVisit(world, stay.person, 'inpatient', stay.end + world.prng.int(2, 8), {
      institution: stay.institution,
      los: world.prng.int(3, 6),
      diagnosis: stay.diagnosis,
    });
    return {
      settlements: [visit.id],
      lines: [],
      note: `出院后再入院（前次 ${stay.id}）/ readmitted after ${stay.id}`,
    };
  },
  charge_outside_stay(world, used) {
    const stay = pickStay(world, used, 3);
    const line = addLine(
      world,
      stay,
      world.services[2]!,
      stay.end + world.prng.int(2, 5),
      10 * 3600 + 321,
      1,
    );
    return keyed(stay, [line], '出院后计费 / charge dated after discharge');
  },
  visit_during_stay(world, used) {
    const stay = pickStay(world, used, 4);
    const others = world.institutionsFor('outpatient').filter((i) => i.code !== stay.institution.code);
    const visit = addVisit(
      world,
      stay.person,
      'outpatient',
      stay.begin + world.prng.int(1, stay.end - stay.begin - 1),
      {
        institution: world.prng.pick(others),
      },
    );
    return {
      settlements: [visit.id],
      lines: [],
      note: `住院（${stay.id}）期间门诊 / outpatient visit during stay`,
    };
  },
  concurrent_admission(world, used) {
    const stay = pickStay(world, used, 3);
    const others = world.institutionsFor('inpatient').filter((i) => i.code !== stay.institution.code);
    const visit = addVisit(world, stay.person, 'inpatient', stay.begin + 1, {
      institution: world.prng.pick(others),
      los: stay.end - stay.begin + world.prng.int(0, 2),
    });
    return {
      settlements: [visit.id, stay.id],
      lines: [],
      note: `与 ${stay.id} 同时住院 / overlapping stays`,
    };
  },
  exclusive_pair(world, used) {
    const stay = pickStay(world, used, 3);
    const a = addLine(world, stay, PLANT_ITEMS.pairA, stay.begin + 1, 14 * 3600 + 202, 1);
    const b = addLine(world, stay, PLANT_ITEMS.pairB, stay.begin + 2, 14 * 3600 + 707, 1);
    return keyed(stay, [b, a], '互斥项目同一住院收费 / an item charged with the item that includes it');
  },
  trace_code_reuse(world, used) {
    const first = pickVisit(world, used, (v) => v.scene === 'pharmacy' && v.lines.some((l) => l.trace));
    const sold = first.lines.find((l) => l.trace)!;
    const second = pickVisit(world, used, (v) => v.scene === 'pharmacy' && v.begin > first.begin);
    const line: CorpusLine = {
      ...sold,
      id: world.newLineId(),
      day: second.begin,
      second: second.lines[0]!.second,
    };
    second.lines.push(line);
    return keyed(second, [line], `追溯码 ${sold.trace} 已在 ${first.id} 售出 / trace code already sold`);
  },
  duplicate_settlement(world, used) {
    const original = pickVisit(world, used, (v) => v.scene === 'pharmacy');
    const copy: CorpusVisit = {
      ...original,
      id: world.newVisitId(),
      settledAt: original.settledAt + 180,
      lines: original.lines.map((l) => ({ ...l, id: world.newLineId() })),
    };
    world.visits.push(copy);
    return { settlements: [copy.id], lines: [], note: `${original.id} 重复结算 / settled twice` };
  },
  frequent_pharmacy(world, used) {
    const person = pickPerson(world, used, (_, last) => last !== undefined && last.end <= PERIOD_END - 40);
    const start = lastVisit(world, person)!.end + 3;
    const visits = [0, 4, 8, 12, 16, 20, 24].map((offset) =>
      addVisit(world, person, 'pharmacy', start + offset),
    );
    return {
      settlements: visits.map((v) => v.id),
      lines: [],
      person: person.id,
      note: '28 天内 7 次购药 / 7 purchases in 28 days',
    };
  },
};

function keyed(visit: CorpusVisit, lines: readonly CorpusLine[], note: string): Planted {
  return { settlements: [visit.id], lines: lines.map((l) => l.id), note };
}

function addLine(
  world: WorldBuilder,
  visit: CorpusVisit,
  item: CorpusItem,
  day: number,
  second: number,
  cnt: number,
): CorpusLine {
  const line: CorpusLine = {
    id: world.newLineId(),
    item,
    day,
    second,
    cnt,
    price: item.price,
    doctor: visit.doctor,
    dept: visit.dept,
    trace: visit.scene === 'pharmacy' ? world.newTrace() : undefined,
  };
  visit.lines.push(line);
  return line;
}

function addVisit(
  world: WorldBuilder,
  person: CorpusPerson,
  scene: CorpusScene,
  begin: number,
  options: Parameters<typeof makeVisit>[4] & { readonly diagnosis?: CorpusVisit['diagnosis'] } = {},
): CorpusVisit {
  const made = makeVisit(world, person, scene, begin, options);
  const visit = options.diagnosis ? { ...made, diagnosis: options.diagnosis } : made;
  world.visits.push(visit);
  return visit;
}

/** A line's time on the visit's first day: after its first background line, never at the same second. */
const lineSecond = (visit: CorpusVisit): number =>
  (visit.lines[0]?.second ?? 9 * 3600) + (visit.scene === 'pharmacy' ? 0 : 53);

function ageAt(person: CorpusPerson, day: number): number {
  return Math.floor((day - person.birth) / 365.25);
}

function pickVisit(
  world: WorldBuilder,
  used: Set<CorpusPerson>,
  fits: (v: CorpusVisit) => boolean,
): CorpusVisit {
  const candidates = world.visits.filter(
    (v) => !used.has(v.person) && v.person.death === undefined && fits(v),
  );
  const visit = world.prng.pick(candidates);
  used.add(visit.person);
  return visit;
}

/** A background stay of at least `minDays` days whose person has no visit within 30 days after it. */
function pickStay(world: WorldBuilder, used: Set<CorpusPerson>, minDays: number): CorpusVisit {
  return pickVisit(
    world,
    used,
    (v) =>
      v.scene === 'inpatient' &&
      v.end - v.begin >= minDays &&
      !world.visits.some(
        (o) => o.person === v.person && o !== v && o.begin > v.begin && o.begin <= v.end + 30,
      ),
  );
}

function pickPerson(
  world: WorldBuilder,
  used: Set<CorpusPerson>,
  fits: (p: CorpusPerson, last: CorpusVisit | undefined) => boolean,
): CorpusPerson {
  const person = world.prng.pick(world.persons.filter((p) => !used.has(p) && fits(p, lastVisit(world, p))));
  used.add(person);
  return person;
}

function lastVisit(world: WorldBuilder, person: CorpusPerson): CorpusVisit | undefined {
  let last: CorpusVisit | undefined;
  for (const v of world.visits) if (v.person === person && (!last || v.end > last.end)) last = v;
  return last;
}

/** The scene a post-death visit takes: the world's most common background scene. */
function pickScene(world: WorldBuilder): CorpusScene {
  return [...world.options.scenes].sort((a, b) => b[1] - a[1])[0]![0];
}
