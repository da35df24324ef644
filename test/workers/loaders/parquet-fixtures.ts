/** Parquet bytes for tests, written with parquet-wasm from an Arrow table built with apache-arrow 17. */
import {
  Float64,
  Int32,
  Int64,
  Table,
  TimestampMillisecond,
  Utf8,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import * as pq from 'parquet-wasm/node';

/** A small fee table: typed columns, `rows` rows, at most `rowGroupSize` rows per row group. */
export function feeParquet(rows: number, rowGroupSize = 1024): Uint8Array {
  const ids = Array.from({ length: rows }, (_, i) => i + 1);
  const table = new Table({
    fee_id: vectorFromArray(
      ids.map((i) => `F${String(i).padStart(6, '0')}`),
      new Utf8(),
    ),
    hilist_code: vectorFromArray(
      ids.map((i) => `0011030000${String(i % 100000).padStart(5, '0')}`),
      new Utf8(),
    ),
    cnt: vectorFromArray(
      ids.map((i) => i % 7),
      new Int32(),
    ),
    psn_id: vectorFromArray(
      ids.map((i) => BigInt(i) * 1000n),
      new Int64(),
    ),
    amt: vectorFromArray(
      ids.map((i) => i / 4),
      new Float64(),
    ),
    fee_time: vectorFromArray(
      ids.map((i) => Date.UTC(2024, 0, 1) + i * 60_000),
      new TimestampMillisecond(),
    ),
  });
  const props = new pq.WriterPropertiesBuilder().setMaxRowGroupSize(rowGroupSize).build();
  return pq.writeParquet(pq.Table.fromIPCStream(tableToIPC(table, 'stream')), props);
}
