import { guardWasmPanics } from './wasm-panic-guard';

/** An open Parquet file, read one row group at a time. */
export interface ParquetSource {
  readonly numRows: number;
  /** Rows in each row group. */
  readonly rowGroupRows: readonly number[];
  /** One row group as an Arrow IPC stream. Rejects (never hangs) on corrupt data. */
  readRowGroup(index: number): Promise<Uint8Array>;
  /** The file's schema as an Arrow IPC stream without batches. */
  schemaIpc(): Uint8Array;
  /** Frees the wasm-side handle. */
  close(): void;
}

/**
 * Reads Parquet files (DuckDB-WASM's Parquet extension is not available offline, so `parquet-wasm`
 * does it). Injected so the same loader runs with the Node build in tests and the ESM build in the
 * browser worker: see `parquet-node.ts` and `parquet-browser.ts`.
 */
export interface ParquetApi {
  /** Opens a file from a Blob/File without reading it all; rejects when the footer is unreadable. */
  open(file: Blob): Promise<ParquetSource>;
}

/** The part of a parquet-wasm build (node or esm: same API, distinct classes) the loader uses. */
export interface ParquetWasmModule {
  readonly ParquetFile: { fromFile(handle: Blob): Promise<WasmParquetFile> };
}

interface Freeable {
  free(): void;
}

interface WasmParquetFile extends Freeable {
  metadata(): Freeable & {
    numRowGroups(): number;
    rowGroup(i: number): Freeable & { numRows(): number };
    fileMetadata(): Freeable & { numRows(): number };
  };
  schema(): { intoIPCStream(): Uint8Array };
  read(options?: { rowGroups?: number[] } | null): Promise<{ intoIPCStream(): Uint8Array }>;
}

/** Adapts a parquet-wasm build to {@link ParquetApi}. */
export function parquetApiFrom(module: ParquetWasmModule): ParquetApi {
  return {
    async open(file) {
      const handle = await guardWasmPanics(() => module.ParquetFile.fromFile(file));
      const meta = handle.metadata();
      const fileMeta = meta.fileMetadata();
      const numRows = fileMeta.numRows();
      fileMeta.free();
      const rowGroupRows = Array.from({ length: meta.numRowGroups() }, (_, i) => {
        const group = meta.rowGroup(i);
        const rows = group.numRows();
        group.free();
        return rows;
      });
      meta.free();
      return {
        numRows,
        rowGroupRows,
        async readRowGroup(index) {
          const table = await guardWasmPanics(() => handle.read({ rowGroups: [index] }));
          return table.intoIPCStream();
        },
        schemaIpc: () => handle.schema().intoIPCStream(),
        close: () => handle.free(),
      };
    },
  };
}
