import { tableFromIPC } from 'apache-arrow';
import type { NodeEngine } from './duckdb-node-engine';
import type { CellEngine } from '../../workers/kernel/run-cell';

/** The Node DuckDB-WASM engine as a `CellEngine` (tests and the headless runner). Not cancellable. */
export function nodeCellEngine(engine: NodeEngine): CellEngine {
  return {
    rows: (sql) => engine.rows(sql),
    execPrepared: (sql, args) => engine.execPrepared(sql, args),
    queryIpc: async (sql) => {
      const ipc = await engine.queryIpc(sql);
      const table = tableFromIPC(ipc);
      const columns = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
      return { ipc, rowCount: table.numRows, columns };
    },
  };
}
