/**
 * The tables a Model cell named `name` writes, known before it runs, so the notebook core (name checks,
 * the dependency graph, stale marking) sees them without the library, which lives in the kernel: the
 * ranked output `name`, `<name>_links` (entity → settlements) and each extra table `<name>_<suffix>`
 * the model declares here. `test/workers/models/model-output-tables.test.ts` checks that every library
 * model's extra tables are listed.
 */
import { MODEL_LINKS_SUFFIX } from '../notebook/cell-types';

/** Extra table suffixes by model id (`benford` writing `<name>_digits` lists `digits`). */
export const MODEL_EXTRA_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  benford: ['digits'],
  duplicates: ['lines'],
  'doctor-outlier': ['drugs'],
};

/** Every table a Model cell named `name` running model `model` writes, output first. */
export function modelOutputTables(name: string, model: string): string[] {
  const extras = Object.hasOwn(MODEL_EXTRA_SUFFIXES, model) ? (MODEL_EXTRA_SUFFIXES[model] ?? []) : [];
  return [name, `${name}${MODEL_LINKS_SUFFIX}`, ...extras.map((suffix) => `${name}_${suffix}`)];
}
