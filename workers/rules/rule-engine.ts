import type { KernelSql } from '../engine/sql-engine';

/**
 * What the rule kernel needs from an engine: the browser's DuckDB-WASM, the same engine under Node, or
 * native DuckDB for the headless runner. Each runs identical SQL. `exec`, `rows` and `execPrepared` run
 * where user SQL runs (a custom rule's query runs there, so it cannot reach the kernel's tables);
 * `kernelSql` is the kernel's private connection, where the per-run tables live as TEMP tables.
 */
export interface RuleEngine {
  /** Runs one statement, interruptible through `signal`. */
  exec(sql: string, options?: { readonly signal?: AbortSignal }): Promise<void>;
  /** Runs a small query and returns plain rows (BIGINT as number; cast DECIMAL to DOUBLE in SQL). */
  rows<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Runs ONE statement as a prepared statement with `?` arguments; several statements are refused. */
  execPrepared(sql: string, args: readonly (string | number | null)[]): Promise<void>;
  /** The kernel's private connection (rule parameters, hits, metadata and risk units live there). */
  readonly kernelSql: KernelSql;
}
