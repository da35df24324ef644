import { isValidName } from '../../core/notebook/cell-types';
import { AppErrorException } from '../../core/shared/errors';
import { msg, type Msg } from '../../core/shared/msg';
import { exportRefusal, exportRefused } from './export-check';
import { buildFindingsSql, insertHitsSql, META_TABLE, RUN_TABLES } from './findings-build';
import type { RuleEngine } from './rule-engine';
import { RULE_MACROS } from './rule-macros';
import { compileParameterRefs, resolveParameters } from './rule-parameters';
import type { RuleDefinition, RuleParameterValue } from '../../core/rules/rule-types';
import { scriptComment, scriptLiteral } from './script-text';

const MARKER_TEXT = '规则 / rule ';

/** The comment line that starts each rule's statement in a script: `-- 规则 / rule <id>: <names>`. */
export const RULE_MARKER = `-- ${MARKER_TEXT}`;

/** Options of an exported script. */
export interface ExportSqlOptions {
  /** The findings table's name (default `findings`). */
  readonly name?: string;
  /** Parameter values: rule id → parameter name → value (checked like a run's). */
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, RuleParameterValue>>>>;
}

/**
 * A rule pack as one plain SQL script (DuckDB dialect) over the canonical tables and `kb_*` tables: the
 * macros, the parameter values, each rule's query and the findings tables, exactly as the kernel runs
 * them. Teams whose data outgrows one machine run it on native DuckDB, or translate it for a distributed
 * engine. Parameter values are written as literals here (the script is text for a person to run).
 *
 * The script holds exactly the statements listed above: every text from a notebook (names, descriptions,
 * basis, parameter values) is a string literal or a one-line comment (see `script-text.ts`), and each
 * rule's SQL must pass `exportRefusal` (one query, checked by `engine`'s parser). When a rule does not,
 * nothing is exported and the error names each refused rule and why (`rule.export-refused`).
 */
export async function exportRulePackSql(
  engine: Pick<RuleEngine, 'execPrepared'>,
  rules: readonly RuleDefinition[],
  options: ExportSqlOptions = {},
): Promise<string> {
  const name = options.name ?? 'findings';
  if (!isValidName(name))
    throw new AppErrorException({ kind: 'sql', code: 'rule.export-name', message: badName });
  const statements = new Map<RuleDefinition, string>();
  const refused: { rule: RuleDefinition; reason: Msg }[] = [];
  for (const rule of rules) {
    const sql = insertHitsSql(rule.id, compileParameterRefs(rule, rule.sql));
    const reason = await exportRefusal(engine, rule, sql);
    if (reason) refused.push({ rule, reason });
    else statements.set(rule, sql);
  }
  if (refused.length > 0) throw exportRefused(refused);

  const out: string[] = [
    scriptComment('ClaimLens 规则包导出 / rule pack export (DuckDB SQL)'),
    scriptComment(`规则 / rules: ${rules.length}`),
    scriptComment('需要 / requires: canonical tables with these fields, and knowledge tables:'),
    ...[...requiredTables(rules)].sort().map((t) => scriptComment(`  ${t}`)),
    scriptComment(`输出 / output: tables ${name}, ${name}_lines`),
    '',
    ...RULE_MACROS.map(statement),
    ...RUN_TABLES.map(statement),
  ];
  for (const rule of rules) {
    const values = [
      rule.id,
      rule.name.zh,
      rule.name.en,
      rule.severity,
      rule.behaviour.zh,
      rule.basis.zh,
      rule.basis.en,
    ];
    out.push(statement(`INSERT INTO ${META_TABLE} VALUES (${values.map(scriptLiteral).join(', ')})`));
    for (const p of resolveParameters(rule, options.parameters?.[rule.id])) {
      // A bound number is finite (resolveParameters refuses others), so it prints as a numeric literal.
      const num = p.num === null ? 'NULL' : String(p.num);
      const txt = p.txt === null ? 'NULL' : scriptLiteral(p.txt);
      out.push(
        statement(
          `INSERT INTO _cl_rule_params VALUES (${scriptLiteral(rule.id)}, ${scriptLiteral(p.name)}, ${num}, ${txt})`,
        ),
      );
    }
  }
  for (const rule of rules) {
    out.push('', scriptComment(`${MARKER_TEXT}${rule.id}: ${rule.name.zh} / ${rule.name.en}`));
    out.push(statement(statements.get(rule) as string));
  }
  out.push('', scriptComment('汇总为发现表 / build the findings tables'));
  out.push(...buildFindingsSql(name).map(statement));
  return `${out.join('\n')}\n`;
}

/** The canonical fields and knowledge tables the rules read, as the script's header lists them. */
function requiredTables(rules: readonly RuleDefinition[]): Set<string> {
  const tables = new Set<string>();
  for (const rule of rules) {
    for (const [table, fields] of Object.entries(rule.needs.fields)) {
      for (const f of fields ?? []) tables.add(`${table}.${f}`);
    }
    for (const k of rule.needs.knowledge ?? []) tables.add(k.kind ? `${k.table}(kind=${k.kind})` : k.table);
  }
  return tables;
}

const statement = (sql: string): string => `${sql.trim()};`;

const badName = msg(
  '发现表名称无效：请用字母或下划线开头，只含字母、数字和下划线。',
  'The findings table name is invalid: start with a letter or underscore and use only letters, digits and underscores.',
);
