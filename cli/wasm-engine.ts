import { createNodeEngine } from '../node/engine/duckdb-node-engine';
import { nodeCellEngine } from '../node/engine/node-cell-engine';
import type { CliEngine } from './cli-engine';
import { localPathOf } from './local-files';

/**
 * DuckDB-WASM under Node: the browser's own engine and build, locked down the same way, one thread.
 * Local files are read in place through Node's file system rather than copied into wasm memory.
 */
export async function createWasmEngine(): Promise<CliEngine> {
  const engine = await createNodeEngine();
  const cells = nodeCellEngine(engine);
  const [version] = await engine.rows<{ v: string }>('SELECT version() AS v');
  return {
    kind: 'wasm',
    duckdbVersion: version?.v ?? 'unknown',
    threads: 1,
    exec: (sql) => engine.exec(sql),
    rows: (sql) => engine.rows(sql),
    execPrepared: (sql, args) => engine.execPrepared(sql, args),
    queryIpc: (sql, signal) => cells.queryIpc(sql, signal),
    async registerBlob(name, blob) {
      const local = localPathOf(blob);
      if (local) await engine.registerLocalFile(name, local);
      else await engine.registerBlob(name, blob);
    },
    registerBuffer: (name, bytes) => engine.registerBuffer(name, bytes),
    dropFile: (name) => engine.dropFile(name),
    fileReadFailures: () => engine.fileReadFailures(),
    insertArrowIpc: (table, bytes, create) => engine.insertArrowIpc(table, bytes, create),
    kernelSql: engine.kernelSql,
    close: () => engine.close(),
  };
}
