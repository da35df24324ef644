import { AppErrorException } from '../shared/errors';
import { msg } from '../shared/msg';
import type { RuleEngine } from './rule-engine';
import { RULE_MACROS } from './rule-macros';
import { compileParameterRefs, resolveParameters } from './rule-parameters';
import { RULE_OUTPUT_COLUMNS, type RuleDefinition } from './rule-types';

const CHECK_VIEW = '_cl_custom_check';

/**
 * Checks that a custom rule's SQL compiles on the loaded data and returns the kernel's output columns,
 * naming the missing ones. The SQL becomes a temporary view through a prepared statement, so it can be
 * one query and nothing else.
 */
export async function checkCustomRuleColumns(engine: RuleEngine, rule: RuleDefinition): Promise<void> {
  for (const stmt of RULE_MACROS) await engine.exec(stmt);
  await engine.execPrepared(`DELETE FROM _cl_rule_params WHERE rule_id = ?`, [rule.id]);
  for (const p of resolveParameters(rule)) {
    await engine.execPrepared(`INSERT INTO _cl_rule_params VALUES (?, ?, ?, ?)`, [
      rule.id,
      p.name,
      p.num,
      p.txt,
    ]);
  }
  const sql = compileParameterRefs(rule, rule.sql).replace(/[\s;]+$/, '');
  await engine.execPrepared(`CREATE OR REPLACE TEMP VIEW ${CHECK_VIEW} AS\n${sql}\n`, []);
  try {
    const columns = await engine.rows<{ column_name: string }>(`DESCRIBE ${CHECK_VIEW}`);
    const have = new Set(columns.map((c) => c.column_name.toLowerCase()));
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
  } finally {
    await engine.exec(`DROP VIEW IF EXISTS ${CHECK_VIEW}`);
  }
}
