import { isCustomRuleCell } from '../cells/custom-rule/is-custom-rule-cell';
import { msg, type Msg } from '../shared/msg';
import type { Cell, CustomRuleCell } from './cell-types';
import type { CustomRuleSpec } from '../rules/rule-run-types';
import { RULE_SCENES, type RuleParameterDef, type RuleScene, type Severity } from '../rules/rule-types';
import { parseYaml } from './yaml-parse';
import { isYamlMap, type YamlMap, type YamlValue } from './yaml-value';

/** A custom rule read from its cell, or what is wrong (1-based line within the cell). */
export type CustomRuleResult =
  | { readonly ok: true; readonly value: CustomRuleSpec }
  | { readonly ok: false; readonly line: number; readonly message: Msg };

const SEVERITIES: readonly Severity[] = ['明确违规', '高度可疑', '可疑'];
const KEYS = new Set([
  'name',
  'name_en',
  'severity',
  'behaviour',
  'behaviour_en',
  'basis',
  'basis_en',
  'scenes',
  'needs',
  'parameters',
]);

/**
 * Reads a `custom-rule` cell: YAML metadata, a line `---`, then one SQL query returning the rule kernel's
 * output columns (finding_key, psn_no, mdtrt_id, setl_id, fixmedins_code, dr_code, feedetl_sn,
 * vola_item_type, amount, vola_cont, vola_cont_en). Parameters are used in the SQL as `$name`.
 * ```
 * name: 夜间大额手术
 * name_en: Large surgery at night
 * severity: 可疑
 * behaviour: 虚构医药服务
 * behaviour_en: Fabricated services
 * basis: 《医疗保障基金使用监督管理条例》第四十条
 * basis_en: Regulation on the Use of Medical Security Funds, art. 40
 * scenes:
 *   - inpatient
 * needs:
 *   - fee.fee_ocur_time
 * parameters:
 *   - name: min_amount
 *     label: 最低金额（元）
 *     label_en: Minimum amount (yuan)
 *     kind: number
 *     default: 5000
 *     min: 0
 * ---
 * SELECT …
 * ```
 * The SQL's output columns are checked by the kernel when it runs. Never throws.
 */
export function parseCustomRule(id: string, source: string): CustomRuleResult {
  const lines = source.split('\n');
  const split = lines.findIndex((l) => l.trim() === '---');
  if (split < 0)
    return bad(
      1,
      '自定义规则应先写元数据，再写一行 ---，然后写 SQL 查询。',
      'A custom rule needs its metadata, a line ---, then its SQL query.',
    );
  const sql = lines.slice(split + 1).join('\n');
  if (sql.trim() === '')
    return bad(split + 2, '--- 之后缺少 SQL 查询。', 'The SQL query after --- is missing.');
  const parsed = parseYaml(lines.slice(0, split).join('\n'));
  if (!parsed.ok)
    return bad(
      parsed.line,
      `元数据 YAML 第 ${parsed.column} 列有误：${parsed.reason.zh}`,
      `Invalid metadata YAML at column ${parsed.column}: ${parsed.reason.en}`,
    );
  if (!isYamlMap(parsed.value))
    return bad(1, '元数据应为键值对。', 'The metadata must be a map of keys and values.');
  const meta = parsed.value;
  const at = (key: string) => lineOf(lines, key);
  const extra = Object.keys(meta).find((k) => !KEYS.has(k));
  if (extra !== undefined)
    return bad(at(extra), `未知的元数据项“${extra}”。`, `Unknown metadata key "${extra}".`);
  const text = (key: string): string | undefined =>
    typeof meta[key] === 'string' ? (meta[key] as string) : undefined;
  const name = text('name');
  if (!name) return bad(at('name'), '缺少规则名称 name。', 'The rule needs a name (name).');
  const severity = meta['severity'] ?? '可疑';
  if (!SEVERITIES.includes(severity as Severity))
    return bad(
      at('severity'),
      `severity 应为 ${SEVERITIES.join('、')} 之一。`,
      `severity must be one of ${SEVERITIES.join(', ')}.`,
    );
  const scenes = readScenes(meta['scenes']);
  if (!scenes)
    return bad(
      at('scenes'),
      `scenes 应为 ${RULE_SCENES.join('、')} 的列表。`,
      `scenes must list ${RULE_SCENES.join(', ')}.`,
    );
  const parameters = readParameters(meta);
  if (typeof parameters === 'string')
    return bad(
      at('parameters'),
      `参数定义有误：${parameters}`,
      `Invalid parameter definition: ${parameters}`,
    );
  const needs = meta['needs'] ?? [];
  if (!Array.isArray(needs) || !needs.every((n) => typeof n === 'string' && /^[a-z_]+\.[a-z_]+$/.test(n)))
    return bad(
      at('needs'),
      'needs 应为“表.字段”列表，如 fee.hilist_code。',
      'needs must list table.field, e.g. fee.hilist_code.',
    );
  const both = (key: string, fallback: string): Msg =>
    msg(text(key) ?? fallback, text(`${key}_en`) ?? text(key) ?? fallback);
  return {
    ok: true,
    value: {
      id,
      name: msg(name, text('name_en') ?? name),
      severity: severity as Severity,
      behaviour: both('behaviour', '其他'),
      basis: both('basis', `笔记本自定义规则 ${id}`),
      scenes,
      parameters,
      needs: needs as string[],
      sql,
    },
  };
}

function readScenes(value: YamlValue | undefined): RuleScene[] | undefined {
  if (value === undefined || value === null) return [...RULE_SCENES];
  if (!Array.isArray(value) || !value.every((v) => (RULE_SCENES as readonly YamlValue[]).includes(v)))
    return undefined;
  return value as RuleScene[];
}

/** The parameter definitions, or the problem in words (both languages share the names). */
function readParameters(meta: YamlMap): RuleParameterDef[] | string {
  const value = meta['parameters'];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return 'parameters: list';
  const defs: RuleParameterDef[] = [];
  for (const item of value as readonly YamlValue[]) {
    if (!isYamlMap(item)) return 'parameters: list of maps';
    const name = item['name'];
    const kind = item['kind'] ?? 'number';
    const fallback = item['default'];
    if (typeof name !== 'string' || !/^[A-Za-z_]\w{0,62}$/.test(name)) return `name ${String(name)}`;
    if (kind !== 'number' && kind !== 'integer' && kind !== 'text') return `${name}.kind ${String(kind)}`;
    if (kind === 'text' ? typeof fallback !== 'string' : typeof fallback !== 'number')
      return `${name}.default`;
    const label = typeof item['label'] === 'string' ? item['label'] : name;
    const labelEn = typeof item['label_en'] === 'string' ? item['label_en'] : label;
    const bound = (key: 'min' | 'max') =>
      typeof item[key] === 'number' ? { [key]: item[key] as number } : {};
    defs.push({
      name,
      label: msg(label, labelEn),
      kind,
      default: fallback as number | string,
      ...bound('min'),
      ...bound('max'),
    });
  }
  return defs;
}

function bad(line: number, zh: string, en: string): CustomRuleResult {
  return { ok: false, line, message: msg(zh, en) };
}

function lineOf(lines: readonly string[], key: string): number {
  const index = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}

/** A notebook's custom rules: those that read, and the cells that do not (with the line and why). */
export interface NotebookCustomRules {
  readonly specs: readonly CustomRuleSpec[];
  readonly problems: readonly {
    readonly cell: CustomRuleCell;
    readonly line: number;
    readonly message: Msg;
  }[];
}

/** Reads every `custom-rule` cell of a notebook, in order. */
export function notebookCustomRules(cells: readonly Cell[]): NotebookCustomRules {
  const specs: CustomRuleSpec[] = [];
  const problems: { cell: CustomRuleCell; line: number; message: Msg }[] = [];
  for (const cell of cells) {
    if (!isCustomRuleCell(cell)) continue;
    const parsed = parseCustomRule(cell.rule, cell.source);
    if (parsed.ok) specs.push(parsed.value);
    else problems.push({ cell, line: parsed.line, message: parsed.message });
  }
  return { specs, problems };
}
