import type { CellParameter } from '../workers/api';
import { sqlError } from '../workers/kernel/engine-errors';
import { runCell } from '../workers/kernel/run-cell';
import { ResultStore } from '../workers/kernel/result-store';
import type { SqlCell } from '../core/notebook/cell-types';
import type { CliEngine } from './cli-engine';
import type { CellReport } from './run-report';

/**
 * Runs a SQL cell as the app does: it becomes the view named after the cell (parameters through the
 * engine's parameter table), and its rows are counted. A failure is reported, not thrown.
 */
export async function runSqlCell(
  engine: CliEngine,
  cellViews: Set<string>,
  cell: SqlCell,
  parameters: readonly CellParameter[],
): Promise<CellReport> {
  const started = performance.now();
  const base = { id: cell.id, type: cell.type, name: cell.name };
  try {
    const results = new ResultStore();
    const result = await runCell(
      engine,
      cellViews,
      { name: cell.name, sql: cell.source, parameters, pageSize: 0 },
      new AbortController().signal,
      results,
    );
    return {
      ...base,
      status: 'done',
      ms: Math.round(result.elapsedMs),
      rows: result.totalRows,
      ...(engine.kind === 'wasm' ? { resultSha256: await results.digest(engine, cell.name) } : {}),
    };
  } catch (e) {
    return { ...base, status: 'failed', ms: Math.round(performance.now() - started), error: sqlError(e) };
  }
}
