import type { BrowserEngine } from '../engine/duckdb-browser-engine';
import { arrowToRows } from '../engine/arrow-rows';
import type { FindingsEngine } from '../rules/findings-query';
import { browserCellEngine } from './browser-cell-engine';

/** The browser engine as the rule kernel's engine (findings queries included). */
export function browserRuleEngine(engine: BrowserEngine): FindingsEngine {
  const cells = browserCellEngine(engine);
  return {
    exec: (sql, options) => engine.exec(sql, options),
    rows: (sql) => engine.rows(sql),
    execPrepared: (sql, args) => cells.execPrepared(sql, args),
    kernelSql: engine.kernelSql,
    rowsPrepared: <T extends object>(sql: string, args: readonly (string | number | null)[]) =>
      engine.withConnection(async (conn) => {
        const statement = await conn.prepare(sql);
        try {
          return arrowToRows(await statement.query(...args)) as unknown as T[];
        } finally {
          await statement.close();
        }
      }),
  };
}
