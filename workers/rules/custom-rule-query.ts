import { HITS_TABLE, hitsSelectSql } from './findings-build';
import type { RuleEngine } from './rule-engine';
import { RULE_MACROS } from './rule-macros';
import { bindParameterRefs, resolveParameters, type BoundParameter } from './rule-parameters';
import type { RuleDefinition } from '../../core/rules/rule-types';

/**
 * The table a custom rule's rows pass through on their way into the kernel's hits table. A custom
 * rule's SQL is user SQL, so it runs where user SQL runs (never on the kernel's private connection,
 * whose TEMP tables it could otherwise name); the kernel then copies the rows and drops this table at
 * once. It only ever holds that rule's own output, never anything of the kernel's.
 */
export const CUSTOM_OUTPUT = '_cl_custom_out';

/** The column names a custom rule's query returns (its parameters bound to their defaults). */
export async function describeCustomRule(engine: RuleEngine, rule: RuleDefinition): Promise<string[]> {
  await ensureMacros(engine);
  const { sql, args } = bindParameterRefs(rule, trimmed(rule.sql), resolveParameters(rule));
  await engine.execPrepared(
    `CREATE OR REPLACE TABLE ${CUSTOM_OUTPUT} AS SELECT * FROM (\n${sql}\n) LIMIT 0`,
    args,
  );
  try {
    const rows = await engine.rows<{ column_name: string }>(`DESCRIBE ${CUSTOM_OUTPUT}`);
    return rows.map((r) => r.column_name);
  } finally {
    await engine.exec(`DROP TABLE IF EXISTS ${CUSTOM_OUTPUT}`);
  }
}

/**
 * Runs a custom rule's query as one prepared statement where user SQL runs, with its parameter values
 * bound as arguments, and appends its rows to the kernel's hits table.
 */
export async function runCustomRule(
  engine: RuleEngine,
  rule: RuleDefinition,
  bound: readonly BoundParameter[],
): Promise<void> {
  const { sql, args } = bindParameterRefs(rule, trimmed(rule.sql), bound);
  await engine.execPrepared(
    `CREATE OR REPLACE TABLE ${CUSTOM_OUTPUT} AS ${hitsSelectSql(rule.id, sql)}`,
    args,
  );
  try {
    await engine.kernelSql.exec(`INSERT INTO ${HITS_TABLE} SELECT * FROM ${CUSTOM_OUTPUT}`);
  } finally {
    await engine.exec(`DROP TABLE IF EXISTS ${CUSTOM_OUTPUT}`);
  }
}

/** The shared macros (`cl_age`, `cl_sex`…) custom rules may call, created by the kernel. */
async function ensureMacros(engine: RuleEngine): Promise<void> {
  for (const stmt of RULE_MACROS) await engine.kernelSql.exec(stmt);
}

const trimmed = (sql: string) => sql.replace(/[\s;]+$/, '');
