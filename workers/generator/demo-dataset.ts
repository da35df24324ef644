import { CsvBuffer } from './csv-writer';
import { GENERATED_TABLES, generateCsv, type GenerateOptions } from './generate-dataset';
import { PersonRecordBuilder } from './person-record';
import { rowStyle } from './row-style';
import { headerOf } from './table-columns';
import { addFeeRecords, setlRecord } from './table-records';
import { createWorld } from './world';

/** The fixed options of the built-in demo dataset (about 1,400 people, 2,100 settlements, 30,000 fee lines). */
export const DEMO_OPTIONS: GenerateOptions = { seed: 20240101, lines: 30_000, headers: 'code' };

/**
 * The demo dataset as in-memory CSV files (psn.csv, medins.csv, setl.csv, fee.csv,
 * kb_restriction.csv) with national field names. Byte for byte the same as streaming each table with
 * generateCsv(table, DEMO_OPTIONS), but settlements and fee lines are written in one pass over the
 * people, so it builds in a fraction of a second.
 */
export function generateDemoFiles(): { name: string; text: string }[] {
  const world = createWorld(DEMO_OPTIONS);
  const style = rowStyle(DEMO_OPTIONS.headers);
  const setl = new CsvBuffer(headerOf('setl', DEMO_OPTIONS.headers), style.eol);
  const fee = new CsvBuffer(headerOf('fee', DEMO_OPTIONS.headers), style.eol);
  const builder = new PersonRecordBuilder(world);
  for (let i = 0; i < world.sizes.persons; i += 1) {
    const { person, settlements } = builder.build(i);
    for (const s of settlements) {
      setl.add(setlRecord(s, person, style));
      addFeeRecords(s, person, style, fee);
    }
  }
  const joined = { setl: setl.take(), fee: fee.take() };
  return GENERATED_TABLES.map((table) => ({
    name: `${table}.csv`,
    text:
      table === 'setl' || table === 'fee' ? joined[table] : [...generateCsv(table, DEMO_OPTIONS)].join(''),
  }));
}
