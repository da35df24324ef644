import { msg } from '../../shared/msg';
import type { CustomRuleCell } from '../../notebook/cell-types';
import { customRuleSql } from '../../notebook/custom-rule-sql';
import { parseCustomRule } from '../../notebook/custom-rule-text';
import type { CellKind } from '../cell-kind';
import { fenced, fenceInfo } from '../fence-block';
import { customRuleError } from '../rule/rule-run-request';
import { sqlNames } from '../sql/sql-kind';
import { customRuleTemplate } from './custom-rule-template';

/**
 * A rule written in the notebook: YAML metadata, a `---` line, then one SQL query over the canonical
 * tables; `rule` is its id. It does not run on its own (Rule cells run it with the library's rules): asked
 * to, it checks its metadata, parameters and the columns its SQL returns. Its SQL reads names like a SQL
 * cell's (its `$name` parameters are its own, not the notebook's).
 */
export const customRuleKind = {
  type: 'custom-rule',
  fences: ['custom-rule'],
  label: () => msg('自定义规则', 'Custom rule'),
  attributes: [{ key: 'rule', value: 'catalogue-id' }],
  fromBlock: ({ id, source, attributes }) => ({
    type: 'custom-rule',
    id,
    source,
    rule: attributes.get('rule') as string,
  }),
  write: (cell) => fenced(fenceInfo('custom-rule', cell.id, [['rule', cell.rule]]), cell.source),
  create: ({ id, cells, source }) => {
    let n = 1;
    while (cells.some((c) => c.type === 'custom-rule' && c.rule === `NB-${n}`)) n += 1;
    return { type: 'custom-rule', id, source: source ?? customRuleTemplate(), rule: `NB-${n}` };
  },
  fields: ['rule'],
  defines: () => ({ tables: [] }),
  reads: (cell) => ({ names: sqlNames(customRuleSql(cell.source)) }),
  isRunnable: false,
  run: async (cell, { host, jobId, onStart }) => {
    const spec = parseCustomRule(cell.rule, cell.source);
    if (!spec.ok) return { error: customRuleError(cell.rule, spec), isNotStarted: true };
    onStart(jobId);
    const r = await host.checkCustomRule(spec.value);
    return r.ok ? {} : { error: r.error };
  },
  view: 'cl-custom-rule-cell',
} as const satisfies CellKind<CustomRuleCell, 'cl-custom-rule-cell'>;
