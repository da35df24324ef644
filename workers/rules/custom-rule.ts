import { internalNameError } from '../kernel/internal-names';
import { notAQuery } from '../kernel/run-cell';
import { CANONICAL_TABLES, type CanonicalTable } from '../../core/mapping/mapping-types';
import { AppErrorException, type AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { resolveParameters } from './rule-parameters';
import type { CustomRuleSpec } from '../../core/rules/rule-run-types';
import { isValidRuleId, ruleId, type RuleDefinition } from '../../core/rules/rule-types';

/**
 * Turns a notebook's custom rule into a rule the kernel runs: checks its id (valid, not a library id),
 * that its SQL is one query, and that its parameter defaults fit their bounds. Its output columns are
 * checked against the engine by `checkCustomRuleColumns`.
 */
export function customRuleDefinition(spec: CustomRuleSpec, libraryIds: ReadonlySet<string>): RuleDefinition {
  if (!isValidRuleId(spec.id)) throw new AppErrorException(badId(spec.id));
  if (libraryIds.has(spec.id)) throw new AppErrorException(takenId(spec.id));
  const notQuery = notAQuery(spec.sql) ?? internalNameError(spec.sql);
  if (notQuery) throw new AppErrorException({ ...notQuery, code: 'rule.not-a-query' });
  const fields: Partial<Record<CanonicalTable, string[]>> = {};
  for (const need of spec.needs) {
    const [table, field] = need.split('.') as [string, string];
    if (!(CANONICAL_TABLES as readonly string[]).includes(table))
      throw new AppErrorException(badNeed(spec.id, need));
    (fields[table as CanonicalTable] ??= []).push(field);
  }
  const rule: RuleDefinition = {
    id: ruleId(spec.id),
    name: spec.name,
    tier: '管理类',
    subclass: msg('笔记本自定义规则', 'Notebook custom rules'),
    resultType: spec.severity === '明确违规' ? '明确违规' : '可疑',
    severity: spec.severity,
    behaviour: spec.behaviour,
    scenes: spec.scenes,
    window: 'period',
    needs: { fields },
    parameters: spec.parameters,
    basis: spec.basis,
    origin: 'custom',
    sql: spec.sql,
  };
  resolveParameters(rule);
  return rule;
}

const badId = (id: string): AppError => ({
  kind: 'sql',
  code: 'rule.custom-id',
  message: msg(
    `自定义规则编号“${id}”无效：请用字母开头，只含字母、数字、下划线、点和连字符（最多 64 个字符）。`,
    `Custom rule id "${id}" is invalid: start with a letter and use letters, digits, _, . and - (at most 64).`,
  ),
});

const takenId = (id: string): AppError => ({
  kind: 'sql',
  code: 'rule.custom-id',
  message: msg(
    `自定义规则编号“${id}”与规则库中的规则重复：请换一个编号（建议以 NB- 开头）。`,
    `Custom rule id "${id}" is already a library rule's: choose another (for example starting with NB-).`,
  ),
});

const badNeed = (id: string, need: string): AppError => ({
  kind: 'sql',
  code: 'rule.custom-needs',
  message: msg(
    `自定义规则 ${id} 的 needs 中“${need}”不是规范表的字段：表应为 ${CANONICAL_TABLES.join('、')} 之一。`,
    `In the needs of custom rule ${id}, "${need}" is not a canonical field: the table must be one of ${CANONICAL_TABLES.join(', ')}.`,
  ),
});
