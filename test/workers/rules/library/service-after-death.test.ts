import { describe, expect, it } from 'vitest';
import { serviceAfterDeath } from '../../../../workers/rules/library/service-after-death';
import { runRule, type Row } from '../rule-harness';
import { runOk } from './behaviour-fixtures';
import { feeLine } from '../../../fixtures';

const line = (sn: string, setl: string, time: string, amount = 40, psn = 'P1'): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    psn_no: psn,
    fee_ocur_time: time,
    hilist_code: '001102000010000',
    det_item_fee_sumamt: amount,
    bilg_dr_code: 'D7',
    cnt: undefined,
  });

const death = [
  { psn_no: 'P1', death_date: '2024-04-10' },
  { psn_no: 'P1', death_date: '2024-04-12' },
];

describe('死亡后发生医药费用 CL-BHV-004', () => {
  it('flags lines dated after the day of death (boundary: the day of death is allowed), one finding per settlement', async () => {
    const run = await runOk(serviceAfterDeath, {
      fee: [
        line('F1', 'S1', '2024-04-10 23:59:00'),
        line('F2', 'S1', '2024-04-11 00:10:00', 25.5),
        line('F3', 'S1', '2024-04-13 08:00:00', 30),
        line('F4', 'S2', '2024-05-01 08:00:00', 12),
        line('F5', 'S3', '2024-05-01 08:00:00', 99, 'P2'),
      ],
      death,
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.dr_code, f.vola_amt, f.lines])).toEqual([
      ['S1', 'D7', 55.5, 2],
      ['S2', 'D7', 12, 1],
    ]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F2', 1, 25.5],
      ['F3', 1, 30],
      ['F4', 1, 12],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '参保人 P1 于 2024-04-10 死亡，之后仍发生费用 2 条（2024-04-11 至 2024-04-13，死亡后第 1 天起），合计 55.50 元',
    );
    expect(run.findings[1]?.vola_cont_en).toBe(
      'Person P1 died on 2024-04-10, yet 1 fee line(s) are dated 2024-05-01 (21 day(s) after death), 12.00 yuan in all',
    );
    expect(run.summary.amountAtRisk).toBe(67.5);
  });

  it('honours a grace period', async () => {
    const fee = [line('F2', 'S1', '2024-04-11 10:00:00'), line('F3', 'S1', '2024-04-12 10:00:00')];
    const run = await runOk(serviceAfterDeath, { fee, death }, { grace_days: 1 });
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F3']);
    expect((await runOk(serviceAfterDeath, { fee, death }, { grace_days: 2 })).findings).toEqual([]);
  });

  it('is skipped with the reason when the death registry is not loaded or lacks a field', async () => {
    const noRegistry = await runRule(serviceAfterDeath, { fee: [line('F1', 'S1', '2024-04-11')] });
    expect(noRegistry.outcome.status).toBe('skipped');
    expect(noRegistry.outcome.reason?.zh).toContain('death');
    const unmapped = await runRule(serviceAfterDeath, {
      fee: [line('F1', 'S1', '2024-04-11')],
      death,
      unmapped: ['death.death_date'],
    });
    expect(unmapped.outcome.status).toBe('skipped');
    expect(unmapped.outcome.reason?.zh).toContain('death.death_date');
  });
});
