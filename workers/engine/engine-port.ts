import type { ColumnInfo } from '../../core/cells/cell-host';
import type { FileEngine, KernelSql } from './sql-engine';

/** Which engine stands behind a port: the browser's DuckDB-WASM, the same wasm under Node, or native DuckDB. */
export type EngineKind = 'browser' | 'wasm' | 'native';

/** A query's result as one Arrow IPC stream, with its size and columns. */
export interface IpcResult {
  /** Arrow IPC stream bytes (empty where the engine gives no Arrow: native DuckDB counts rows only). */
  readonly ipc: Uint8Array;
  readonly rowCount: number;
  readonly columns: readonly ColumnInfo[];
}

/** Options for starting an engine. */
export interface EngineStartOptions {
  /**
   * Called once the engine is downloading its wasm: from then on the caller may do its own work (the
   * browser kernel generates the demo then) without delaying the engine's start.
   */
  readonly onDownloadStarted?: () => void;
}

/**
 * Everything the kernel needs from an engine, and nothing more: one interface that the browser engine
 * (workers/engine/duckdb-browser-engine.ts), DuckDB-WASM under Node (node/engine/node-engine-port.ts)
 * and native DuckDB (cli/native-engine.ts) implement, so `createKernel` runs unchanged on every host.
 *
 * `exec`, `rows`, `execPrepared`, `rowsPrepared` and `queryIpc` run where user SQL runs (SQL cells,
 * custom rules, findings queries); `kernelSql` is the kernel's private connection for its own tables.
 */
export interface EnginePort extends FileEngine {
  readonly kind: EngineKind;
  /** DuckDB's version, e.g. `v1.4.3`. */
  readonly version: string;
  /**
   * Statements run through `exec` and `rows`, in order, with `-- register <path> <file name>` lines for
   * registered files: what was done to the user's data (the benchmark replays it on native DuckDB).
   */
  readonly log: readonly string[];
  /** The kernel's private connection (rule parameters, hits, the hidden answer key live there). */
  readonly kernelSql: KernelSql;
  /** Runs ONE statement as a prepared statement with `?` arguments (several statements are refused). */
  execPrepared(sql: string, args: readonly (string | number | null)[]): Promise<void>;
  /** Runs ONE query as a prepared statement with `?` arguments and returns plain rows. */
  rowsPrepared<T extends object>(sql: string, args: readonly (string | number | null)[]): Promise<T[]>;
  /** Runs a query (cancellable through `signal`) and returns its result as Arrow IPC stream bytes. */
  queryIpc(sql: string, signal: AbortSignal): Promise<IpcResult>;
}

/** Starts an engine: the host's own way (a nested worker in the browser, the node bundle, native DuckDB). */
export type StartEngine = (options: EngineStartOptions) => Promise<EnginePort>;
