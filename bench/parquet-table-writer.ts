import { createWriteStream, openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type * as ParquetWasmNode from 'parquet-wasm/node';
import { CsvColumnEncoder } from './csv-column-encoder';

/** Rows per Parquet row group: what the app's loader reads (and holds) at a time. */
export const ROW_GROUP_ROWS = 128 * 1024;

/** Rows per Arrow batch handed to the Parquet writer; several make one row group. */
const BATCH_ROWS = 32 * 1024;

/** How a table came out. */
export interface ParquetTableSummary {
  readonly rows: number;
  readonly bytes: number;
}

type ParquetWasm = typeof ParquetWasmNode;

/**
 * Writes CSV text chunks (header first, as `generateCsv` streams them) to a Parquet file: every column
 * Utf8 named by the header, empty fields null, ZSTD, row groups of ROW_GROUP_ROWS. Streamed through
 * parquet-wasm's `transformParquetStream`, which pulls one Arrow batch at a time and emits each row group
 * as it completes, so memory holds about one row group however long the table is.
 */
export async function writeParquetTable(
  chunks: Iterable<string>,
  file: string,
  rowGroupRows = ROW_GROUP_ROWS,
): Promise<ParquetTableSummary> {
  const pq: ParquetWasm = await import('parquet-wasm/node');
  const source = new BatchSource(chunks, pq, Math.min(BATCH_ROWS, rowGroupRows));
  const props = new pq.WriterPropertiesBuilder()
    .setCompression(pq.Compression.ZSTD)
    .setMaxRowGroupSize(rowGroupRows)
    .setCreatedBy('ClaimLens bench/generate')
    .build();
  const input = new ReadableStream({ pull: (controller) => source.pull(controller) }, { highWaterMark: 0 });
  let output: ReadableStream<Uint8Array>;
  try {
    output = await pq.transformParquetStream(input, props);
  } catch (e) {
    source.rethrow();
    throw e;
  }
  await pipeline(Readable.fromWeb(output as WebReadableStream<Uint8Array>), createWriteStream(file));
  source.rethrow();
  // The wasm writer drops a batch it cannot write without saying so: count what the file holds.
  const written = await fileRows(pq, file);
  if (written !== source.rows) throw new Error(`${file}: wrote ${written} rows, expected ${source.rows}`);
  return { rows: source.rows, bytes: (await stat(file)).size };
}

/** Produces wasm record batches on demand from the CSV chunks. */
class BatchSource {
  rows = 0;
  private readonly encoder = new CsvColumnEncoder();
  private readonly iterator: Iterator<string>;
  private batches = 0;
  private error: unknown = null;

  constructor(
    chunks: Iterable<string>,
    private readonly pq: ParquetWasm,
    private readonly batchRows: number,
  ) {
    this.iterator = chunks[Symbol.iterator]();
  }

  pull(controller: ReadableStreamDefaultController): void {
    try {
      let done = false;
      while (!done && this.encoder.rows < this.batchRows) {
        const next = this.iterator.next();
        if (next.done) {
          this.encoder.end();
          done = true;
        } else this.encoder.push(next.value);
      }
      // A table without rows still needs one (empty) batch: the writer takes the schema from it.
      if (this.encoder.rows > 0 || this.batches === 0) controller.enqueue(this.batch());
      if (done) controller.close();
    } catch (e) {
      // Erroring the stream would leave the wasm writer looping on it: end it and report afterwards.
      this.error = e;
      controller.close();
    }
  }

  /** Throws what went wrong while producing batches, if anything did. */
  rethrow(): void {
    if (this.error !== null) throw this.error;
  }

  private batch(): unknown {
    this.rows += this.encoder.rows;
    this.batches += 1;
    const table = this.pq.Table.fromIPCStream(this.encoder.takeIpc());
    const batch = table.recordBatch(0);
    table.free();
    if (!batch) throw new Error('Arrow IPC stream without a batch');
    return batch;
  }
}

async function fileRows(pq: ParquetWasm, file: string): Promise<number> {
  const handle = await pq.ParquetFile.fromFile(await openAsBlob(file));
  try {
    const meta = handle.metadata();
    const fileMeta = meta.fileMetadata();
    const rows = fileMeta.numRows();
    fileMeta.free();
    meta.free();
    return rows;
  } finally {
    handle.free();
  }
}
