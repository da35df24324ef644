import type { CellParameter, KernelApi } from '../workers/api';
import { newJobId } from '../core/shared/ids';
import type { SqlCell } from '../core/notebook/cell-types';
import type { CellReport } from './run-report';

/**
 * Runs a SQL cell through the kernel, as the app does: it becomes the view named after the cell
 * (parameters through the engine's parameter table), its result is kept in the kernel and its rows are
 * counted (no page is fetched: the CLI writes no SQL result). `withHash` adds the result's digest
 * (`resultDigest`: order-independent, docs/results.md). A failure is reported, not thrown.
 */
export async function runSqlCell(
  kernel: Pick<KernelApi, 'runCell' | 'resultDigest'>,
  cell: SqlCell,
  parameters: readonly CellParameter[],
  withHash: boolean,
): Promise<CellReport> {
  const started = performance.now();
  const base = { id: cell.id, type: cell.type, name: cell.name };
  const failed = (error: CellReport['error']): CellReport => ({
    ...base,
    status: 'failed',
    ms: Math.round(performance.now() - started),
    ...(error ? { error } : {}),
  });
  const result = await kernel.runCell(
    { name: cell.name, sql: cell.source, parameters, pageSize: 0 },
    newJobId(),
  );
  if (!result.ok) return failed(result.error);
  let digest: string | undefined;
  if (withHash) {
    const hashed = await kernel.resultDigest(cell.name);
    if (!hashed.ok) return failed(hashed.error);
    digest = hashed.value;
  }
  return {
    ...base,
    status: 'done',
    ms: Math.round(result.value.elapsedMs),
    rows: result.value.totalRows,
    ...(digest ? { resultSha256: digest } : {}),
  };
}
