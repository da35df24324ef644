import type { EnginePort } from '../workers/engine/engine-port';
import type { EngineKind } from './parse-args';

/**
 * The headless runner's engine: a kernel engine port (the same port the browser engine implements) over
 * DuckDB-WASM or native DuckDB, plus what the run reports about it and the means to close it.
 */
export interface CliEngine extends EnginePort {
  readonly kind: EngineKind;
  /** DuckDB's version, e.g. `v1.4.3` (the port's `version`). */
  readonly duckdbVersion: string;
  readonly threads: number;
  close(): Promise<void>;
}
