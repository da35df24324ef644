/** Fixture helpers shared by the behaviour rules' tests: settlements, and the raw rows a rule emitted. */
import type { RuleDefinition, RuleParameterValue } from '../../../../core/rules/rule-types';
import { settlementRow, type SetlFields } from '../../../fixtures';
import { runRule, testEngine, type Fixture, type Row, type RuleRun } from '../rule-harness';

/** A settlement row of person P1 at H1 (override anything through `more`). */
export const settlement = (id: string, begin: string, more: SetlFields = {}): Row =>
  settlementRow({
    setl_id: id,
    mdtrt_id: `M${id}`,
    med_type: '11',
    begndate: begin,
    enddate: begin,
    medfee_sumamt: 100,
    ...more,
  });

/** An inpatient stay of P1 at H1. */
export const stay = (id: string, begin: string, end: string, more: SetlFields = {}): Row =>
  settlement(id, begin, { med_type: '21', enddate: end, medfee_sumamt: 1000, ...more });

/** `count` consecutive days from `start` (YYYY-MM-DD), every `step` days. */
export function days(start: string, count: number, step = 1): string[] {
  const t = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(t + i * step * 86_400_000).toISOString().slice(0, 10),
  );
}

/** A rule's output row as the last run stored it. */
export interface Hit {
  finding_key: string;
  setl_id: string | null;
  feedetl_sn: string | null;
  vola_item_type: number;
  amount: number;
}

/** The rows the last run's rule emitted (whole-settlement rows included), in a stable order. */
export async function lastHits(): Promise<Hit[]> {
  const engine = await testEngine();
  // The hits table is the kernel's: only its private connection sees it.
  return engine.kernelSql.rows<Hit & Record<string, unknown>>(
    `SELECT finding_key, setl_id, feedetl_sn, vola_item_type, amount::DOUBLE AS amount FROM _cl_rule_hits
     ORDER BY finding_key, setl_id, feedetl_sn`,
  );
}

/** Runs the rule and fails the test unless it ran (so a broken query cannot pass a negative test). */
export async function runOk(
  rule: RuleDefinition,
  fixture: Fixture,
  parameters: Readonly<Record<string, RuleParameterValue>> = {},
): Promise<RuleRun> {
  const run = await runRule(rule, fixture, parameters);
  if (run.outcome.status !== 'ok') {
    const why = run.outcome.error?.detail ?? run.outcome.reason?.en ?? '';
    throw new Error(`rule ${rule.id} ${run.outcome.status}: ${why}`);
  }
  return run;
}
