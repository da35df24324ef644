import { CsvBuffer } from './csv-writer';
import {
  addPersonRows,
  generateCsv,
  generatedTables,
  type GenerateOptions,
  type PersonTable,
} from './generate-dataset';
import { PersonRecordBuilder } from './person-record';
import { rowStyle } from './row-style';
import { SCENARIO_CATALOG } from './scenarios/scenario-catalog';
import { SCENARIO_IDS, type ScenarioId } from './scenarios/scenario-ids';
import { patternsFor } from './scenarios/scenario-patterns';
import { headerOf } from './table-columns';
import { createWorld } from './world';

/**
 * The demo's scenario rates: every scenario planted at half its default rate, except the fake-stay
 * ring, whose rate is a chance per block of 100 people — the demo has only 14 blocks, so it keeps a
 * rate that plants one ring.
 */
export const DEMO_SCENARIO_RATES: Readonly<Record<ScenarioId, number>> = Object.fromEntries(
  SCENARIO_IDS.map((id) => [id, id === 'fake-hospital-ring' ? 0.3 : SCENARIO_CATALOG[id].defaultRate / 2]),
) as Record<ScenarioId, number>;

/**
 * The fixed options of the built-in demo dataset (about 1,400 people, 2,100 settlements, 30,000 fee
 * lines), with every fraud scenario planted at a low rate, so the demo is also a small workshop dataset
 * with a hidden answer key.
 */
export const DEMO_OPTIONS: GenerateOptions = {
  seed: 20240101,
  lines: 30_000,
  headers: 'code',
  scenarios: DEMO_SCENARIO_RATES,
};

const PERSON_TABLES: readonly PersonTable[] = ['setl', 'fee', 'answers'];

/**
 * The demo dataset as in-memory CSV files, one per table of `generatedTables(DEMO_OPTIONS)` (psn,
 * medins, setl, fee, kb_restriction, kb_price_cap, death, answers) with national field names. Byte for
 * byte the same as streaming each table with generateCsv(table, DEMO_OPTIONS), but settlements, fee
 * lines and answers are written in one pass over the people, so it builds in a fraction of a second.
 */
export function generateDemoFiles(): { name: string; text: string }[] {
  const world = createWorld(DEMO_OPTIONS);
  const style = rowStyle(DEMO_OPTIONS.headers);
  const buffers = new Map(
    PERSON_TABLES.map((t) => [t, new CsvBuffer(headerOf(t, DEMO_OPTIONS.headers, true), style.eol)]),
  );
  const builder = new PersonRecordBuilder(world, patternsFor(DEMO_OPTIONS));
  for (let i = 0; i < world.sizes.persons; i += 1) {
    const record = builder.build(i);
    for (const [table, out] of buffers) addPersonRows(table, record, style, true, out);
  }
  return generatedTables(DEMO_OPTIONS).map((table) => {
    const joined = buffers.get(table as PersonTable);
    return {
      name: `${table}.csv`,
      text: joined ? joined.take() : [...generateCsv(table, DEMO_OPTIONS)].join(''),
    };
  });
}
