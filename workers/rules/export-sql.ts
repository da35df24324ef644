import { quoteLiteral } from '../engine/sql-quote';
import { buildFindingsSql, insertHitsSql, META_TABLE, RUN_TABLES } from './findings-build';
import { RULE_MACROS } from './rule-macros';
import { compileParameterRefs, resolveParameters } from './rule-parameters';
import type { RuleDefinition, RuleParameterValue } from './rule-types';

/** The comment line that starts each rule's statement in a script: `-- 规则 / rule <id>: <names>`. */
export const RULE_MARKER = '-- 规则 / rule ';

/** Options of an exported script. */
export interface ExportSqlOptions {
  /** The findings table's name (default `findings`). */
  readonly name?: string;
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, RuleParameterValue>>>>;
}

/**
 * A rule pack as one plain SQL script (DuckDB dialect) over the canonical tables and `kb_*` tables: the
 * macros, the parameter values, each rule's query and the findings tables, exactly as the kernel runs
 * them. Teams whose data outgrows one machine run it on native DuckDB, or translate it for a distributed
 * engine. Parameter values are written as literals here (the script is text for a person to run).
 */
export function exportRulePackSql(rules: readonly RuleDefinition[], options: ExportSqlOptions = {}): string {
  const name = options.name ?? 'findings';
  const tables = new Set<string>();
  for (const rule of rules) {
    for (const [table, fields] of Object.entries(rule.needs.fields)) {
      for (const f of fields ?? []) tables.add(`${table}.${f}`);
    }
    for (const k of rule.needs.knowledge ?? []) tables.add(k.kind ? `${k.table}(kind=${k.kind})` : k.table);
  }
  const out: string[] = [
    '-- ClaimLens 规则包导出 / rule pack export (DuckDB SQL)',
    `-- 规则 / rules: ${rules.length}`,
    '-- 需要 / requires: canonical tables with these fields, and knowledge tables:',
    ...[...tables].sort().map((t) => `--   ${t}`),
    '-- 输出 / output: tables ' + `${name}, ${name}_lines`,
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
    out.push(statement(`INSERT INTO ${META_TABLE} VALUES (${values.map(quoteLiteral).join(', ')})`));
    for (const p of resolveParameters(rule, options.parameters?.[rule.id])) {
      const num = p.num === null ? 'NULL' : String(p.num);
      const txt = p.txt === null ? 'NULL' : quoteLiteral(p.txt);
      out.push(
        statement(
          `INSERT INTO _cl_rule_params VALUES (${quoteLiteral(rule.id)}, ${quoteLiteral(p.name)}, ${num}, ${txt})`,
        ),
      );
    }
  }
  for (const rule of rules) {
    out.push('', `${RULE_MARKER}${rule.id}: ${rule.name.zh} / ${rule.name.en}`);
    out.push(statement(insertHitsSql(rule.id, compileParameterRefs(rule, rule.sql))));
  }
  out.push('', '-- 汇总为发现表 / build the findings tables');
  out.push(...buildFindingsSql(name).map(statement));
  return `${out.join('\n')}\n`;
}

const statement = (sql: string): string => `${sql.trim()};`;
