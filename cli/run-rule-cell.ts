import type { KernelApi } from '../workers/api';
import type { RuleProgress } from '../core/rules/rule-run-types';
import type { Msg } from '../core/shared/msg';
import { newJobId } from '../core/shared/ids';
import type { RuleCell } from '../core/notebook/cell-types';
import type { Notebook } from '../core/notebook/notebook-types';
import { ruleRunRequest } from '../core/cells/rule/rule-run-request';
import { RULE_LIBRARY } from '../workers/rules/rule-library';
import type { CellReport } from './run-report';

/** Called with each rule's progress and the rule's name (when known). */
export type RuleProgressLine = (progress: RuleProgress, name: Msg | undefined) => void;

/**
 * Runs a Rule cell through the kernel, as the app does: the request is built from the cell's settings
 * and the notebook's custom rules (core/cells/rule/rule-run-request.ts: settings or a custom-rule cell
 * that do not read fail the cell); the kernel checks each custom rule's SQL and output columns before
 * running (one that fails is left out and reported failed), then writes the findings tables `<name>`
 * and `<name>_lines`. The cell fails when any of its rules failed.
 */
export async function runRuleCell(
  kernel: Pick<KernelApi, 'runRules'>,
  notebook: Notebook,
  cell: RuleCell,
  onProgress: RuleProgressLine,
): Promise<CellReport> {
  const started = performance.now();
  const base = { id: cell.id, type: cell.type, name: cell.name };
  const ms = () => Math.round(performance.now() - started);
  const request = ruleRunRequest(notebook, cell);
  if (!request.ok) return { ...base, status: 'failed', ms: ms(), error: request.error };
  const names = new Map<string, Msg>([
    ...RULE_LIBRARY.map((r) => [r.id as string, r.name] as const),
    ...(request.value.customRules ?? []).map((r) => [r.id, r.name] as const),
  ]);
  const run = await kernel.runRules(request.value, newJobId(), (p) => onProgress(p, names.get(p.ruleId)));
  if (!run.ok) return { ...base, status: 'failed', ms: ms(), error: run.error };
  const ruleErrors = run.value.rules.flatMap((r) => (r.status === 'failed' && r.error ? [r.error] : []));
  const hasFailure = run.value.rules.some((r) => r.status === 'failed');
  return {
    ...base,
    status: hasFailure ? 'failed' : 'done',
    ms: ms(),
    findings: run.value,
    ...(ruleErrors.length > 0 ? { ruleErrors, error: ruleErrors[0] } : {}),
  };
}
