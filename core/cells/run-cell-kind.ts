import type { AppError } from '../shared/errors';
import { newJobId, type JobId } from '../shared/ids';
import type { FindingsSummary, RuleProgress } from '../rules/rule-run-types';
import type { ModelCellResult } from '../models/model-api-types';
import { hashText, type AuditEntry } from '../notebook/audit-log';
import type { Cell } from '../notebook/cell-types';
import type { DependencyGraph } from '../notebook/dependency-graph';
import type { Notebook } from '../notebook/notebook-types';
import { cellDatasets, type DatasetFingerprint } from './cell-datasets';
import type { CellHost, CellParameter, CellRunResult, ResultPage } from './cell-host';
import { isParameterCell } from './parameter/is-parameter-cell';
import { kindOf } from './cell-kinds';

/** Rows in a SQL cell's first page, unless the host asks for another size. */
export const FIRST_PAGE_ROWS = 500;

/** What a cell's run produced: its result or an error, and the audit-log entry to append (if it ran). */
export interface CellOutcome {
  /** A SQL cell's run (with its first page), or the page of rows a chart draws. */
  readonly result?: CellRunResult | ResultPage;
  /** A Rule cell's findings summary. */
  readonly findings?: FindingsSummary;
  /** A Model cell's run: ran (with its first page) or skipped with the reason. */
  readonly model?: ModelCellResult;
  readonly error?: AppError;
  readonly entry?: AuditEntry;
}

/** What running a cell needs besides the host, the notebook and the cell. */
export interface RunCellKindOptions {
  /** The loaded files, fingerprinted in the audit entry when the cell reads their tables. */
  readonly datasets: readonly DatasetFingerprint[];
  /** Rows in a SQL cell's first page (default `FIRST_PAGE_ROWS`). */
  readonly pageSize?: number;
  /** Called with the kernel job id once the cell starts (Cancel uses it). */
  readonly onStart?: (jobId: JobId) => void;
  /** A Rule cell's per-rule progress. */
  readonly onRuleProgress?: (progress: RuleProgress) => void;
  /** The time the entry is stamped with (default: now); a host replaying a run passes its own. */
  readonly now?: () => Date;
}

/**
 * Runs one cell on any host (the browser's kernel worker proxy, or the kernel itself in the CLI and Node
 * tests), by its kind (`core/cells/cell-kinds.ts`). A kind that never runs returns nothing. A run that
 * started and was not cancelled appends an audit entry when its kind logs runs: what ran on which files,
 * never a value computed from the data.
 */
export async function runCellKind(
  host: CellHost,
  notebook: Notebook,
  graph: DependencyGraph,
  cell: Cell,
  options: RunCellKindOptions,
): Promise<CellOutcome> {
  const kind = kindOf(cell);
  if (kind.run === undefined) return {};
  const jobId = newJobId();
  const parameters = notebook.cells
    .filter(isParameterCell)
    .map((c): CellParameter => ({ name: c.name, spec: c.spec }));
  const output = await kind.run(cell, {
    host,
    notebook,
    jobId,
    parameters,
    pageSize: options.pageSize ?? FIRST_PAGE_ROWS,
    onStart: options.onStart ?? (() => undefined),
    ...(options.onRuleProgress ? { onRuleProgress: options.onRuleProgress } : {}),
  });
  const { isNotStarted, ...outcome } = output;
  if (isNotStarted === true || outcome.error?.kind === 'cancelled' || kind.logSummary === undefined)
    return outcome;
  const entry: AuditEntry = {
    time: (options.now?.() ?? new Date()).toISOString(),
    cell: cell.id,
    sourceSha256: await hashText(JSON.stringify(kind.logSummary(cell, parameters))),
    datasets: cellDatasets(notebook.cells, graph, cell.id, options.datasets),
    status: outcome.error ? 'error' : 'done',
  };
  return { ...outcome, entry };
}
