import { describe, expect, it } from 'vitest';
import { visitDuringStay } from '../../../../workers/rules/library/visit-during-stay';
import { runRule } from '../rule-harness';
import { lastHits, runOk, settlement, stay } from './behaviour-fixtures';

const STAY = stay('S1', '2024-03-01', '2024-03-10');

describe('住院期间门诊或购药 CL-BHV-002', () => {
  it('flags an outpatient settlement dated inside a stay', async () => {
    const run = await runOk(visitDuringStay, {
      setl: [STAY, settlement('O1', '2024-03-05', { fixmedins_code: 'H2', medfee_sumamt: 86.4 })],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.fixmedins_code, f.vola_amt])).toEqual([['O1', 'H2', 86.4]]);
    expect(run.findings[0]?.vola_cont).toBe(
      '参保人在 H1 住院期间（结算 S1，2024-03-01 至 2024-03-10），于 2024-03-05 在机构 H2 发生门诊结算',
    );
    expect(run.findings[0]?.vola_cont_en).toBe(
      'An outpatient settlement at H2 on 2024-03-05 falls inside the stay at H1 (settlement S1, 2024-03-01 to 2024-03-10)',
    );
    expect((await lastHits()).map((h) => [h.setl_id, h.vola_item_type, h.amount])).toEqual([
      ['O1', 1, 86.4],
      ['S1', 2, 0],
    ]);
    expect(run.summary.amountAtRisk).toBe(86.4);
  });

  it('boundary: visits on the admission or discharge day are allowed, the day after admission is not', async () => {
    const run = await runOk(visitDuringStay, {
      setl: [
        STAY,
        settlement('O1', '2024-03-01'),
        settlement('O2', '2024-03-10', { med_type: '41' }),
        settlement('O3', '2024-03-02', { med_type: '41' }),
        settlement('O4', '2024-03-09'),
      ],
    });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['O3', 'O4']);
    expect(run.findings[0]?.vola_cont).toContain('发生购药结算');
    expect(run.findings[0]?.vola_cont_en).toMatch(/^A pharmacy settlement/);
    expect(run.summary.amountAtRisk).toBe(200);
  });

  it("ignores other people's visits and visits outside any stay", async () => {
    const run = await runOk(visitDuringStay, {
      setl: [STAY, settlement('O1', '2024-03-05', { psn_no: 'P2' }), settlement('O2', '2024-03-12')],
    });
    expect(run.findings).toEqual([]);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(visitDuringStay, {
      setl: [STAY, settlement('O1', '2024-03-05')],
      unmapped: ['setl.med_type'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('setl.med_type');
  });
});
