import { describe, expect, it } from 'vitest';
import { settlementAfterDeath } from '../../../../workers/rules/library/settlement-after-death';
import { runRule } from '../rule-harness';
import { runOk, settlement, stay } from './behaviour-fixtures';

const death = [{ psn_no: 'P1', death_date: '2024-04-10' }];

describe('死亡后就医结算 CL-BHV-005', () => {
  it('flags settlements that began after the day of death (boundary: the day of death is allowed)', async () => {
    const run = await runOk(settlementAfterDeath, {
      setl: [
        stay('S1', '2024-04-01', '2024-04-10'),
        settlement('S2', '2024-04-10'),
        settlement('S3', '2024-04-11', { medfee_sumamt: 58.3, atddr_no: 'D2' }),
        settlement('S4', '2024-04-20', { psn_no: 'P2' }),
      ],
      death,
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.dr_code, f.vola_amt, f.lines])).toEqual([
      ['S3', 'D2', 58.3, 0],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '参保人 P1 于 2024-04-10 死亡，死亡后第 1 天（2024-04-11）仍在机构 H1 就医结算',
    );
    expect(run.findings[0]?.vola_cont_en).toBe(
      'Person P1 died on 2024-04-10, yet a visit at H1 began on 2024-04-11, 1 day(s) later',
    );
    expect(run.summary.amountAtRisk).toBe(58.3);
  });

  it('honours a grace period', async () => {
    const setl = [settlement('S3', '2024-04-11'), settlement('S4', '2024-04-13')];
    const run = await runOk(settlementAfterDeath, { setl, death }, { grace_days: 2 });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S4']);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(settlementAfterDeath, {
      setl: [settlement('S3', '2024-04-11')],
      death,
      unmapped: ['death.psn_no'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('death.psn_no');
  });
});
