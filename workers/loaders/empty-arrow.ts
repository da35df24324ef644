import {
  DataType,
  Field,
  makeData,
  RecordBatch,
  Schema,
  Struct,
  Table,
  tableFromIPC,
  tableToIPC,
} from 'apache-arrow';

/**
 * An Arrow IPC stream with the given schema and one zero-row batch, so an empty Parquet file still
 * creates a table with its columns. DuckDB-WASM refuses a stream with no batch ("must have at least
 * one column") and a zero-row dictionary column without a dictionary batch, so dictionary columns take
 * their value type (they would load as that type anyway).
 */
export function emptyArrowIpc(schemaIpc: Uint8Array): Uint8Array {
  const source = tableFromIPC(schemaIpc).schema;
  const fields = source.fields.map(
    (f) =>
      new Field(f.name, DataType.isDictionary(f.type) ? f.type.dictionary : f.type, f.nullable, f.metadata),
  );
  const schema = new Schema(fields, source.metadata);
  // makeData, not vectorFromArray: the builders compile code with `new Function`, which the CSP forbids.
  const children = fields.map((f) => emptyData(f.type));
  const data = makeData({ type: new Struct(fields), length: 0, nullCount: 0, children });
  return tableToIPC(new Table([new RecordBatch(schema, data)]), 'stream');
}

/** Zero-length data of any type, nested types included, built without Arrow's code-generating builders. */
function emptyData(type: DataType): ReturnType<typeof makeData> {
  const children = (type.children ?? []).map((c: Field) => emptyData(c.type));
  return makeData({ type, length: 0, nullCount: 0, children } as Parameters<typeof makeData>[0]);
}
