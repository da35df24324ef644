import { AppErrorException, type AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import type { RuleDefinition, RuleParameterDef, RuleParameterValue } from '../../core/rules/rule-types';

/** A parameter value checked against its definition, ready to bind. */
export interface BoundParameter {
  readonly name: string;
  readonly num: number | null;
  readonly txt: string | null;
}

/**
 * The values a rule runs with: its defaults, overridden by `overrides`. A value of the wrong kind or out
 * of bounds, or an override for a parameter the rule does not have, is refused with a message that names
 * the rule, the parameter and the allowed range.
 */
export function resolveParameters(
  rule: RuleDefinition,
  overrides: Readonly<Record<string, RuleParameterValue>> = {},
): BoundParameter[] {
  for (const name of Object.keys(overrides)) {
    if (!rule.parameters.some((p) => p.name === name))
      throw new AppErrorException(unknownParameter(rule, name));
  }
  return rule.parameters.map((def) => bindOne(rule, def, overrides[def.name] ?? def.default));
}

function bindOne(rule: RuleDefinition, def: RuleParameterDef, value: RuleParameterValue): BoundParameter {
  if (def.kind === 'text') {
    if (typeof value !== 'string' || value.length > 2000)
      throw new AppErrorException(badValue(rule, def, value));
    return { name: def.name, num: null, txt: value };
  }
  const num = typeof value === 'number' ? value : Number(String(value).trim());
  const isWhole = def.kind !== 'integer' || Number.isInteger(num);
  const inBounds = (def.min === undefined || num >= def.min) && (def.max === undefined || num <= def.max);
  if (typeof value === 'string' && value.trim() === '')
    throw new AppErrorException(badValue(rule, def, value));
  if (!Number.isFinite(num) || !isWhole || !inBounds) throw new AppErrorException(badValue(rule, def, value));
  return { name: def.name, num, txt: String(num) };
}

/**
 * Rewrites `$name` parameter references in a rule's SQL into calls of the parameter macros, which read
 * the bound values from `_cl_rule_params`. `$` inside string literals, quoted identifiers and comments is
 * left alone. An unknown reference is an error.
 */
export function compileParameterRefs(rule: Pick<RuleDefinition, 'id' | 'parameters'>, sql: string): string {
  const defs = new Map(rule.parameters.map((p) => [p.name, p]));
  const pattern = /('(?:[^']|'')*')|("(?:[^"]|"")*")|(--[^\n]*)|(\/\*[\s\S]*?\*\/)|\$([A-Za-z_]\w*)/g;
  return sql.replace(pattern, (whole, _s, _q, _c1, _c2, name: string | undefined) => {
    if (name === undefined) return whole;
    const def = defs.get(name);
    if (!def) throw new AppErrorException(unknownReference(rule.id, name));
    const fn = def.kind === 'text' ? 'cl_param_text' : 'cl_param_num';
    return `${fn}('${rule.id}', '${name}')`;
  });
}

/**
 * Rewrites `$name` references in a custom rule's SQL into `?` placeholders (cast to the parameter's
 * type) and returns the bound values in placeholder order. A custom rule runs where user SQL runs,
 * which cannot see the kernel's parameter table; its values still never become SQL text.
 */
export function bindParameterRefs(
  rule: Pick<RuleDefinition, 'id' | 'parameters'>,
  sql: string,
  bound: readonly BoundParameter[],
): { readonly sql: string; readonly args: (string | number | null)[] } {
  const defs = new Map(rule.parameters.map((p) => [p.name, p]));
  const values = new Map(bound.map((p) => [p.name, p]));
  const args: (string | number | null)[] = [];
  const pattern = /('(?:[^']|'')*')|("(?:[^"]|"")*")|(--[^\n]*)|(\/\*[\s\S]*?\*\/)|\$([A-Za-z_]\w*)/g;
  const out = sql.replace(pattern, (whole, _s, _q, _c1, _c2, name: string | undefined) => {
    if (name === undefined) return whole;
    const def = defs.get(name);
    if (!def) throw new AppErrorException(unknownReference(rule.id, name));
    const value = values.get(name);
    if (def.kind === 'text') {
      args.push(value?.txt ?? null);
      return 'CAST(? AS VARCHAR)';
    }
    args.push(value?.num ?? null);
    return 'CAST(? AS DOUBLE)';
  });
  return { sql: out, args };
}

const range = (def: RuleParameterDef): string =>
  `${def.min ?? '−∞'} – ${def.max ?? '∞'}${def.kind === 'integer' ? '' : ''}`;

const badValue = (rule: RuleDefinition, def: RuleParameterDef, value: unknown): AppError => ({
  kind: 'sql',
  code: 'rule.parameter',
  message:
    def.kind === 'text'
      ? msg(
          `规则 ${rule.id}（${rule.name.zh}）的参数“${def.label.zh}”应为不超过 2000 字的文本。`,
          `Parameter "${def.label.en}" of rule ${rule.id} (${rule.name.en}) must be text of at most 2000 characters.`,
        )
      : msg(
          `规则 ${rule.id}（${rule.name.zh}）的参数“${def.label.zh}”取值 ${String(value)} 无效：应为${def.kind === 'integer' ? '整数' : '数值'}，范围 ${range(def)}。`,
          `Parameter "${def.label.en}" of rule ${rule.id} (${rule.name.en}) cannot be ${String(value)}: it must be ${def.kind === 'integer' ? 'a whole number' : 'a number'} in ${range(def)}.`,
        ),
});

const unknownParameter = (rule: RuleDefinition, name: string): AppError => ({
  kind: 'sql',
  code: 'rule.parameter',
  message: msg(
    `规则 ${rule.id}（${rule.name.zh}）没有参数“${name}”。可用参数：${rule.parameters.map((p) => p.name).join('、') || '无'}。`,
    `Rule ${rule.id} (${rule.name.en}) has no parameter "${name}". Its parameters: ${rule.parameters.map((p) => p.name).join(', ') || 'none'}.`,
  ),
});

const unknownReference = (id: string, name: string): AppError => ({
  kind: 'sql',
  code: 'rule.parameter-reference',
  message: msg(
    `规则 ${id} 的 SQL 引用了未定义的参数 $${name}：请在规则的参数中定义它。`,
    `The SQL of rule ${id} uses $${name}, which is not one of its parameters: define it among the rule's parameters.`,
  ),
});
