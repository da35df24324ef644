/** Runs a notebook's cells through the kernel's API, as "run all" does in the app and the CLI. */
import type { CellParameter, KernelApi } from '../../../workers/api';
import { buildDependencyGraph } from '../../../core/notebook/dependency-graph';
import { parseCustomRule } from '../../../core/notebook/custom-rule-text';
import type { Notebook } from '../../../core/notebook/notebook-types';
import { planRun } from '../../../core/notebook/run-plan';
import { customRuleError, ruleRunRequest } from '../../../core/cells/rule/rule-run-request';
import type { AppError } from '../../../core/shared/errors';
import { newJobId } from '../../../core/shared/ids';

/** How one cell ended. */
export interface CellOutcome {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly status: 'done' | 'failed' | 'blocked' | 'not-run';
  /** SQL cells: rows of the view; Rule cells: findings. */
  readonly rows?: number;
  readonly error?: AppError;
}

/**
 * Runs every runnable cell in plan order through the kernel (SQL cells with the notebook's parameters,
 * Rule cells with the request both hosts build) and checks every custom-rule cell. Chart, model and
 * evidence cells are `not-run` (nothing to draw under Node). Returns outcomes in notebook order.
 */
export async function runNotebook(kernel: KernelApi, notebook: Notebook): Promise<CellOutcome[]> {
  const plan = planRun(notebook, buildDependencyGraph(notebook.cells), { kind: 'all' });
  const parameters = notebook.cells.flatMap((c): CellParameter[] =>
    c.type === 'parameter' ? [{ name: c.name, spec: c.spec }] : [],
  );
  const outcomes = new Map<string, CellOutcome>();
  for (const blocked of plan.blocked) {
    const error = { kind: 'notebook' as const, code: 'cell.blocked', message: blocked.reason };
    outcomes.set(blocked.id, { id: blocked.id, type: 'blocked', status: 'blocked', error });
  }
  for (const cell of notebook.cells) {
    if (cell.type !== 'custom-rule') continue;
    const spec = parseCustomRule(cell.rule, cell.source);
    const checked = spec.ok ? await kernel.checkCustomRule(spec.value) : undefined;
    const error = !spec.ok
      ? customRuleError(cell.rule, spec)
      : checked?.ok === false
        ? checked.error
        : undefined;
    outcomes.set(cell.id, {
      id: cell.id,
      type: cell.type,
      name: cell.rule,
      status: error ? 'failed' : 'done',
      ...(error ? { error } : {}),
    });
  }
  for (const id of plan.run) {
    const cell = notebook.cells.find((c) => c.id === id);
    if (!cell) continue;
    const base = { id, type: cell.type };
    switch (cell.type) {
      case 'sql': {
        const run = await kernel.runCell({ name: cell.name, sql: cell.source, parameters }, newJobId());
        outcomes.set(
          id,
          run.ok
            ? { ...base, name: cell.name, status: 'done', rows: run.value.rowCount }
            : { ...base, name: cell.name, status: 'failed', error: run.error },
        );
        break;
      }
      case 'rule': {
        const request = ruleRunRequest(notebook, cell);
        const run = request.ok ? await kernel.runRules(request.value, newJobId()) : request;
        const failedRule = run.ok ? run.value.rules.find((r) => r.status === 'failed') : undefined;
        const error = !run.ok ? run.error : failedRule?.error;
        outcomes.set(id, {
          ...base,
          name: cell.name,
          status: error || failedRule ? 'failed' : 'done',
          ...(run.ok ? { rows: run.value.findings } : {}),
          ...(error ? { error } : {}),
        });
        break;
      }
      default:
        outcomes.set(id, { ...base, status: 'not-run' });
    }
  }
  return notebook.cells.flatMap((c) => {
    const outcome = outcomes.get(c.id);
    return outcome ? [outcome] : [];
  });
}
