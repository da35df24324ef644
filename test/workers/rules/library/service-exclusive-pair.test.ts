import { describe, expect, it } from 'vitest';
import { serviceExclusivePair } from '../../../../workers/rules/library/service-exclusive-pair';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { exclusivePair, feeLine } from '../../../fixtures';

const MONITOR = '001103000010000'; // 急诊监护费 (includes the consultation)
const CONSULT = '001102000030000'; // 急诊诊查费
const BED = '001109000010000'; // 普通病房床位费
const NAMES: Record<string, string> = {
  [MONITOR]: '急诊监护费',
  [CONSULT]: '急诊诊查费',
  [BED]: '普通病房床位费',
};
const line = (sn: string, setl: string, code: string, time: string, amount = 10): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: code,
    hilist_name: NAMES[code] ?? code,
    pric: amount,
  });

const fixture = (fee: Row[], consultWindow: 'visit' | 'day' = 'visit'): Fixture => ({
  fee,
  kb: {
    kb_exclusive_pair: [
      exclusivePair(MONITOR, CONSULT, consultWindow, 'NHSA 重复收费 行 1'),
      exclusivePair(MONITOR, BED, 'day', 'NHSA 重复收费 行 2'),
    ],
  },
});

describe('医疗服务项目重复收费 GZ10000102012000', () => {
  it('flags B charged with A in the same settlement; A is the related line', async () => {
    const run = await runRule(
      serviceExclusivePair,
      fixture([
        line('F1', 'S1', MONITOR, '2024-03-01 08:00:00', 100),
        line('F2', 'S1', CONSULT, '2024-03-02 09:00:00', 12),
        line('F3', 'S2', CONSULT, '2024-03-02 09:00:00', 12),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    const key = `GZ10000102012000:S1|${MONITOR}|${CONSULT}`;
    expect(run.lines).toEqual([
      { finding_id: key, feedetl_sn: 'F1', vola_item_type: 2, amount: 100 },
      { finding_id: key, feedetl_sn: 'F2', vola_item_type: 1, amount: 12 },
    ]);
    expect(run.findings[0]?.vola_amt).toBe(12);
    expect(run.findings[0]?.vola_cont).toBe(
      '项目“急诊诊查费”与“急诊监护费”在同一次结算中同时收费，按规定不得另行收费',
    );
    expect(run.summary.amountAtRisk).toBe(12);
  });

  it('with a day window flags only the days both were charged (boundary: the next day is not)', async () => {
    const run = await runRule(
      serviceExclusivePair,
      fixture([
        line('F1', 'S1', MONITOR, '2024-03-01 08:00:00', 100),
        line('F2', 'S1', BED, '2024-03-01 20:00:00', 30),
        line('F3', 'S1', BED, '2024-03-02 08:00:00', 30),
      ]),
    );
    expect(run.findings.map((f) => [f.finding_id, f.vola_amt])).toEqual([
      [`GZ10000102012000:S1|${MONITOR}|${BED}|2024-03-01`, 30],
    ]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type])).toEqual([
      ['F1', 2],
      ['F2', 1],
    ]);
  });

  it('does not flag A alone, B alone, or A and B in different settlements', async () => {
    const run = await runRule(
      serviceExclusivePair,
      fixture([
        line('F1', 'S1', MONITOR, '2024-03-01 08:00:00'),
        line('F2', 'S2', CONSULT, '2024-03-01 09:00:00'),
        line('F3', 'S3', BED, '2024-03-01 09:00:00'),
      ]),
    );
    expect(run.findings).toEqual([]);
  });

  it('follows the knowledge row window', async () => {
    const fee = [
      line('F1', 'S1', MONITOR, '2024-03-01 08:00:00'),
      line('F2', 'S1', CONSULT, '2024-03-02 09:00:00'),
    ];
    expect((await runRule(serviceExclusivePair, fixture(fee, 'day'))).findings).toEqual([]);
  });

  it('is skipped with the reason when the line amount is not mapped', async () => {
    const run = await runRule(serviceExclusivePair, {
      ...fixture([line('F1', 'S1', MONITOR, '2024-03-01 08:00:00')]),
      unmapped: ['fee.det_item_fee_sumamt'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.det_item_fee_sumamt');
  });
});
