import { internalNameError } from '../kernel/internal-names';
import { notAQuery } from '../kernel/run-cell';
import { AppErrorException, type AppError } from '../../core/shared/errors';
import { msg, type Msg } from '../../core/shared/msg';
import type { RuleEngine } from './rule-engine';
import { isValidRuleId, type RuleDefinition } from '../../core/rules/rule-types';

/**
 * Why `rule` may not go into an exported script, or undefined when it may. `statement` is the exact
 * statement the script would hold for it (its query wrapped in the hits INSERT).
 *
 * The checks are the run-time ones: an id the kernel accepts, the one-query check of SQL cells and custom
 * rules (`notAQuery`, `internalNameError`), and DuckDB's own parser through a prepared statement, which
 * refuses several statements as it does when a custom rule runs. The statement is prepared under
 * `EXPLAIN`, so nothing of it runs. Without the data loaded the binder fails (`Catalog Error`,
 * `Binder Error`); DuckDB binds only after it has parsed exactly one statement, so such a failure still
 * proves one statement. Any other failure refuses the rule.
 */
export async function exportRefusal(
  engine: Pick<RuleEngine, 'execPrepared'>,
  rule: RuleDefinition,
  statement: string,
): Promise<Msg | undefined> {
  if (!isValidRuleId(rule.id)) return badId;
  const notQuery = notAQuery(rule.sql) ?? internalNameError(rule.sql);
  if (notQuery) return notQuery.message;
  // DuckDB's parser reads up to a NUL character and ignores the rest, in this check as in the script.
  if (statement.includes('\u0000')) return nulCharacter;
  try {
    await engine.execPrepared(`EXPLAIN ${statement}`, []);
    return undefined;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (/^(Catalog|Binder) Error/.test(detail)) return undefined;
    return notOneStatement(detail.split('\n')[0] ?? detail);
  }
}

/** The error of an export some rules could not go into: each refused rule and why. */
export function exportRefused(refused: readonly { rule: RuleDefinition; reason: Msg }[]): AppErrorException {
  return new AppErrorException({
    kind: 'sql',
    code: 'rule.export-refused',
    message: msg(
      `规则包未导出，以下规则不能写入 SQL 脚本：${refused
        .map(({ rule, reason }) => `规则 ${rule.id}（${rule.name.zh}）：${reason.zh}`)
        .join('；')}。请修改这些规则，或在规则单元中排除它们后再导出。`,
      `The rule pack was not exported; these rules cannot go into a SQL script: ${refused
        .map(({ rule, reason }) => `rule ${rule.id} (${rule.name.en}): ${reason.en}`)
        .join('; ')}. Fix them, or exclude them in the Rule cell, then export again.`,
    ),
  } satisfies AppError);
}

const badId = msg(
  '规则编号无效：只能以字母开头，含字母、数字、下划线、点和连字符（最多 64 个字符）',
  'its id is invalid: it must start with a letter and use letters, digits, _, . and - (at most 64)',
);

const nulCharacter = msg(
  'SQL 中含有空字符（U+0000），DuckDB 会忽略其后的全部内容',
  'its SQL contains a NUL character (U+0000), after which DuckDB ignores everything',
);

const notOneStatement = (detail: string): Msg =>
  msg(
    `SQL 不是单独一条可解析的查询（DuckDB：${detail}），写入脚本会多出或破坏其他语句；请删去多余的分号和语句`,
    `its SQL is not one query DuckDB can parse (DuckDB: ${detail}), so in a script it would add or break statements; remove the extra semicolons and statements`,
  );
