import type { CustomRuleSpec } from '../core/rules/rule-run-types';
import type { AppError } from '../core/shared/errors';
import { msg } from '../core/shared/msg';
import type { Cell, CustomRuleCell } from '../core/notebook/cell-types';
import { notebookCustomRules as readCustomRules } from '../core/notebook/custom-rule-text';

/** The notebook's custom rules, and the custom-rule cells that could not be read. */
export interface NotebookCustomRules {
  readonly specs: readonly CustomRuleSpec[];
  readonly problems: readonly { readonly cell: CustomRuleCell; readonly error: AppError }[];
}

/** Reads every `custom-rule` cell (Rule cells run them with the library, as their pack selects). */
export function notebookCustomRules(cells: readonly Cell[]): NotebookCustomRules {
  const { specs, problems } = readCustomRules(cells);
  return {
    specs,
    problems: problems.map(({ cell, line, message }) => ({
      cell,
      error: {
        kind: 'notebook',
        code: 'rule.custom-cell',
        message: msg(
          `自定义规则单元 ${cell.id}（${cell.rule}）第 ${line} 行：${message.zh}`,
          `Custom rule cell ${cell.id} (${cell.rule}), line ${line}: ${message.en}`,
        ),
      },
    })),
  };
}
