/**
 * The small SQL surface that pure worker code (loaders, mapping, validation) needs. The browser worker
 * implements it over DuckDB-WASM's async connection; tests implement it over the same engine's Node
 * bundle, so both run identical SQL.
 */
export interface SqlEngine {
  /** Runs one or more statements and discards any result. */
  exec(sql: string): Promise<void>;
  /**
   * Runs a query and returns plain rows. For small results only (counts, samples, metadata): BIGINT
   * becomes number, DECIMAL and dates should be cast in SQL (to DOUBLE / VARCHAR) by the caller.
   */
  rows<T extends Record<string, unknown> = Record<string, unknown>>(sql: string): Promise<T[]>;
}
