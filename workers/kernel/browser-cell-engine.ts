import type { BrowserEngine } from '../engine/duckdb-browser-engine';
import type { CellEngine } from './run-cell';
import { runQuery } from './run-query';

/** The browser engine as a `CellEngine`: each call on a connection of its own, like every user query. */
export function browserCellEngine(engine: BrowserEngine): CellEngine {
  return {
    rows: (sql) => engine.rows(sql),
    execPrepared: (sql, args) =>
      engine.withConnection(async (conn) => {
        const statement = await conn.prepare(sql);
        try {
          await statement.query(...args);
        } finally {
          await statement.close();
        }
      }),
    queryIpc: async (sql, signal) => {
      const { ipc, rowCount, columns } = await runQuery(engine, sql, signal);
      return { ipc, rowCount, columns };
    },
  };
}
