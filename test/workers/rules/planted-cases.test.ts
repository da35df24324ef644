/**
 * The rule kernel on the demo dataset (about 2,100 settlements, 28k fee lines) with planted cases: every
 * 政策类 rule plus the two 医疗类 sex rules run over the demo data and planted lines (planted-cases-fixture.ts).
 * Each planted rule must flag exactly its planted positives, nothing from the base data and no near miss,
 * and the amount at risk must equal an independent sum over `fee`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { RULE_LIBRARY } from '../../../workers/rules/rule-library';
import type { FindingsSummary } from '../../../core/rules/rule-run-types';
import { dataAvailability, rulesForRequest } from '../../../workers/rules/rule-session';
import { runRules } from '../../../workers/rules/run-rules';
import { loadDemoCanonical } from './demo-canonical';
import { PLANTED_CODES, PLANTED_LINES, PLANTED_RULES, plantCases } from './planted-cases-fixture';
import { ruleEngine, testEngine } from './rule-harness';

/** The 医疗类 rules planted for (deterministic: the knowledge row and the person decide). */
const MEDICAL_PLANTED = ['GZ10000301004000', 'GZ10000302004000'];

/** The 政策类 rules nothing is planted for, and why each finds nothing. */
const UNPLANTED: Readonly<Record<string, { status: 'skipped'; kind: string } | { status: 'ok' }>> = {
  GZ10000101001000: { status: 'skipped', kind: 'work_injury' },
  GZ10000101004000: { status: 'skipped', kind: 'herbal_single' },
  GZ10000101005000: { status: 'skipped', kind: 'second_line' },
  GZ10000101006000: { status: 'skipped', kind: 'newborn' },
  GZ10000101008000: { status: 'skipped', kind: 'indication' },
  GZ10000101010000: { status: 'skipped', kind: 'course_days' },
  GZ10000102002000: { status: 'skipped', kind: 'surgery_group' },
  GZ10000102005000: { status: 'skipped', kind: 'newborn' },
  GZ10000102010000: { status: 'skipped', kind: 'course_days' },
  GZ10000102013000: { status: 'skipped', kind: 'bundle' },
  // Runs (kb_frequency has rows) but the planted limits are per day / per visit, not per period.
  'NHSA2025-31': { status: 'ok' },
};

const BASE_TABLES = ['setl', 'fee', 'psn', 'medins'] as const;

type Counts = Record<(typeof BASE_TABLES)[number], number> & { baseFeeSum: number };
type LineRow = { rule_id: string; feedetl_sn: string; vola_item_type: number; amount: number };

let engine: NodeEngine;
let summary: FindingsSummary;
let before: Counts;
let childAge: number;
let lines: LineRow[];

async function counts(): Promise<Counts> {
  const parts = BASE_TABLES.map((t) => `(SELECT count(*) FROM ${t})::INTEGER AS ${t}`).join(', ');
  const [row] = await engine.rows<Counts>(
    `SELECT ${parts}, (SELECT sum(det_item_fee_sumamt) FROM fee WHERE feedetl_sn NOT LIKE 'PLANT-%')::DOUBLE
       AS "baseFeeSum"`,
  );
  return row as Counts;
}

beforeAll(async () => {
  engine = await testEngine();
  const mappings = await loadDemoCanonical(engine);
  before = await counts();
  childAge = await plantCases(engine);
  const rules = [
    ...rulesForRequest({ name: 'findings', pack: { kind: 'tier', tier: '政策类' } }),
    ...RULE_LIBRARY.filter((r) => MEDICAL_PLANTED.includes(r.id)),
  ];
  summary = await runRules(ruleEngine(engine), rules, await dataAvailability(engine, mappings), {
    name: 'findings',
  });
  lines = await engine.rows<LineRow>(
    `SELECT rule_id, feedetl_sn, vola_item_type, amount::DOUBLE AS amount FROM findings_lines
     ORDER BY rule_id, feedetl_sn`,
  );
});

afterAll(async () => {
  await engine.close();
});

const planted = (rule: string, ...expect: string[]): string[] =>
  PLANTED_LINES.filter((l) => l.rule === rule && expect.includes(l.expect))
    .map((l) => l.sn)
    .sort();
const flagged = (rule: string, type: number): string[] =>
  lines.filter((l) => l.rule_id === rule && l.vola_item_type === type).map((l) => l.feedetl_sn);

describe('rule kernel on the demo dataset with planted cases', () => {
  it('plants every line on a real host with new codes absent from the demo data', async () => {
    const [hosts] = await engine.rows<{ n: number }>(
      `SELECT count(DISTINCT setl_id)::INTEGER AS n FROM planted_hosts`,
    );
    expect(hosts?.n).toBe(6);
    const [fee] = await engine.rows<{ n: number; hosted: number; priced: number }>(
      `SELECT count(*)::INTEGER AS n, count(s.setl_id)::INTEGER AS hosted,
         count(*) FILTER (WHERE f.det_item_fee_sumamt = f.cnt * f.pric)::INTEGER AS priced
       FROM fee f LEFT JOIN setl s ON s.setl_id = f.setl_id AND s.psn_no = f.psn_no
       WHERE f.feedetl_sn LIKE 'PLANT-%'`,
    );
    expect(fee).toEqual({
      n: PLANTED_LINES.length,
      hosted: PLANTED_LINES.length,
      priced: PLANTED_LINES.length,
    });
    const codes = Object.values(PLANTED_CODES).map((c) => `'${c}'`);
    const [clash] = await engine.rows<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM fee WHERE feedetl_sn NOT LIKE 'PLANT-%' AND hilist_code IN (${codes})`,
    );
    expect(clash?.n).toBe(0);
    expect(childAge).toBeGreaterThanOrEqual(6);
  });

  it('runs every rule to ok or skipped, and skips the unplanted ones for the knowledge they lack', () => {
    const outcomes = new Map(summary.rules.map((o) => [o.ruleId, o]));
    expect([...outcomes.keys()].sort()).toEqual([...PLANTED_RULES, ...Object.keys(UNPLANTED)].sort());
    expect(summary.rules.filter((o) => o.status === 'failed').map((o) => o.error)).toEqual([]);
    for (const rule of PLANTED_RULES) expect(outcomes.get(rule)?.status, rule).toBe('ok');
    for (const [rule, want] of Object.entries(UNPLANTED)) {
      const outcome = outcomes.get(rule);
      expect(outcome?.status, rule).toBe(want.status);
      expect(outcome?.findings, rule).toBe(0);
      if (want.status === 'skipped') expect(outcome?.reason?.en, rule).toContain(`"${want.kind}"`);
    }
  });

  it.each(PLANTED_RULES)('%s flags exactly its planted positives, with their related lines', (rule) => {
    expect(flagged(rule, 1)).toEqual(planted(rule, 'full', 'excess'));
    expect(flagged(rule, 2)).toEqual(planted(rule, 'related'));
    expect(planted(rule, 'full', 'excess').length).toBeGreaterThanOrEqual(2);
    expect(planted(rule, 'none').length).toBeGreaterThanOrEqual(1);
  });

  it('flags no near miss and nothing from the base data, and each violating line under one rule', () => {
    const nearMisses = new Set(PLANTED_LINES.filter((l) => l.expect === 'none').map((l) => l.sn));
    expect(lines.filter((l) => nearMisses.has(l.feedetl_sn))).toEqual([]);
    expect(lines.filter((l) => !l.feedetl_sn.startsWith('PLANT-'))).toEqual([]);
    const violating = lines.filter((l) => l.vola_item_type === 1).map((l) => l.feedetl_sn);
    expect(new Set(violating).size).toBe(violating.length);
  });

  it('values each violating line as the independent answer', async () => {
    const rows = await engine.rows<{ feedetl_sn: string; got: number | null; want: number | null }>(
      `SELECT coalesce(a.feedetl_sn, l.feedetl_sn) AS feedetl_sn, l.amount::DOUBLE AS got,
         a.expected_amount::DOUBLE AS want
       FROM planted_answers a
       FULL JOIN (SELECT * FROM findings_lines WHERE vola_item_type = 1) l
         ON l.feedetl_sn = a.feedetl_sn AND l.rule_id = a.rule_id
       WHERE a.expected_amount IS DISTINCT FROM l.amount`,
    );
    expect(rows).toEqual([]);
  });

  it('totals the amount at risk as the independent sum and the risk units', async () => {
    // The risk units are the kernel's: only its private connection sees them.
    const [row] = await engine.kernelSql.rows<{ answers: number; units: number; n: number }>(
      `SELECT (SELECT sum(expected_amount) FROM planted_answers)::DOUBLE AS answers,
         (SELECT sum(amount) FROM _cl_risk_units)::DOUBLE AS units,
         (SELECT count(*) FROM planted_answers)::INTEGER AS n`,
    );
    expect(row?.n).toBe(PLANTED_LINES.filter((l) => l.expect === 'full' || l.expect === 'excess').length);
    expect(row?.answers).toBeGreaterThan(0);
    expect(Math.round(summary.amountAtRisk * 100)).toBe(Math.round((row?.answers ?? NaN) * 100));
    expect(Math.round((row?.units ?? NaN) * 100)).toBe(Math.round((row?.answers ?? NaN) * 100));
  });

  it('leaves the base data as it was, apart from the planted lines', async () => {
    const after = await counts();
    expect(after).toEqual({ ...before, fee: before.fee + PLANTED_LINES.length });
  });
});
