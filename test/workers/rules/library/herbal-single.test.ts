import { describe, expect, it } from 'vitest';
import { herbalSingle } from '../../../../workers/rules/library/herbal-single';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction } from '../../../fixtures';

const DINGXIANG = 'T000700200'; // 丁香: herbal_single
const RENSHEN = 'T001700643'; // 人参片: herbal_single
const EJIAO = 'T001700233'; // 阿胶: herbal_excluded
const GANCAO = 'T000700300'; // 甘草: payable
const line = (sn: string, setl: string, code: string, time: string, amount: number): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: code,
    pric: amount,
    bilg_dr_code: undefined,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [
      restriction(DINGXIANG, 'herbal_single', '', 'NHSA 行 1'),
      restriction(RENSHEN, 'herbal_single', '', 'NHSA 行 2'),
      restriction(EJIAO, 'herbal_excluded', '', 'NHSA 行 3'),
    ],
  },
});

describe('中药饮片单方使用不予支付 GZ10000101004000', () => {
  it('flags a day whose herbal lines are all such pieces; one payable piece clears the day', async () => {
    const run = await runRule(
      herbalSingle,
      fixture([
        line('F1', 'S1', DINGXIANG, '2024-05-01 09:00:00', 12.3),
        line('F2', 'S1', RENSHEN, '2024-05-01 16:00:00', 40),
        line('F3', 'S1', DINGXIANG, '2024-05-02 09:00:00', 12.3),
        line('F4', 'S1', GANCAO, '2024-05-02 09:00:00', 3),
        line('F5', 'S1', 'XA01AAA000A000000000000', '2024-05-01 09:00:00', 99),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 52.3]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 1, 12.3],
      ['F2', 1, 40],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('2024-05-01');
    expect(run.findings[0]?.vola_cont).toContain('2 味');
    expect(run.summary.amountAtRisk).toBe(52.3);
  });

  it('does not let an excluded piece make the prescription payable, and leaves that piece out', async () => {
    const run = await runRule(
      herbalSingle,
      fixture([
        line('F1', 'S2', RENSHEN, '2024-05-01', 40),
        line('F2', 'S2', EJIAO, '2024-05-01', 80),
        line('F3', 'S3', GANCAO, '2024-05-01', 3),
        line('F4', 'S3', EJIAO, '2024-05-01', 80),
      ]),
    );
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([['F1', 1, 40]]);
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S2']);
  });

  it('groups by settlement and day: a payable piece on another day or in another settlement does not clear', async () => {
    const run = await runRule(
      herbalSingle,
      fixture([
        line('F1', 'S4', DINGXIANG, '2024-05-01 23:59:59', 12),
        line('F2', 'S4', GANCAO, '2024-05-02 00:00:00', 3),
        line('F3', 'S5', GANCAO, '2024-05-01 10:00:00', 3),
      ]),
    );
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
  });

  it('is skipped with the reason when the charge time is not mapped', async () => {
    const run = await runRule(herbalSingle, {
      ...fixture([line('F1', 'S1', DINGXIANG, '2024-05-01', 12)]),
      unmapped: ['fee.fee_ocur_time'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.fee_ocur_time');
  });
});
