import { RULE_MARKER } from '../workers/rules/export-sql';
import type { NativeConnection } from '../node/native/native-duckdb';

/** Native timings of the exported rule pack. */
export interface NativeRulesTimes {
  readonly ms: number;
  readonly perRule: Record<string, number>;
  readonly findings: number;
  readonly amountAtRisk: number;
}

/**
 * Runs the rule pack's exported SQL script (the very statements the browser kernel ran, parameters as
 * literals) on a native connection, statement by statement, timing each rule's statement.
 */
export async function runRulesNative(conn: NativeConnection, script: string): Promise<NativeRulesTimes> {
  const perRule: Record<string, number> = {};
  let rule: string | undefined;
  const started = performance.now();
  for (const chunk of script.split(/;\n/)) {
    const lines = chunk.split('\n');
    for (const line of lines) {
      if (line.startsWith(RULE_MARKER)) rule = line.slice(RULE_MARKER.length).split(':')[0];
    }
    const sql = lines
      .filter((l) => !l.startsWith('--'))
      .join('\n')
      .trim();
    if (sql === '') continue;
    const t = performance.now();
    await conn.run(sql);
    if (rule && sql.startsWith('INSERT INTO _cl_rule_hits')) perRule[rule] = performance.now() - t;
  }
  const ms = performance.now() - started;
  const reader = (await conn.runAndReadAll(
    `SELECT (SELECT count(*) FROM findings)::DOUBLE AS n, (SELECT coalesce(sum(amount), 0) FROM _cl_risk_units)::DOUBLE AS a`,
  )) as { getRowObjects(): { n: number; a: number }[] };
  const [row] = reader.getRowObjects();
  return { ms, perRule, findings: Number(row?.n ?? 0), amountAtRisk: Number(row?.a ?? 0) };
}
