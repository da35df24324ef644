import { Field, Int32, makeData, RecordBatch, Schema, Struct, Table, tableToIPC, Utf8 } from 'apache-arrow';

/** A column of an Arrow batch built by hand: whole numbers or text. */
export type ArrowColumn =
  | { readonly name: string; readonly type: 'int32'; readonly values: readonly number[] }
  | { readonly name: string; readonly type: 'utf8'; readonly values: readonly string[] };

/**
 * An Arrow IPC stream of one batch with these columns (all the same length, at least one row). Built
 * with makeData, not vectorFromArray: Arrow's builders compile code with `new Function`, which the
 * Content-Security-Policy forbids (see loaders/empty-arrow.ts). User text travels as data, never as SQL.
 */
export function arrowIpc(columns: readonly ArrowColumn[]): Uint8Array {
  const length = columns[0]?.values.length ?? 0;
  const fields = columns.map((c) => new Field(c.name, c.type === 'int32' ? new Int32() : new Utf8(), false));
  const children = columns.map((c) => (c.type === 'int32' ? int32Data(c.values) : utf8Data(c.values)));
  const data = makeData({ type: new Struct(fields), length, nullCount: 0, children });
  return tableToIPC(new Table([new RecordBatch(new Schema(fields), data)]), 'stream');
}

function int32Data(values: readonly number[]) {
  return makeData({ type: new Int32(), length: values.length, nullCount: 0, data: Int32Array.from(values) });
}

function utf8Data(values: readonly string[]) {
  const encoder = new TextEncoder();
  const encoded = values.map((v) => encoder.encode(v));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => (valueOffsets[i + 1] = (valueOffsets[i] as number) + bytes.length));
  const data = new Uint8Array(valueOffsets[values.length] as number);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i] as number));
  return makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data });
}
