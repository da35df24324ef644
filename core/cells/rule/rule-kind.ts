import { msg } from '../../shared/msg';
import { RULE_LINES_SUFFIX, type RuleCell } from '../../notebook/cell-types';
import type { CellKind } from '../cell-kind';
import { fenced, fenceInfo } from '../fence-block';
import { sourceLogSummary } from '../log-summary';
import { ruleRunRequest } from './rule-run-request';

/**
 * A Rule cell: runs a pack of rules (its source holds the settings as YAML: pack, exclusions, parameter
 * values); its findings become the table `name` and their fee lines `<name>_lines`. It reads every
 * custom-rule cell, since its pack may include them.
 */
export const ruleKind = {
  type: 'rule',
  fences: ['rule'],
  label: () => msg('规则', 'Rule'),
  attributes: [{ key: 'name', value: 'name' }],
  fromBlock: ({ id, source, attributes }) => ({
    type: 'rule',
    id,
    source,
    name: attributes.get('name') as string,
  }),
  write: (cell) => fenced(fenceInfo('rule', cell.id, [['name', cell.name]]), cell.source),
  create: ({ id, source, freshName }) => ({
    type: 'rule',
    id,
    source: source ?? 'pack: all',
    name: freshName('findings', 'findings'),
  }),
  fields: ['name'],
  defines: (cell) => ({ tables: [cell.name, `${cell.name}${RULE_LINES_SUFFIX}`] }),
  reads: () => ({ names: [], everyCellOf: ['custom-rule'] }),
  isRunnable: true,
  run: async (cell, { host, notebook, jobId, onStart, onRuleProgress }) => {
    const request = ruleRunRequest(notebook, cell);
    if (!request.ok) return { error: request.error, isNotStarted: true };
    onStart(jobId);
    const r = await host.runRules(request.value, jobId, onRuleProgress);
    return r.ok ? { findings: r.value } : { error: r.error };
  },
  logSummary: (cell, parameters) => sourceLogSummary(cell.source, parameters),
  resultRole: 'rule',
  view: 'cl-rule-cell',
} as const satisfies CellKind<RuleCell, 'cl-rule-cell'>;
