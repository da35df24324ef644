import { quoteIdent } from '../engine/sql-quote';
import { RISK_TABLE } from './findings-build';
import type { SqlEngine } from '../engine/sql-engine';
import type {
  FindingGroup,
  FindingsSummary,
  RuleOutcome,
  SeverityTotal,
} from '../../core/rules/rule-run-types';
import type { Severity } from '../../core/rules/rule-types';

/** How many institutions and doctors the summary lists (largest amount at risk first). */
export const SUMMARY_TOP = 20;

/** The severities a summary breaks findings down by, most certain first. */
const SEVERITIES: readonly Severity[] = ['明确违规', '高度可疑', '可疑'];

/**
 * Reads the totals, per-rule counts and per-institution / per-doctor groups of a finished run, on the
 * kernel's private connection (the risk units are its TEMP table).
 */
export async function summarizeFindings(
  engine: SqlEngine,
  name: string,
  outcomes: readonly RuleOutcome[],
  elapsedMs: number,
): Promise<FindingsSummary> {
  const findings = quoteIdent(name);
  const lines = quoteIdent(`${name}_lines`);
  const [totals] = await engine.rows<{ findings: number; settlements: number; persons: number }>(
    `SELECT count(*)::INTEGER AS findings, count(DISTINCT setl_id)::INTEGER AS settlements,
       count(DISTINCT psn_no)::INTEGER AS persons FROM ${findings}`,
  );
  const [risk] = await engine.rows<{ amount: number }>(
    `SELECT coalesce(sum(amount), 0)::DOUBLE AS amount FROM ${RISK_TABLE}`,
  );
  const perRule = await engine.rows<{ rule_id: string; findings: number; lines: number; amount: number }>(
    `SELECT f.rule_id, count(*)::INTEGER AS findings, coalesce(sum(l.n), 0)::INTEGER AS lines,
       coalesce(sum(f.vola_amt), 0)::DOUBLE AS amount
     FROM ${findings} f LEFT JOIN (SELECT finding_id, count(*) AS n FROM ${lines} GROUP BY ALL) l USING (finding_id)
     GROUP BY f.rule_id`,
  );
  const byRule = new Map(perRule.map((r) => [r.rule_id, r]));
  return {
    table: name,
    linesTable: `${name}_lines`,
    findings: totals?.findings ?? 0,
    settlements: totals?.settlements ?? 0,
    persons: totals?.persons ?? 0,
    amountAtRisk: round2(risk?.amount ?? 0),
    rules: outcomes.map((o) => {
      const r = byRule.get(o.ruleId);
      return r ? { ...o, findings: r.findings, lines: r.lines, amount: round2(r.amount) } : o;
    }),
    byInstitution: await groups(engine, findings, 'fixmedins_code'),
    byDoctor: await groups(engine, findings, 'dr_code'),
    bySeverity: await severities(engine, findings),
    elapsedMs,
  };
}

async function severities(engine: SqlEngine, findings: string): Promise<SeverityTotal[]> {
  const rows = await engine.rows<{ sev_deg: string; findings: number; amount: number }>(
    `SELECT sev_deg, count(*)::INTEGER AS findings, coalesce(sum(vola_amt), 0)::DOUBLE AS amount
     FROM ${findings} GROUP BY sev_deg`,
  );
  const bySeverity = new Map(rows.map((r) => [r.sev_deg, r]));
  return SEVERITIES.map((severity) => {
    const r = bySeverity.get(severity);
    return { severity, findings: r?.findings ?? 0, amount: round2(r?.amount ?? 0) };
  });
}

async function groups(
  engine: SqlEngine,
  findings: string,
  column: 'fixmedins_code' | 'dr_code',
): Promise<FindingGroup[]> {
  // Names come from medins when it is loaded; the kernel does not require it.
  const hasMedins =
    column === 'fixmedins_code' &&
    (
      await engine.rows<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM information_schema.tables
         WHERE table_schema = 'main' AND table_name = 'medins'`,
      )
    )[0]?.n === 1;
  const name = hasMedins
    ? `(SELECT min(fixmedins_name) FROM medins m WHERE m.fixmedins_code = g.code)`
    : `NULL`;
  const rows = await engine.rows<{ code: string; name: string | null; findings: number; amount: number }>(
    `WITH c AS (SELECT ${column} AS code, count(*)::INTEGER AS findings FROM ${findings}
                WHERE ${column} IS NOT NULL GROUP BY ALL),
     a AS (SELECT ${column} AS code, sum(amount)::DOUBLE AS amount FROM ${RISK_TABLE}
           WHERE ${column} IS NOT NULL GROUP BY ALL),
     g AS (SELECT c.code, c.findings, coalesce(a.amount, 0) AS amount FROM c LEFT JOIN a USING (code))
     SELECT g.code, ${name} AS name, g.findings, g.amount FROM g
     ORDER BY g.amount DESC, g.findings DESC, g.code LIMIT ${SUMMARY_TOP}`,
  );
  return rows.map((r) => ({
    code: r.code,
    name: r.name ?? '',
    findings: r.findings,
    amountAtRisk: round2(r.amount),
  }));
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
