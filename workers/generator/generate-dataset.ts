import { CsvBuffer } from './csv-writer';
import type { GenerateOptions } from './generate-options';
import { restrictionRows } from './kb-restriction';
import { PersonRecordBuilder } from './person-record';
import { derivePerson } from './population';
import { rowStyle, type RowStyle } from './row-style';
import { GENERATED_TABLES, headerOf, type GeneratedTable } from './table-columns';
import { addFeeRecords, medinsRecord, psnRecord, setlRecord } from './table-records';
import { createWorld, type World } from './world';

export { GENERATED_TABLES, type GeneratedTable };
export type { GenerateOptions };

/**
 * Streams one table of a synthetic settlement dataset as CSV text chunks (~64 KB each, header first).
 * Deterministic: the same options give the same text on every platform. Each table is derived on its
 * own (fee lines from per-person seeded streams), so tables can be streamed one after another with
 * memory bounded by one chunk, and they still agree key for key.
 */
export function* generateCsv(table: GeneratedTable, options: GenerateOptions): Generator<string> {
  const world = createWorld(options);
  const style = rowStyle(options.headers);
  const out = new CsvBuffer(headerOf(table, options.headers), style.eol);
  for (const _ of fillTable(table, world, style, out)) yield out.take();
  const rest = out.take();
  if (rest.length > 0) yield rest;
}

/** Adds a table's records to `out`, pausing (yielding) whenever a chunk is full. */
function* fillTable(table: GeneratedTable, world: World, style: RowStyle, out: CsvBuffer): Generator<void> {
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
    case 'fee': {
      const builder = new PersonRecordBuilder(world);
      for (let i = 0; i < persons; i += 1) {
        const { person, settlements } = builder.build(i);
        for (const s of settlements) {
          if (table === 'setl') out.add(setlRecord(s, person, style));
          else addFeeRecords(s, person, style, out);
        }
        if (out.isFull) yield;
      }
      return;
    }
    case 'kb_restriction':
      for (const row of restrictionRows()) out.add(`${row.code},${row.kind},${row.param},${row.source}`);
      return;
  }
}
