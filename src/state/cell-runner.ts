import type {
  AppError,
  CellParameter,
  DatasetInfo,
  FindingsSummary,
  KernelApi,
  RuleProgress,
} from '../../workers/api';
import type { CellResult } from './notebook-state';
import { parseCustomRule } from '../../core/notebook/custom-rule-text';
import { customRuleError, ruleRunRequest } from './rule-run-request';
import { newJobId, type JobId } from '../../core/shared/ids';
import { msg } from '../../core/shared/msg';
import { hashText, type AuditEntry } from '../../core/notebook/audit-log';
import type { Cell } from '../../core/notebook/cell-types';
import type { DependencyGraph } from '../../core/notebook/dependency-graph';
import type { Notebook } from '../../core/notebook/notebook-types';
import { scanSql } from '../../core/notebook/sql-scan';
import { cellDatasets } from './cell-datasets';

/** The most rows a chart reads: more would make an unreadable plot and a slow page. */
export const CHART_ROW_LIMIT = 50_000;

/** Rows a SQL cell's run brings to the page; the result table asks for the others as it scrolls. */
export const FIRST_PAGE_ROWS = 500;

/** What a cell's run produced: rows or an error, and the audit-log entry to append (if it ran). */
export interface CellOutcome {
  readonly result?: CellResult;
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
 * Runs one cell on the kernel. A SQL cell becomes its view and returns its rows; a chart cell reads
 * the rows of the result it plots, kept in the kernel (at most `CHART_ROW_LIMIT + 1`, so the chart can say it was cut).
 * Both append an audit entry (what ran on which files, never a value computed from the data). Cell types this version cannot run say so.
 */
export async function runNotebookCell(
  kernel: KernelApi,
  notebook: Notebook,
  graph: DependencyGraph,
  cell: Cell,
  options: RunCellOptions,
): Promise<CellOutcome> {
  const jobId = newJobId();
  const parameters = notebook.cells.flatMap((c): CellParameter[] =>
    c.type === 'parameter' ? [{ name: c.name, spec: c.spec }] : [],
  );
  let outcome: { result?: CellResult; findings?: FindingsSummary; error?: AppError };
  switch (cell.type) {
    case 'sql': {
      options.onStart(jobId);
      const r = await kernel.runCell(
        { name: cell.name, sql: cell.source, parameters, pageSize: FIRST_PAGE_ROWS },
        jobId,
      );
      outcome = r.ok ? { result: { source: cell.name, page: r.value.firstPage } } : { error: r.error };
      break;
    }
    case 'chart': {
      options.onStart(jobId);
      // Read from the upstream cell's kept result: its query is not run again.
      const r = await kernel.resultPage(cell.from, 0, CHART_ROW_LIMIT + 1, jobId);
      outcome = r.ok ? { result: { source: cell.from, page: r.value } } : { error: r.error };
      break;
    }
    case 'rule': {
      const request = ruleRunRequest(notebook, cell);
      if (!request.ok) return { error: request.error };
      options.onStart(jobId);
      const r = await kernel.runRules(request.value, jobId, options.onRuleProgress);
      outcome = r.ok ? { findings: r.value } : { error: r.error };
      break;
    }
    case 'custom-rule': {
      const spec = parseCustomRule(cell.rule, cell.source);
      if (!spec.ok) return { error: customRuleError(cell.rule, spec) };
      options.onStart(jobId);
      const r = await kernel.checkCustomRule(spec.value);
      return r.ok ? {} : { error: r.error };
    }
    case 'markdown':
    case 'parameter':
      return {};
    case 'model':
    case 'evidence':
    case 'unknown':
      return { error: cannotRun(cell.type) };
  }
  if (outcome.error?.kind === 'cancelled') return { error: outcome.error };
  const referenced = new Set(scanSql(cell.source).flatMap((t) => (t.kind === 'parameter' ? [t.name] : [])));
  const used = parameters.filter((p) => referenced.has(p.name));
  const entry: AuditEntry = {
    time: new Date().toISOString(),
    cell: cell.id,
    sourceSha256: await hashText(JSON.stringify({ source: cell.source, parameters: used })),
    datasets: cellDatasets(notebook.cells, graph, cell.id, options.datasets),
    status: outcome.error ? 'error' : 'done',
  };
  return { ...outcome, entry };
}

function cannotRun(type: string): AppError {
  return {
    kind: 'sql',
    code: 'cell.cannot-run',
    message: msg(
      `此版本还不能运行“${type}”类型的单元；单元内容已原样保留，保存时不会丢失。`,
      `This version cannot run "${type}" cells yet; the cell is kept as written and saved unchanged.`,
    ),
  };
}
