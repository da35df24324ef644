/**
 * Fee lines a person generates in a year on average (measured over several seeds with
 * `bench/generate.ts`): the population is sized from the requested line count with it.
 */
export const LINES_PER_PERSON = 21.9;

/** How many of each entity a dataset of `lines` fee lines has. */
export interface Sizes {
  readonly persons: number;
  readonly cities: number;
  readonly hospitals: number;
  readonly clinics: number;
  readonly pharmacies: number;
}

/**
 * Scales the population linearly with the requested fee lines and institutions with its square root
 * (a city's hospitals grow more slowly than its population), with at least one of each kind per city.
 */
export function sizesFor(lines: number): Sizes {
  const persons = Math.max(20, Math.round(lines / LINES_PER_PERSON));
  const root = Math.sqrt(persons);
  const cities = Math.min(12, Math.max(2, Math.round(root / 12)));
  return {
    persons,
    cities,
    hospitals: Math.max(cities + 1, Math.round(root * 0.25)),
    clinics: Math.max(cities, Math.round(root * 0.45)),
    pharmacies: Math.max(cities, Math.round(root * 0.6)),
  };
}
