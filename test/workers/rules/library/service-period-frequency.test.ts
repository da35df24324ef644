import { describe, expect, it } from 'vitest';
import { servicePeriodFrequency } from '../../../../workers/rules/library/service-period-frequency';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { type FeeFields, feeLine, frequency } from '../../../fixtures';

const BALANCE = '003104010220000'; // 平衡试验: at least 14 days apart
const HBA1C = '002503020030000'; // 糖化血红蛋白测定
const line = (sn: string, code: string, time: string, setl: string, more: FeeFields = {}): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: code,
    hilist_name: code === BALANCE ? '平衡试验' : '糖化血红蛋白测定',
    pric: 10,
    ...more,
  });

const fixture = (fee: Row[], hba1cPeriod = 'month', hba1cMax = 1): Fixture => ({
  fee,
  kb: {
    kb_frequency: [
      frequency(BALANCE, '14d', 1, 'NHSA 周期超频次 行 5'),
      frequency(HBA1C, hba1cPeriod, hba1cMax, '样例'),
    ],
  },
});

describe('医疗服务项目周期超频次 NHSA2025-31', () => {
  it('flags a use 13 days after the previous one across settlements, not one 14 days after', async () => {
    const run = await runRule(
      servicePeriodFrequency,
      fixture([
        line('F1', BALANCE, '2024-03-01 09:00:00', 'S1'),
        line('F2', BALANCE, '2024-03-14 09:00:00', 'S2'),
        line('F3', BALANCE, '2024-03-28 09:00:00', 'S3'),
        line('F4', BALANCE, '2024-03-05 09:00:00', 'S9', { psn_no: 'P2' }),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    const key = `NHSA2025-31:P1|${BALANCE}|14d|2024-03-01`;
    expect(run.lines).toEqual([
      { finding_id: key, feedetl_sn: 'F1', vola_item_type: 2, amount: 10 },
      { finding_id: key, feedetl_sn: 'F2', vola_item_type: 1, amount: 10 },
    ]);
    expect(run.findings[0]?.setl_id).toBe('S2'); // the violating line's
    expect(run.findings[0]?.vola_cont).toBe(
      '项目“平衡试验”每 14 天限 1 次，2024-03-01 至 2024-03-14 期间共 2 次，超出 1 次',
    );
    expect(run.summary.amountAtRisk).toBe(10);
  });

  it('puts uses less than n days apart in one finding, every use past the limit violating', async () => {
    const run = await runRule(
      servicePeriodFrequency,
      fixture([
        line('F1', BALANCE, '2024-03-01 09:00:00', 'S1'),
        line('F2', BALANCE, '2024-03-08 09:00:00', 'S1'),
        line('F3', BALANCE, '2024-03-20 09:00:00', 'S2'), // 19 days after F1 but 12 after F2
      ]),
    );
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 2, 10],
      ['F2', 1, 10],
      ['F3', 1, 10],
    ]);
    expect(run.findings[0]?.vola_cont_en).toBe(
      'Item "平衡试验" is limited to 1 in 14 days; 3 were charged from 2024-03-01 to 2024-03-20, 2 over (unit price 10.00 yuan)',
    );
  });

  it('counts calendar months per person (boundary: the 31st vs the 1st of the next month)', async () => {
    const run = await runRule(
      servicePeriodFrequency,
      fixture([
        line('F1', HBA1C, '2024-03-01 09:00:00', 'S1'),
        line('F2', HBA1C, '2024-03-31 09:00:00', 'S2'),
        line('F3', HBA1C, '2024-04-01 09:00:00', 'S3'),
      ]),
    );
    expect(run.lines.map((l) => [l.finding_id, l.feedetl_sn, l.vola_item_type])).toEqual([
      [`NHSA2025-31:P1|${HBA1C}|month|2024-03-01`, 'F1', 2],
      [`NHSA2025-31:P1|${HBA1C}|month|2024-03-01`, 'F2', 1],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('2024年03月内共 2 次');
  });

  it('follows the knowledge row period and limit', async () => {
    const fee = [
      line('F1', HBA1C, '2024-01-10 09:00:00', 'S1'),
      line('F2', HBA1C, '2024-05-10 09:00:00', 'S2'),
      line('F3', HBA1C, '2024-11-10 09:00:00', 'S3'),
    ];
    expect((await runRule(servicePeriodFrequency, fixture(fee, 'quarter'))).findings).toEqual([]);
    const run = await runRule(servicePeriodFrequency, fixture(fee, 'year', 2));
    expect(run.lines.filter((l) => l.vola_item_type === 1).map((l) => l.feedetl_sn)).toEqual(['F3']);
    expect(run.findings[0]?.vola_cont_en).toContain('limited to 2 per year; 3 were charged in 2024, 1 over');
  });

  it('is skipped with the reason when the person is not mapped', async () => {
    const run = await runRule(servicePeriodFrequency, {
      ...fixture([line('F1', BALANCE, '2024-03-01 09:00:00', 'S1')]),
      unmapped: ['fee.psn_no'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.psn_no');
  });
});
