import type { CustomRuleSpec } from '../workers/rules/rule-run-types';
import type { AppError } from '../workers/shared/errors';
import { msg } from '../workers/shared/msg';
import type { Cell, CustomRuleCell } from '../src/notebook/cell-types';
import { parseCustomRule } from '../src/notebook/custom-rule-text';

/** The notebook's custom rules, and the custom-rule cells that could not be read. */
export interface NotebookCustomRules {
  readonly specs: readonly CustomRuleSpec[];
  readonly problems: readonly { readonly cell: CustomRuleCell; readonly error: AppError }[];
}

/** Reads every `custom-rule` cell (Rule cells run them with the library, as their pack selects). */
export function notebookCustomRules(cells: readonly Cell[]): NotebookCustomRules {
  const specs: CustomRuleSpec[] = [];
  const problems: { cell: CustomRuleCell; error: AppError }[] = [];
  for (const cell of cells) {
    if (cell.type !== 'custom-rule') continue;
    const parsed = parseCustomRule(cell.rule, cell.source);
    if (parsed.ok) {
      specs.push(parsed.value);
      continue;
    }
    problems.push({
      cell,
      error: {
        kind: 'notebook',
        code: 'rule.custom-cell',
        message: msg(
          `自定义规则单元 ${cell.id}（${cell.rule}）第 ${parsed.line} 行：${parsed.message.zh}`,
          `Custom rule cell ${cell.id} (${cell.rule}), line ${parsed.line}: ${parsed.message.en}`,
        ),
      },
    });
  }
  return { specs, problems };
}
