import { createNodeEnginePort } from '../node/engine/node-engine-port';
import type { CliEngine } from './cli-engine';
import { localPathOf } from './local-files';

/**
 * DuckDB-WASM under Node: the browser's own engine and build, locked down the same way, one thread.
 * Local files are read in place through Node's file system rather than copied into wasm memory.
 */
export async function createWasmEngine(): Promise<CliEngine> {
  const port = await createNodeEnginePort({ localPathOf });
  return { ...port, duckdbVersion: port.version, threads: 1 };
}
