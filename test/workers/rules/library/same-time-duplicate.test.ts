import { describe, expect, it } from 'vitest';
import { sameTimeDuplicate } from '../../../../workers/rules/library/same-time-duplicate';
import { runRule, type Row } from '../rule-harness';
import { type FeeFields, feeLine } from '../../../fixtures';

const ITEM = '002501000010000';
const line = (sn: string, time: string, more: FeeFields = {}): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: 'S1',
    fee_ocur_time: time,
    hilist_code: ITEM,
    hilist_name: '血常规',
    pric: 20,
    ...more,
  });

describe('同一项目同一时间重复收费 CL-CHG-001', () => {
  it('flags the copies at the same time and price; the first line is related', async () => {
    const run = await runRule(sameTimeDuplicate, {
      fee: [
        line('F3', '2024-03-01 09:30:00'),
        line('F1', '2024-03-01 09:30:00'),
        line('F2', '2024-03-01 09:30:00'),
        line('F4', '2024-03-01 09:30:01'), // one second later
      ],
    });
    expect(run.outcome.status).toBe('ok');
    const key = `CL-CHG-001:S1|${ITEM}|2024-03-01 09:30:00|20.00`;
    expect(run.lines).toEqual([
      { finding_id: key, feedetl_sn: 'F1', vola_item_type: 2, amount: 20 },
      { finding_id: key, feedetl_sn: 'F2', vola_item_type: 1, amount: 20 },
      { finding_id: key, feedetl_sn: 'F3', vola_item_type: 1, amount: 20 },
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '项目“血常规”于 2024-03-01 09:30:00 以相同单价 20.00 元收费 3 条，重复 2 条',
    );
    expect(run.summary.amountAtRisk).toBe(40);
  });

  it('does not flag other prices, other settlements, refunded groups or date-only times', async () => {
    const run = await runRule(sameTimeDuplicate, {
      fee: [
        line('F1', '2024-03-01 09:30:00'),
        line('F2', '2024-03-01 09:30:00', { pric: 25, det_item_fee_sumamt: 25 }),
        line('F3', '2024-03-01 09:30:00', { setl_id: 'S2' }),
        line('F4', '2024-03-02 10:00:00'),
        line('F5', '2024-03-02 10:00:00'),
        line('F6', '2024-03-02 10:00:00', { cnt: -1, det_item_fee_sumamt: -20 }),
        line('F7', '2024-03-03 00:00:00'),
        line('F8', '2024-03-03 00:00:00'),
      ],
    });
    expect(run.findings).toEqual([]);
  });

  it('honours changed parameters: more copies required, midnight times compared', async () => {
    const fee = [line('F1', '2024-03-03 00:00:00'), line('F2', '2024-03-03 00:00:00')];
    const run = await runRule(sameTimeDuplicate, { fee }, { ignore_midnight: 0 });
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type])).toEqual([
      ['F1', 2],
      ['F2', 1],
    ]);
    expect(
      (await runRule(sameTimeDuplicate, { fee }, { ignore_midnight: 0, min_copies: 3 })).findings,
    ).toEqual([]);
  });

  it('is skipped with the reason when the unit price is not mapped', async () => {
    const run = await runRule(sameTimeDuplicate, {
      fee: [line('F1', '2024-03-01 09:30:00'), line('F2', '2024-03-01 09:30:00')],
      unmapped: ['fee.pric'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.pric');
  });
});
