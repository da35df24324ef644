import { describe, expect, it } from 'vitest';
import { serviceFrequency } from '../../../../workers/rules/library/service-frequency';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, frequency } from '../../../fixtures';

const CONSULT = '001102000050000'; // 住院诊查费: once a day
const BATH = '001201000010000'; // 2 per stay in this fixture
const line = (sn: string, code: string, time: string, cnt = 1, setl = 'S1'): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: code,
    hilist_name: code === CONSULT ? '住院诊查费' : '特殊护理',
    cnt,
    pric: 10,
  });

const fixture = (fee: Row[], dayLimit = 1): Fixture => ({
  fee,
  kb: {
    kb_frequency: [
      frequency(CONSULT, 'day', dayLimit, 'NHSA 限定频次 行 2'),
      frequency(BATH, 'visit', 2, '样例'),
    ],
  },
});

describe('医疗服务项目限定频次 GZ10000102014000', () => {
  it('flags the units past the daily limit in charge-time order (boundary: one a day vs two)', async () => {
    const run = await runRule(
      serviceFrequency,
      fixture([
        line('F2', CONSULT, '2024-03-01 20:00:00'),
        line('F1', CONSULT, '2024-03-01 08:00:00'),
        line('F3', CONSULT, '2024-03-02 08:00:00'),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    const key = `GZ10000102014000:S1|${CONSULT}|2024-03-01`;
    expect(run.lines).toEqual([
      { finding_id: key, feedetl_sn: 'F1', vola_item_type: 2, amount: 10 },
      { finding_id: key, feedetl_sn: 'F2', vola_item_type: 1, amount: 10 },
    ]);
    expect(run.findings[0]?.vola_cont).toBe('项目“住院诊查费”每日限 1 次，2024-03-01 当日共 2 次，超出 1 次');
    expect(run.summary.amountAtRisk).toBe(10);
  });

  it('counts only the units beyond the limit on a line of several units', async () => {
    const run = await runRule(serviceFrequency, fixture([line('F1', CONSULT, '2024-03-01 08:00:00', 3)], 2));
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([['F1', 1, 10]]);
  });

  it('applies a per-visit limit over the whole settlement, not across settlements', async () => {
    const run = await runRule(
      serviceFrequency,
      fixture([
        line('F1', BATH, '2024-03-01 08:00:00'),
        line('F2', BATH, '2024-03-03 08:00:00'),
        line('F3', BATH, '2024-03-05 08:00:00'),
        line('F4', BATH, '2024-03-05 08:00:00', 2, 'S2'),
      ]),
    );
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 10]]);
    expect(run.lines.filter((l) => l.vola_item_type === 1).map((l) => l.feedetl_sn)).toEqual(['F3']);
  });

  it('is skipped with the reason when the quantity is not mapped', async () => {
    const run = await runRule(serviceFrequency, {
      ...fixture([line('F1', CONSULT, '2024-03-01 08:00:00')]),
      unmapped: ['fee.cnt'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.cnt');
  });
});
