import { assertNever } from '../../core/shared/invariant';
import { CsvBuffer } from './csv-writer';
import type { GenerateOptions } from './generate-options';
import { restrictionRows } from './kb-restriction';
import { PersonRecordBuilder, type PersonRecord } from './person-record';
import { derivePerson } from './population';
import { rowStyle, type RowStyle } from './row-style';
import { addAnswerRecords } from './scenarios/answer-records';
import { addDeathRecords } from './scenarios/death-records';
import { priceCapRows } from './scenarios/price-cap-rows';
import { patternsFor } from './scenarios/scenario-patterns';
import { scenariosOn } from './scenarios/scenario-options';
import { GENERATED_TABLES, SCENARIO_TABLES, headerOf, type GeneratedTable } from './table-columns';
import { addFeeRecords, drgFields, medinsRecord, psnRecord, setlRecord } from './table-records';
import { createWorld, type World } from './world';

export { GENERATED_TABLES, SCENARIO_TABLES, type GeneratedTable };
export type { GenerateOptions };

/**
 * The tables a dataset with these options has: GENERATED_TABLES, plus `kb_price_cap`, `death` and
 * `answers` when scenarios are planted. (generateCsv writes any table: `answers` without scenarios is a header only.)
 */
export function generatedTables(options: GenerateOptions): readonly GeneratedTable[] {
  return scenariosOn(options) ? [...GENERATED_TABLES, ...SCENARIO_TABLES] : GENERATED_TABLES;
}

/**
 * Streams one table of a synthetic settlement dataset as CSV text chunks (~64 KB each, header first).
 * Deterministic: the same options give the same text on every platform. Each table is derived on its
 * own (fee lines from per-person seeded streams), so tables can be streamed one after another with
 * memory bounded by one chunk, and they still agree key for key.
 */
export function* generateCsv(table: GeneratedTable, options: GenerateOptions): Generator<string> {
  const world = createWorld(options);
  const style = rowStyle(options.headers);
  const planting = scenariosOn(options);
  const out = new CsvBuffer(headerOf(table, options.headers, planting), style.eol);
  for (const _ of fillTable(table, world, options, style, out)) yield out.take();
  const rest = out.take();
  if (rest.length > 0) yield rest;
}

/** The tables derived person by person: their rows come from one `PersonRecordBuilder.build`. */
export type PersonTable = 'setl' | 'fee' | 'answers';

/**
 * Adds one person's rows of `table` to `out`. With scenarios planted, settlements carry their DRG
 * fields and fee lines their trace codes.
 */
export function addPersonRows(
  table: PersonTable,
  record: PersonRecord,
  style: RowStyle,
  planting: boolean,
  out: CsvBuffer,
): void {
  if (table === 'answers') {
    addAnswerRecords(record, out);
    return;
  }
  for (const s of record.settlements) {
    if (table === 'fee') addFeeRecords(s, record.person, style, out, planting);
    else
      out.add(
        planting ? setlRecord(s, record.person, style) + drgFields(s) : setlRecord(s, record.person, style),
      );
  }
}

/** Adds a table's records to `out`, pausing (yielding) whenever a chunk is full. */
function* fillTable(
  table: GeneratedTable,
  world: World,
  options: GenerateOptions,
  style: RowStyle,
  out: CsvBuffer,
): Generator<void> {
  const persons = world.sizes.persons;
  switch (table) {
    case 'psn':
      for (let i = 0; i < persons; i += 1) {
        out.add(psnRecord(derivePerson(world, i), style));
        if (out.isFull) yield;
      }
      return;
    case 'medins':
      for (const inst of world.institutions) out.add(medinsRecord(inst, style));
      return;
    case 'setl':
    case 'fee':
    case 'answers': {
      const builder = new PersonRecordBuilder(world, patternsFor(options));
      const planting = scenariosOn(options);
      for (let i = 0; i < persons; i += 1) {
        addPersonRows(table, builder.build(i), style, planting, out);
        if (out.isFull) yield;
      }
      return;
    }
    case 'kb_restriction':
      for (const row of restrictionRows()) out.add(`${row.code},${row.kind},${row.param},${row.source}`);
      return;
    case 'death':
      yield* addDeathRecords(world, options, style, out);
      return;
    case 'kb_price_cap':
      for (const row of priceCapRows()) out.add(`${row.code},${row.medins_lv},${row.max_pric},${row.source}`);
      return;
    default:
      assertNever(table, 'table');
  }
}
