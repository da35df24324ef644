import type { FileEngine } from '../workers/engine/sql-engine';
import type { CellEngine } from '../workers/kernel/run-cell';
import type { RuleEngine } from '../workers/rules/rule-engine';
import type { EngineKind } from './parse-args';

/**
 * What a headless run needs from an engine: the loaders' file surface, the SQL cells' surface and the
 * rule kernel's surface, over DuckDB-WASM or native DuckDB. Both run the same statements.
 */
export interface CliEngine extends FileEngine, CellEngine, RuleEngine {
  readonly kind: EngineKind;
  /** DuckDB's version, e.g. `v1.4.3`. */
  readonly duckdbVersion: string;
  readonly threads: number;
  rows<T extends Record<string, unknown> = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}
