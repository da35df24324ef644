import { invariant } from '../../core/shared/invariant';
import { civilFromDays, daysFromCivil, parseIsoDay } from './civil-date';
import { DEFAULT_START_DATE, type GenerateOptions } from './generate-options';
import { buildInstitutions, type Institution } from './institutions';
import { hashParts } from './prng';
import { sizesFor, type Sizes } from './sizing';

/** Institutions of one city, by kind. */
export interface CityInstitutions {
  readonly hospitals: readonly Institution[];
  readonly clinics: readonly Institution[];
  readonly pharmacies: readonly Institution[];
}

/**
 * Everything shared by all rows of one dataset, small enough to hold (institutions, lookup tables).
 * People, visits and fee lines are derived from it on demand, one person at a time.
 */
export interface World {
  readonly seed: number;
  /** Day number of the first day covered, and how many days are covered (one calendar year). */
  readonly startDay: number;
  readonly days: number;
  readonly sizes: Sizes;
  readonly institutions: readonly Institution[];
  readonly byCity: readonly CityInstitutions[];
  /** Hospitals in order, with the first bed slot of each (people are assigned to beds in proportion). */
  readonly hospitals: readonly Institution[];
  readonly bedStart: readonly number[];
  readonly totalBeds: number;
  /** A multiplier coprime to totalBeds that spreads consecutive people over hospitals. */
  readonly bedStride: number;
  /** Keys for the identifier permutations (seed-dependent, so datasets do not share ids). */
  readonly keys: {
    readonly psn: number;
    readonly setl: number;
    readonly mdtrt: number;
    readonly fee: number;
  };
}

const STRIDES = [104729, 1299709, 15485863, 7919];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Builds the shared state of a dataset from its options. */
export function createWorld(options: GenerateOptions): World {
  invariant(Number.isSafeInteger(options.seed), `seed must be an integer: ${options.seed}`);
  invariant(
    Number.isSafeInteger(options.lines) && options.lines > 0,
    `lines must be a positive integer: ${options.lines}`,
  );
  const startDay = parseIsoDay(options.startDate ?? DEFAULT_START_DATE);
  const start = civilFromDays(startDay);
  const days = daysFromCivil(start.y + 1, start.m, start.d) - startDay;
  const sizes = sizesFor(options.lines);
  const institutions = buildInstitutions(options.seed, sizes);
  const byCity = Array.from({ length: sizes.cities }, (_, c) => ({
    hospitals: institutions.filter((i) => i.city === c && i.kind === '医院'),
    clinics: institutions.filter((i) => i.city === c && i.kind === '基层'),
    pharmacies: institutions.filter((i) => i.city === c && i.kind === '药店'),
  }));
  const hospitals = institutions.filter((i) => i.kind === '医院');
  const bedStart: number[] = [];
  let totalBeds = 0;
  for (const h of hospitals) {
    bedStart.push(totalBeds);
    totalBeds += h.openBeds;
  }
  const bedStride = STRIDES.find((s) => gcd(s, totalBeds) === 1) ?? 1;
  const seed = options.seed;
  return {
    seed,
    startDay,
    days,
    sizes,
    institutions,
    byCity,
    hospitals,
    bedStart,
    totalBeds,
    bedStride,
    keys: {
      psn: hashParts(seed, 11),
      setl: hashParts(seed, 12),
      mdtrt: hashParts(seed, 13),
      fee: hashParts(seed, 14),
    },
  };
}

/** The hospital whose beds contain `slot` (0 ≤ slot < totalBeds), by binary search. */
export function hospitalAtSlot(world: World, slot: number): number {
  let lo = 0;
  let hi = world.bedStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((world.bedStart[mid] as number) <= slot) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
