import type { AppError, FindingsSummary, KernelApi, ModelCellResult, RuleProgress } from '../../workers/api';
import type { DatasetFingerprint } from '../../core/cells/cell-datasets';
import { runCellKind } from '../../core/cells/run-cell-kind';
import type { JobId } from '../../core/shared/ids';
import type { AuditEntry } from '../../core/notebook/audit-log';
import type { Cell } from '../../core/notebook/cell-types';
import type { DependencyGraph } from '../../core/notebook/dependency-graph';
import type { Notebook } from '../../core/notebook/notebook-types';
import type { CellResult } from './notebook-state';

/** What a cell's run produced: its page of rows or an error, and the audit-log entry to append (if it ran). */
export interface CellOutcome {
  /** A SQL cell's first page, or the rows a chart draws, with the name the kernel pages them from. */
  readonly result?: CellResult;
  /** A Rule cell's findings summary. */
  readonly findings?: FindingsSummary;
  /** A Model cell's run: ran (with its output's first page) or skipped with the reason. */
  readonly model?: ModelCellResult;
  readonly error?: AppError;
  readonly entry?: AuditEntry;
}

/** What running a cell needs besides the kernel. */
export interface RunCellOptions {
  /** The loaded files and knowledge layers, as audit-log fingerprints. */
  readonly datasets: readonly DatasetFingerprint[];
  /** Called with the kernel job id once the cell starts (Cancel uses it). */
  readonly onStart: (jobId: JobId) => void;
  /** A Rule cell's per-rule progress. */
  readonly onRuleProgress?: (progress: RuleProgress) => void;
}

/**
 * Runs one cell on the kernel worker: the browser's host for `runCellKind` (`core/cells/run-cell-kind.ts`),
 * which runs it by its kind and makes its audit entry. The state keeps one page: a SQL cell's first
 * page (the result table asks the kernel for the others), or the rows a chart draws, read from the
 * upstream cell's kept result.
 */
export async function runNotebookCell(
  kernel: KernelApi,
  notebook: Notebook,
  graph: DependencyGraph,
  cell: Cell,
  options: RunCellOptions,
): Promise<CellOutcome> {
  const { result, ...outcome } = await runCellKind(kernel, notebook, graph, cell, options);
  if (result === undefined) return outcome;
  const page: CellResult =
    'firstPage' in result
      ? { source: result.view, page: result.firstPage }
      : { source: cell.type === 'chart' ? cell.from : cell.id, page: result };
  return { ...outcome, result: page };
}
