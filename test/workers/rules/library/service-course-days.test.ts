import { describe, expect, it } from 'vitest';
import { serviceCourseDays } from '../../../../workers/rules/library/service-course-days';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction } from '../../../fixtures';

const TRAINING = '003402000210000';
const DRUG = 'XB01AXA223B002010100156';
const line = (sn: string, psn: string, setl: string, date: string, code = TRAINING): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    psn_no: psn,
    fee_ocur_time: `${date} 09:00:00`,
    hilist_code: code,
    hilist_name: '减重支持系统训练',
    pric: 40,
    bilg_dr_code: undefined,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [
      restriction(TRAINING, 'course_days', '3', 'NHSA 行 1'),
      restriction(DRUG, 'course_days', '1', 'NHSA 行 2'),
    ],
  },
});

const spread = [
  line('A1', 'A', 'SA1', '2024-01-01'),
  line('A2', 'A', 'SA1', '2024-01-02'),
  line('A3', 'A', 'SA2', '2024-01-10'),
  line('A4', 'A', 'SA2', '2024-01-11'),
];

describe('医疗服务项目限支付疗程 GZ10000102010000', () => {
  it('counts days of use per person across settlements; days after the course are flagged', async () => {
    const run = await runRule(
      serviceCourseDays,
      fixture([
        ...spread,
        line('B1', 'B', 'SB1', '2024-01-01'),
        line('B2', 'B', 'SB2', '2024-01-02'),
        line('B3', 'B', 'SB2', '2024-01-03'),
        line('X1', 'B', 'SB2', '2024-01-01', DRUG),
        line('X2', 'B', 'SB2', '2024-01-02', DRUG),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.psn_no, f.setl_id, f.vola_amt])).toEqual([['A', 'SA2', 40]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['A1', 2, 40],
      ['A2', 2, 40],
      ['A3', 2, 40],
      ['A4', 1, 40],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '医疗服务项目“减重支持系统训练”限支付 3 天，365 天内最多使用 4 天',
    );
    expect(run.summary.amountAtRisk).toBe(40);
  });

  it('boundary: a day 364 days later is in the period, 365 days later is not', async () => {
    const run = await runRule(
      serviceCourseDays,
      fixture([
        line('C1', 'C', 'SC1', '2024-01-01'),
        line('C2', 'C', 'SC1', '2024-01-02'),
        line('C3', 'C', 'SC1', '2024-01-03'),
        line('C4', 'C', 'SC2', '2024-12-31'),
        line('D1', 'D', 'SD1', '2024-01-01'),
        line('D2', 'D', 'SD1', '2024-01-02'),
        line('D3', 'D', 'SD1', '2024-01-03'),
        line('D4', 'D', 'SD2', '2024-12-30'),
      ]),
    );
    expect(run.findings.map((f) => [f.psn_no, f.setl_id, f.vola_amt])).toEqual([['D', 'SD2', 40]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type])).toEqual([
      ['D1', 2],
      ['D2', 2],
      ['D3', 2],
      ['D4', 1],
    ]);
  });

  it('honours a changed period', async () => {
    expect((await runRule(serviceCourseDays, fixture(spread), { lookback_days: 10 })).findings).toEqual([]);
    const run = await runRule(serviceCourseDays, fixture(spread), { lookback_days: 11 });
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type])).toEqual([
      ['A1', 2],
      ['A2', 2],
      ['A3', 2],
      ['A4', 1],
    ]);
  });

  it('is skipped with the reason when the person is not mapped', async () => {
    const run = await runRule(serviceCourseDays, { ...fixture(spread), unmapped: ['fee.psn_no'] });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.psn_no');
  });
});
