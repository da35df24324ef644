import { describe, expect, it } from 'vitest';
import { drugCourseDays } from '../../../../workers/rules/library/drug-course-days';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction } from '../../../fixtures';

const OZAGREL = 'XB01AXA223B002010100156';
const line = (sn: string, setl: string, day: number, amount = 50): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: `2024-05-${String(day).padStart(2, '0')} 08:00:00`,
    hilist_code: OZAGREL,
    hilist_name: '奥扎格雷钠注射液',
    cnt: amount / 50,
    pric: 50,
    det_item_fee_sumamt: amount,
    bilg_dr_code: undefined,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [
      restriction(OZAGREL, 'course_days', '14', 'NHSA 行 1'),
      restriction(OZAGREL, 'course_days', '3', 'NHSA 行 2'),
    ],
  },
});

describe('药品限支付疗程 GZ10000101010000', () => {
  it('flags the days after the paid course within a settlement; earlier days are related', async () => {
    const run = await runRule(
      drugCourseDays,
      fixture([
        line('F01', 'S1', 1),
        line('F02', 'S1', 2),
        line('F03', 'S1', 3),
        line('F04', 'S1', 4),
        line('F05', 'S1', 5, 30),
        line('F06', 'S1', 5, 20),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 100]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F01', 2, 50],
      ['F02', 2, 50],
      ['F03', 2, 50],
      ['F04', 1, 50],
      ['F05', 1, 30],
      ['F06', 1, 20],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '药品“奥扎格雷钠注射液”限支付 3 天，本次结算使用 5 天，超出 2 天',
    );
    expect(run.summary.amountAtRisk).toBe(100);
  });

  it('boundary: 3 days is paid, 4 are not; a day refunded in full does not count; settlements are apart', async () => {
    const run = await runRule(
      drugCourseDays,
      fixture([
        line('F01', 'S2', 1),
        line('F02', 'S2', 2),
        line('F03', 'S2', 3),
        line('F04', 'S2', 4),
        line('F05', 'S2', 4, -50),
        line('F06', 'S3', 1),
        line('F07', 'S3', 2),
        line('F08', 'S3', 3),
        line('F09', 'S3', 4),
        line('F10', 'S4', 1),
        line('F11', 'S4', 2),
        line('F12', 'S5', 3),
        line('F13', 'S5', 4),
      ]),
    );
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S3', 50]]);
    expect(run.lines.filter((l) => l.vola_item_type === 1).map((l) => l.feedetl_sn)).toEqual(['F09']);
  });

  it('is skipped with the reason when the charge time is not mapped', async () => {
    const run = await runRule(drugCourseDays, {
      ...fixture([line('F01', 'S1', 1)]),
      unmapped: ['fee.fee_ocur_time'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.fee_ocur_time');
  });
});
