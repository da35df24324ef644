import { describe, expect, it } from 'vitest';
import { frequentAdmission } from '../../../../workers/rules/library/frequent-admission';
import { runRule } from '../rule-harness';
import { lastHits, runOk, stay } from './behaviour-fixtures';

const admissions = (dates: string[], diagnosis = 'K80.100') =>
  dates.map((d, i) =>
    stay(`S${i + 1}`, d, d.slice(0, 8) + '28', { dise_codg: diagnosis, medfee_sumamt: 1000 + i }),
  );

const FIVE = ['2024-01-03', '2024-03-03', '2024-05-03', '2024-07-03', '2024-12-03'];

describe('频繁住院 GZ10000204004000', () => {
  it('flags the 5th and later admissions of a calendar year (boundary: 4 are not flagged)', async () => {
    const run = await runOk(frequentAdmission, { setl: admissions([...FIVE, '2024-12-20']) });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => f.finding_id)).toEqual(['GZ10000204004000:P1|2024']);
    expect(run.findings[0]?.vola_cont).toBe(
      '参保人 P1 在 2024 年住院 6 次（上限 4 次），第 5 次起的 2 次住院超出',
    );
    const hits = await lastHits();
    expect(hits.map((h) => [h.setl_id, h.vola_item_type, h.amount])).toEqual([
      ['S1', 2, 0],
      ['S2', 2, 0],
      ['S3', 2, 0],
      ['S4', 2, 0],
      ['S5', 1, 1004],
      ['S6', 1, 1005],
    ]);
    expect(run.summary.amountAtRisk).toBe(2009);
    expect((await runOk(frequentAdmission, { setl: admissions(FIVE.slice(0, 4)) })).findings).toEqual([]);
  });

  it('counts natural years separately, and a stay settled in parts once', async () => {
    const acrossYears = admissions(['2023-09-01', '2023-11-01', '2024-01-03', '2024-03-03', '2024-05-03']);
    expect((await runOk(frequentAdmission, { setl: acrossYears })).findings).toEqual([]);
    const parts = [
      ...admissions(FIVE.slice(0, 4)),
      stay('S4b', '2024-07-03', '2024-07-30', { dise_codg: 'K80.100' }), // second settlement of stay S4
    ];
    expect((await runOk(frequentAdmission, { setl: parts })).findings).toEqual([]);
  });

  it('does not count planned chemotherapy, and honours changed parameters', async () => {
    const chemo = admissions(FIVE, 'Z51.102');
    expect((await runOk(frequentAdmission, { setl: chemo })).findings).toEqual([]);
    const counted = await runOk(frequentAdmission, { setl: chemo }, { excluded_diagnoses: '' });
    expect(counted.findings.map((f) => f.setl_id)).toEqual(['S5']);
    const three = await runOk(
      frequentAdmission,
      { setl: admissions(FIVE.slice(0, 4)) },
      { max_admissions: 3 },
    );
    expect(three.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S4', 1003]]);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(frequentAdmission, { setl: admissions(FIVE), unmapped: ['setl.dise_codg'] });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('setl.dise_codg');
  });
});
