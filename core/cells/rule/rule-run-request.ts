import { fail, ok, type AppError, type Result } from '../../shared/errors';
import { msg, type Msg } from '../../shared/msg';
import type { CustomRuleSpec, RuleRunRequest } from '../../rules/rule-run-types';
import type { RuleCell } from '../../notebook/cell-types';
import { notebookCustomRules } from '../../notebook/custom-rule-text';
import type { Notebook } from '../../notebook/notebook-types';
import { parseRuleSettings } from '../../notebook/rule-settings';

/**
 * What the kernel runs for a Rule cell, on every host (the app and the CLI): its settings and the
 * notebook's custom rules. Settings that do not read, or a custom-rule cell that does not, fail the
 * Rule cell with the cell and line named: a rule the notebook holds is never silently left out
 * (docs/kernel.md, "One kernel, every host").
 */
export function ruleRunRequest(notebook: Notebook, cell: RuleCell): Result<RuleRunRequest> {
  const settings = parseRuleSettings(cell.source);
  if (!settings.ok) {
    return fail({
      kind: 'notebook',
      code: 'rule.settings',
      message: msg(
        `规则单元 ${cell.name} 的设置第 ${settings.line} 行：${settings.message.zh}`,
        `Rule cell ${cell.name}, settings line ${settings.line}: ${settings.message.en}`,
      ),
    });
  }
  const customRules = notebookCustomRulesResult(notebook);
  if (!customRules.ok) return customRules;
  const { pack, exclude, parameters } = settings.value;
  return ok({ name: cell.name, pack, exclude, parameters, customRules: customRules.value });
}

/** The notebook's custom rules, or the first custom-rule cell that does not read. */
export function notebookCustomRulesResult(notebook: Notebook): Result<readonly CustomRuleSpec[]> {
  const { specs, problems } = notebookCustomRules(notebook.cells);
  const [problem] = problems;
  return problem ? fail(customRuleError(problem.cell.rule, problem)) : ok(specs);
}

/** A custom rule that does not read, as an error naming the rule and the line. */
export function customRuleError(id: string, problem: { line: number; message: Msg }): AppError {
  return {
    kind: 'notebook',
    code: 'rule.custom-text',
    message: msg(
      `自定义规则 ${id} 第 ${problem.line} 行：${problem.message.zh}`,
      `Custom rule ${id}, line ${problem.line}: ${problem.message.en}`,
    ),
  };
}
