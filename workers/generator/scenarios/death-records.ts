import type { CsvBuffer } from '../csv-writer';
import type { GenerateOptions } from '../generate-options';
import { deathOf } from '../patterns/service-after-death';
import { derivePerson } from '../population';
import type { RowStyle } from '../row-style';
import type { World } from '../world';
import { activeScenarios } from './scenario-options';

/**
 * Adds the `death` registry's records (columns as in COLUMNS.death) to `out`, pausing when a chunk is
 * full: every person who dies during the year, ordinary deaths and planted ones alike, when
 * `service-after-death` is planted; none otherwise (deaths exist only with that scenario).
 */
export function* addDeathRecords(
  world: World,
  options: GenerateOptions,
  style: RowStyle,
  out: CsvBuffer,
): Generator<void> {
  const rate = activeScenarios(options).find((s) => s.id === 'service-after-death')?.rate;
  if (rate === undefined) return;
  for (let i = 0; i < world.sizes.persons; i += 1) {
    const person = derivePerson(world, i);
    const death = deathOf(world, person, rate);
    if (death) out.add(`${person.psnNo},${person.certno},${style.birthDate(death.day)}`);
    if (out.isFull) yield;
  }
}
