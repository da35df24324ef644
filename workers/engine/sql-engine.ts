import type { FileReadFailure } from './file-read-failures';

/**
 * Options for a statement that may run long. (No progress percentage: DuckDB-WASM's progress callback
 * compiles code with `new Function`, which the Content-Security-Policy forbids; it breaks the query.)
 */
export interface ExecOptions {
  /** Aborting interrupts the running DuckDB query (browser: `conn.cancelSent()`). */
  readonly signal?: AbortSignal;
}

/**
 * The small SQL surface that pure worker code (loaders, mapping, validation) needs. The browser worker
 * implements it over DuckDB-WASM's async connection; tests implement it over the same engine's Node
 * bundle, so both run identical SQL.
 */
export interface SqlEngine {
  /** Runs one statement and discards any result. Rejects with DuckDB's error (or an AbortError). */
  exec(sql: string, options?: ExecOptions): Promise<void>;
  /**
   * Runs a query and returns plain rows. For small results only (counts, samples, metadata): BIGINT
   * becomes number; cast DECIMAL and dates in SQL (to DOUBLE / VARCHAR).
   */
  rows<T extends Record<string, unknown> = Record<string, unknown>>(sql: string): Promise<T[]>;
}

/**
 * The kernel's private connection: the only connection that sees the kernel's own tables (rule
 * parameters, hits, metadata and risk units, the workshop's hidden answer key). They are TEMP tables,
 * and DuckDB keeps TEMP objects per connection: from any other connection no name reaches them, not
 * `_cl_answers`, `temp.main._cl_answers`, `claims.main._cl_answers`, `query_table('_cl_answers')`, nor
 * `duckdb_tables()` or `information_schema` (test/workers/kernel/kernel-tables.test.ts). User SQL (SQL
 * cells, ad-hoc queries, custom rules) never runs here; only the kernel's own trusted statements do.
 */
export interface KernelSql extends SqlEngine {
  /** Runs ONE trusted statement as a prepared statement with `?` arguments. */
  execPrepared(sql: string, args: readonly (string | number | null)[]): Promise<void>;
}

/** What loaders need beyond SQL: making files readable by the engine and inserting Arrow data. */
export interface FileEngine extends SqlEngine {
  /** Makes a Blob/File readable at `path` (which must start with CLAIMS_DIR), read in place when possible. */
  registerBlob(path: string, blob: Blob): Promise<void>;
  /** Makes bytes readable at `path` (which must start with CLAIMS_DIR). */
  registerBuffer(path: string, bytes: Uint8Array): Promise<void>;
  /** Forgets a registered file. */
  dropFile(path: string): Promise<void>;
  /**
   * Every read of a registered file that failed so far, in order (the browser's file reader can fail
   * under memory pressure, and DuckDB would take the failure for the end of the file). Reads that a
   * retry recovered are listed with `recovered`. Always empty where files are read natively (Node).
   */
  fileReadFailures(): readonly FileReadFailure[];
  /** Inserts an Arrow IPC stream into `table` (creating it when `create`). */
  insertArrowIpc(table: string, bytes: Uint8Array, create: boolean): Promise<void>;
}
