import { AppErrorException } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { describeCustomRule } from './custom-rule-query';
import type { RuleEngine } from './rule-engine';
import { RULE_OUTPUT_COLUMNS, type RuleDefinition } from '../../core/rules/rule-types';

/**
 * Checks that a custom rule's SQL compiles on the loaded data and returns the kernel's output columns,
 * naming the missing ones. The SQL runs where user SQL runs (see `custom-rule-query.ts`), as one
 * prepared query and nothing else.
 */
export async function checkCustomRuleColumns(engine: RuleEngine, rule: RuleDefinition): Promise<void> {
  const columns = await describeCustomRule(engine, rule);
  const have = new Set(columns.map((c) => c.toLowerCase()));
  const missing = RULE_OUTPUT_COLUMNS.filter((c) => !have.has(c));
  if (missing.length > 0) {
    throw new AppErrorException({
      kind: 'sql',
      code: 'rule.custom-columns',
      message: msg(
        `自定义规则 ${rule.id} 的查询缺少输出列：${missing.join('、')}。需要的列：${RULE_OUTPUT_COLUMNS.join(', ')}。`,
        `The query of custom rule ${rule.id} lacks output columns: ${missing.join(', ')}. Required: ${RULE_OUTPUT_COLUMNS.join(', ')}.`,
      ),
    });
  }
}
