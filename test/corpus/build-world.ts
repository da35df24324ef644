import { backgroundItems, DIAGNOSES, GIVEN, SURNAMES } from './corpus-catalogue';
import { dayOf } from './corpus-days';
import type {
  CorpusInstitution,
  CorpusItem,
  CorpusLine,
  CorpusPerson,
  CorpusScene,
  CorpusVisit,
  CorpusWorld,
} from './corpus-model';
import { createPrng, type Prng } from './prng';

/** How a layout spells its ids (person, settlement, line, doctor, traceability code), from a counter. */
export interface IdSpeller {
  person(n: number): string;
  visit(n: number): string;
  line(n: number): string;
  doctor(n: number): string;
  trace(n: number): string;
}

/** What a layout's background looks like. */
export interface WorldOptions {
  readonly seed: number;
  readonly persons: number;
  readonly institutions: readonly CorpusInstitution[];
  /** Background scenes with their weights. */
  readonly scenes: readonly (readonly [CorpusScene, number])[];
  readonly ids: IdSpeller;
  /** Departments (name) charges and stays are billed by. */
  readonly depts: readonly string[];
}

/** A world under construction: the data plus what planting needs to add to it. */
export interface WorldBuilder extends CorpusWorld {
  readonly prng: Prng;
  readonly services: readonly CorpusItem[];
  readonly drugs: readonly CorpusItem[];
  readonly options: WorldOptions;
  newVisitId(): string;
  newLineId(): string;
  newTrace(): string;
  doctorOf(institution: CorpusInstitution): string;
  /** Background lines for a visit of `scene` from `begin` to `end` (pharmacy lines carry trace codes). */
  linesFor(scene: CorpusScene, begin: number, end: number, doctor: string, dept: string): CorpusLine[];
  /** Institutions that can host `scene` (pharmacies have no level; hospitals have one). */
  institutionsFor(scene: CorpusScene): readonly CorpusInstitution[];
}

/** First and last day background care may start on. */
export const PERIOD_START = dayOf(2024, 1, 1);
/** Background visits start no later than this day, leaving room to plant after them. */
export const LAST_BACKGROUND_START = dayOf(2024, 10, 31);
/** The last day planted care may take place on. */
export const PERIOD_END = dayOf(2024, 12, 31);

/**
 * A clean background: each person's visits follow one another with 30–70 days between them, stays do
 * not overlap, no item is charged twice at one time, no background item is restricted by the shipped
 * knowledge and nobody is cared for after death.
 */
export function buildWorld(options: WorldOptions): WorldBuilder {
  const prng = createPrng(options.seed);
  const { services, drugs } = backgroundItems(prng);
  const counters = { visit: 0, line: 0, trace: 0 };
  const doctors = new Map<string, string[]>();
  let doctorCount = 0;
  const institutionsFor = (scene: CorpusScene): readonly CorpusInstitution[] => {
    const fit = options.institutions.filter((i) => (scene === 'pharmacy') === (i.level === undefined));
    return fit.length > 0 ? fit : options.institutions;
  };
  const world: WorldBuilder = {
    prng,
    services,
    drugs,
    options,
    persons: [],
    institutions: options.institutions,
    visits: [],
    newVisitId: () => options.ids.visit(++counters.visit),
    newLineId: () => options.ids.line(++counters.line),
    newTrace: () => options.ids.trace(++counters.trace),
    doctorOf(institution) {
      let list = doctors.get(institution.code);
      if (!list) {
        list = Array.from({ length: 4 }, () => options.ids.doctor(++doctorCount));
        doctors.set(institution.code, list);
      }
      return prng.pick(list);
    },
    linesFor: (scene, begin, end, doctor, dept) => backgroundLines(world, scene, begin, end, doctor, dept),
    institutionsFor,
  };
  for (let n = 1; n <= options.persons; n++) {
    const person = makePerson(prng, options.ids.person(n));
    world.persons.push(person);
    let day = PERIOD_START + prng.int(0, 45);
    let last = day;
    while (day <= LAST_BACKGROUND_START) {
      const scene = weighted(prng, options.scenes);
      const visit = makeVisit(world, person, scene, day);
      world.visits.push(visit);
      last = visit.end;
      day = visit.end + prng.int(30, 70);
    }
    if (prng.chance(0.05)) person.death = last + prng.int(20, 200);
  }
  return world;
}

/** A visit of `scene` starting on `begin`, with background lines. */
export function makeVisit(
  world: WorldBuilder,
  person: CorpusPerson,
  scene: CorpusScene,
  begin: number,
  options: { readonly institution?: CorpusInstitution; readonly los?: number } = {},
): CorpusVisit {
  const { prng } = world;
  const institution = options.institution ?? prng.pick(world.institutionsFor(scene));
  const end = scene === 'inpatient' ? begin + (options.los ?? prng.int(3, 9)) : begin;
  const doctor = world.doctorOf(institution);
  const dept = prng.pick(world.options.depts);
  return {
    id: world.newVisitId(),
    person,
    institution,
    scene,
    begin,
    end,
    diagnosis: prng.pick(DIAGNOSES),
    doctor,
    dept,
    settledAt: 15 * 3600 + prng.int(0, 7200),
    lines: world.linesFor(scene, begin, end, doctor, dept),
  };
}

function backgroundLines(
  world: WorldBuilder,
  scene: CorpusScene,
  begin: number,
  end: number,
  doctor: string,
  dept: string,
): CorpusLine[] {
  const { prng } = world;
  const lines: CorpusLine[] = [];
  const add = (item: CorpusItem, day: number, second: number, cnt: number, trace?: string): void => {
    lines.push({ id: world.newLineId(), item, day, second, cnt, price: item.price, doctor, dept, trace });
  };
  if (scene === 'pharmacy') {
    const second = 9 * 3600 + prng.int(0, 10 * 3600);
    for (const drug of distinct(prng, world.drugs, prng.int(1, 3))) {
      add(drug, begin, second, prng.int(1, 3), world.newTrace());
    }
    return lines;
  }
  if (scene === 'outpatient') {
    let second = 8 * 3600 + prng.int(60, 5 * 3600);
    add(world.services[8]!, begin, second, 1);
    for (const drug of distinct(prng, world.drugs, prng.int(1, 2)))
      add(drug, begin, (second += 97), prng.int(1, 2));
    return lines;
  }
  for (let day = begin; day < end; day++) {
    const second = 7 * 3600 + prng.int(60, 3600);
    add(world.services[0]!, day, second, 1);
    add(world.services[7]!, day, second + 613, 1);
    const extra = prng.pick([...world.services.slice(2, 7), ...world.drugs]);
    add(extra, day, second + 2_544, prng.int(1, 2));
  }
  add(world.services[1]!, end, 9 * 3600 + prng.int(0, 1800), 1);
  return lines;
}

function makePerson(prng: Prng, id: string): CorpusPerson {
  const isChild = prng.chance(0.08);
  const birth = isChild
    ? dayOf(prng.int(2010, 2020), prng.int(1, 12), prng.int(1, 28))
    : dayOf(prng.int(1940, 1998), prng.int(1, 12), prng.int(1, 28));
  return {
    id,
    name: prng.pick(SURNAMES) + prng.pick(GIVEN) + (prng.chance(0.5) ? prng.pick(GIVEN) : ''),
    sex: prng.chance(0.5) ? 1 : 2,
    birth,
  };
}

function weighted<T>(prng: Prng, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let x = prng.next() * total;
  for (const [value, w] of choices) {
    if ((x -= w) < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

function distinct<T>(prng: Prng, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(prng.int(0, pool.length - 1), 1)[0]!);
  return out;
}
