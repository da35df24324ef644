import type { NodeEngine } from './duckdb-node-engine';
import type { FindingsEngine } from '../../workers/rules/findings-query';

/** The Node DuckDB-WASM engine as the rule kernel's engine (tests and the headless runner). Not cancellable. */
export function nodeRuleEngine(engine: NodeEngine): FindingsEngine {
  return {
    exec: (sql) => engine.exec(sql),
    rows: (sql) => engine.rows(sql),
    execPrepared: (sql, args) => engine.execPrepared(sql, args),
    rowsPrepared: (sql, args) => engine.rowsPrepared(sql, args),
    kernelSql: engine.kernelSql,
  };
}
