/** Runs a notebook's cells through the kernel's API, as "run all" does in the app and the CLI. */
import type { KernelApi } from '../../../workers/api';
import { kindOf } from '../../../core/cells/cell-kinds';
import { runCellKind } from '../../../core/cells/run-cell-kind';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { planRun } from '../../../core/notebook/run-plan';
import type { AppError } from '../../../core/shared/errors';

/** How one cell ended. */
export interface CellOutcome {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly status: 'done' | 'failed' | 'blocked' | 'not-run';
  /** SQL cells: rows of the view; charts: rows drawn; Rule cells: findings. */
  readonly rows?: number;
  readonly error?: AppError;
}

/**
 * Runs every runnable cell in plan order through the kernel with `runCellKind`, the code the app runs
 * each cell with (SQL cells with the notebook's parameters, charts reading their upstream result,
 * Rule cells with the request both hosts build, custom-rule cells checked). A Rule cell with a failed
 * rule counts as failed. Cells that never run (markdown, parameters, unavailable kinds) are `not-run`.
 * Returns outcomes in notebook order.
 */
export async function runNotebook(kernel: KernelApi, notebook: Notebook): Promise<CellOutcome[]> {
  const graph = buildDependencyGraph(notebook.cells);
  const plan = planRun(notebook, graph, { kind: 'all' });
  const outcomes = new Map<string, CellOutcome>();
  for (const blocked of plan.blocked) {
    const error = { kind: 'notebook' as const, code: 'cell.blocked', message: blocked.reason };
    outcomes.set(blocked.id, { id: blocked.id, type: 'blocked', status: 'blocked', error });
  }
  const planned = new Set(plan.run);
  const order = [...plan.run, ...notebook.cells.filter((c) => !planned.has(c.id)).map((c) => c.id)];
  for (const id of order) {
    const cell = notebook.cells.find((c) => c.id === id);
    if (!cell || outcomes.has(id)) continue;
    const base = { id, type: cell.type, ...('name' in cell ? { name: cell.name } : {}) };
    if (kindOf(cell).run === undefined) {
      outcomes.set(id, { ...base, status: 'not-run' });
      continue;
    }
    const run = await runCellKind(kernel, notebook, graph, cell, { datasets: [] });
    const failedRule = run.findings?.rules.find((r) => r.status === 'failed');
    const error = run.error ?? failedRule?.error;
    const rows =
      run.findings?.findings ??
      (run.result ? ('firstPage' in run.result ? run.result.totalRows : run.result.rowCount) : undefined);
    outcomes.set(id, {
      ...base,
      status: error || failedRule ? 'failed' : 'done',
      ...(rows !== undefined ? { rows } : {}),
      ...(error ? { error } : {}),
    });
  }
  return notebook.cells.flatMap((c) => {
    const outcome = outcomes.get(c.id);
    return outcome ? [outcome] : [];
  });
}
