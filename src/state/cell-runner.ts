import { tableFromIPC } from 'apache-arrow';
import type {
  AppError,
  DatasetInfo,
  FindingsSummary,
  KernelApi,
  QueryResult,
  RuleProgress,
} from '../../workers/api';
import type { CellHost, CellRunResult, ResultPage } from '../../core/cells/cell-host';
import { runCellKind } from '../../core/cells/run-cell-kind';
import { fail, ok } from '../../core/shared/errors';
import type { JobId } from '../../core/shared/ids';
import type { AuditEntry } from '../../core/notebook/audit-log';
import type { Cell } from '../../core/notebook/cell-types';
import type { DependencyGraph } from '../../core/notebook/dependency-graph';
import type { Notebook } from '../../core/notebook/notebook-types';
import { quoteIdent } from '../../workers/engine/sql-quote';

/** What a cell's run produced: rows or an error, and the audit-log entry to append (if it ran). */
export interface CellOutcome {
  readonly result?: QueryResult;
  /** A Rule cell's findings summary. */
  readonly findings?: FindingsSummary;
  readonly error?: AppError;
  readonly entry?: AuditEntry;
}

/** What running a cell needs besides the kernel. */
export interface RunCellOptions {
  readonly datasets: readonly DatasetInfo[];
  /** Called with the kernel job id once the cell starts (Cancel uses it). */
  readonly onStart: (jobId: JobId) => void;
  /** A Rule cell's per-rule progress. */
  readonly onRuleProgress?: (progress: RuleProgress) => void;
}

/**
 * Runs one cell on the kernel worker: the browser's host for `runCellKind` (`core/cells/run-cell-kind.ts`),
 * which runs it by its kind and makes its audit entry.
 */
export async function runNotebookCell(
  kernel: KernelApi,
  notebook: Notebook,
  graph: DependencyGraph,
  cell: Cell,
  options: RunCellOptions,
): Promise<CellOutcome> {
  const { result, ...outcome } = await runCellKind(kernelCellHost(kernel), notebook, graph, cell, options);
  return { ...outcome, ...(result ? { result: toQueryResult(result) } : {}) };
}

// ── MERGE ADAPTER (issue 12): remove both functions below when `KernelApi` extends `CellHost` (paged
// results) and the notebook state holds a `CellRunResult` / `ResultPage`; then pass `kernel` as the host
// and the outcome as it is. Until then the kernel returns whole results, so the "first page" is all rows.

/** The kernel worker's current API as a `CellHost`. */
function kernelCellHost(kernel: KernelApi): CellHost {
  return {
    runCell: async (request, jobId) => {
      const r = await kernel.runCell(
        { name: request.name, sql: request.sql, parameters: request.parameters },
        jobId,
      );
      if (!r.ok) return r;
      const { view, ipc, rowCount, columns, elapsedMs } = r.value;
      const firstPage: ResultPage = { ipc, offset: 0, rowCount, totalRows: rowCount, columns };
      return ok({ view, totalRows: rowCount, columns, firstPage, elapsedMs } satisfies CellRunResult);
    },
    resultPage: async (name, offset, limit, jobId) => {
      const from = quoteIdent(name);
      const page = await kernel.query(`SELECT * FROM ${from} LIMIT ${limit} OFFSET ${offset}`, jobId);
      if (!page.ok) return page;
      const { ipc, rowCount, columns } = page.value;
      // A short page ends the result; a full one needs a count (this re-runs the view: the adapter's cost).
      if (rowCount < limit) return ok({ ipc, offset, rowCount, totalRows: offset + rowCount, columns });
      const count = await kernel.query(`SELECT count(*)::DOUBLE AS n FROM ${from}`, jobId);
      if (!count.ok) return fail(count.error);
      const totalRows = Number(tableFromIPC(count.value.ipc).getChild('n')?.get(0) ?? 0);
      return ok({ ipc, offset, rowCount, totalRows, columns });
    },
    runRules: (request, jobId, onProgress) => kernel.runRules(request, jobId, onProgress),
    checkCustomRule: (spec) => kernel.checkCustomRule(spec),
  };
}

/** A SQL run or a chart's page as the notebook state holds results today. */
function toQueryResult(result: CellRunResult | ResultPage): QueryResult {
  return 'firstPage' in result
    ? {
        ipc: result.firstPage.ipc,
        rowCount: result.totalRows,
        columns: result.columns,
        elapsedMs: result.elapsedMs,
      }
    : { ipc: result.ipc, rowCount: result.rowCount, columns: result.columns, elapsedMs: 0 };
}
