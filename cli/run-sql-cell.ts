import type { CellParameter, KernelApi } from '../workers/api';
import { newJobId } from '../core/shared/ids';
import type { SqlCell } from '../core/notebook/cell-types';
import type { CellReport } from './run-report';

/**
 * Runs a SQL cell through the kernel, as the app does: it becomes the view named after the cell
 * (parameters through the engine's parameter table), and its rows are counted. `withHash` keeps the
 * result's SHA-256 (only where the engine gives the result's Arrow bytes). A failure is reported, not
 * thrown.
 */
export async function runSqlCell(
  kernel: Pick<KernelApi, 'runCell'>,
  cell: SqlCell,
  parameters: readonly CellParameter[],
  withHash: boolean,
): Promise<CellReport> {
  const started = performance.now();
  const base = { id: cell.id, type: cell.type, name: cell.name };
  const result = await kernel.runCell({ name: cell.name, sql: cell.source, parameters }, newJobId());
  if (!result.ok)
    return { ...base, status: 'failed', ms: Math.round(performance.now() - started), error: result.error };
  return {
    ...base,
    status: 'done',
    ms: Math.round(result.value.elapsedMs),
    rows: result.value.rowCount,
    ...(withHash ? { resultSha256: result.value.resultSha256 } : {}),
  };
}
