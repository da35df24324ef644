/**
 * What the rule kernel needs from an engine: the browser's DuckDB-WASM, the same engine under Node, or
 * native DuckDB for the headless runner. Each runs identical SQL.
 */
export interface RuleEngine {
  /** Runs one trusted statement (the library's own SQL), interruptible through `signal`. */
  exec(sql: string, options?: { readonly signal?: AbortSignal }): Promise<void>;
  /** Runs a small query and returns plain rows (BIGINT as number; cast DECIMAL to DOUBLE in SQL). */
  rows<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Runs ONE statement as a prepared statement with `?` arguments; several statements are refused. */
  execPrepared(sql: string, args: readonly (string | number | null)[]): Promise<void>;
}
