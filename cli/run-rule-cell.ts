import type { TableMapping } from '../core/mapping/mapping-types';
import { checkCustomRuleColumns } from '../workers/rules/custom-rule-columns';
import { dataAvailability, rulesForRequest } from '../workers/rules/rule-session';
import type { CustomRuleSpec, RuleProgress } from '../core/rules/rule-run-types';
import type { RuleDefinition } from '../core/rules/rule-types';
import { runRules } from '../workers/rules/run-rules';
import { toAppError, type AppError } from '../core/shared/errors';
import { msg } from '../core/shared/msg';
import type { RuleCell } from '../core/notebook/cell-types';
import { resultNameProblem } from '../core/notebook/name-registry';
import { parseRuleSettings } from '../core/notebook/rule-settings';
import { catalogEntries } from '../workers/kernel/catalog-names';
import type { CliEngine } from './cli-engine';
import type { CellReport } from './run-report';

/** What a Rule cell runs with besides its own settings. */
export interface RuleCellContext {
  readonly customRules: readonly CustomRuleSpec[];
  /** The mappings applied, so rules needing an unmapped field are skipped with the reason. */
  readonly mappings: readonly TableMapping[];
  /** Findings tables earlier Rule cells of this run wrote (a Rule cell may replace only those). */
  readonly ruleTables: Set<string>;
  readonly onProgress: (progress: RuleProgress, rule: RuleDefinition | undefined) => void;
}

/**
 * Runs a Rule cell: reads its settings (pack, exclusions, parameter values), selects the library and
 * notebook rules, checks each custom rule's SQL and output columns (one that fails is left out and
 * reported), then runs the rule kernel, which writes the findings tables `<name>` and `<name>_lines`.
 * A parameter out of bounds refuses the whole cell, as in the app.
 */
export async function runRuleCell(
  engine: CliEngine,
  cell: RuleCell,
  ctx: RuleCellContext,
): Promise<CellReport> {
  const started = performance.now();
  const base = { id: cell.id, type: cell.type, name: cell.name };
  const failed = (error: AppError): CellReport => ({
    ...base,
    status: 'failed',
    ms: Math.round(performance.now() - started),
    error,
  });
  const settings = parseRuleSettings(cell.source);
  if (!settings.ok) return failed(badSettings(cell, settings.line, settings.message));
  try {
    const taken = resultNameProblem('rule', cell.name, await catalogEntries(engine), (n) =>
      ctx.ruleTables.has(n.toLowerCase()),
    );
    if (taken) return failed({ kind: 'sql', code: 'rule.name-taken', message: taken });
    const { pack, exclude, parameters } = settings.value;
    const selected = rulesForRequest({
      name: cell.name,
      pack,
      exclude,
      parameters,
      customRules: ctx.customRules,
    });
    const ruleErrors: AppError[] = [];
    const rules: RuleDefinition[] = [];
    for (const rule of selected) {
      if (rule.origin === 'custom') {
        try {
          await checkCustomRuleColumns(engine, rule);
        } catch (e) {
          ruleErrors.push(toAppError(e));
          continue;
        }
      }
      rules.push(rule);
    }
    const data = await dataAvailability(engine, ctx.mappings);
    const byId = new Map(rules.map((r) => [r.id as string, r]));
    const summary = await runRules(engine, rules, data, {
      name: cell.name,
      parameters,
      onProgress: (p) => ctx.onProgress(p, byId.get(p.ruleId)),
    });
    ctx.ruleTables.add(cell.name.toLowerCase());
    ctx.ruleTables.add(`${cell.name}_lines`.toLowerCase());
    const hasFailure = ruleErrors.length > 0 || summary.rules.some((r) => r.status === 'failed');
    return {
      ...base,
      status: hasFailure ? 'failed' : 'done',
      ms: Math.round(performance.now() - started),
      findings: summary,
      ...(ruleErrors.length > 0 ? { ruleErrors, error: ruleErrors[0] } : {}),
    };
  } catch (e) {
    return failed(toAppError(e));
  }
}

const badSettings = (cell: RuleCell, line: number, message: { zh: string; en: string }): AppError => ({
  kind: 'notebook',
  code: 'rule.settings',
  message: msg(
    `规则单元 ${cell.name} 的设置第 ${line} 行：${message.zh}`,
    `Rule cell ${cell.name}, settings line ${line}: ${message.en}`,
  ),
});
