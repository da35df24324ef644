import { describe, expect, it } from 'vitest';
import { serviceTotalCap } from '../../../../workers/rules/library/service-total-cap';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction } from '../../../fixtures';

const ITEM = '003302000010000';
const line = (sn: string, setl: string, amount: number, time: string): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: ITEM,
    hilist_name: '康复评定',
    pric: amount,
  });

const fixture = (fee: Row[], cap = '100'): Fixture => ({
  fee,
  kb: { kb_restriction: [restriction(ITEM, 'total_cap', cap, '样例 行 1')] },
});

describe('医疗服务项目超限定报销总额 GZ10000102015000', () => {
  it('flags the part past the cap on the later lines; the earlier ones are related', async () => {
    const run = await runRule(
      serviceTotalCap,
      fixture([
        line('F2', 'S1', 50, '2024-03-02 09:00:00'),
        line('F1', 'S1', 60, '2024-03-01 09:00:00'),
        line('F3', 'S1', 30, '2024-03-03 09:00:00'),
        line('F4', 'S2', 90, '2024-03-03 09:00:00'),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    const key = `GZ10000102015000:S1|${ITEM}`;
    expect(run.lines).toEqual([
      { finding_id: key, feedetl_sn: 'F1', vola_item_type: 2, amount: 60 },
      { finding_id: key, feedetl_sn: 'F2', vola_item_type: 1, amount: 10 },
      { finding_id: key, feedetl_sn: 'F3', vola_item_type: 1, amount: 30 },
    ]);
    expect(run.findings[0]?.vola_amt).toBe(40);
    expect(run.findings[0]?.vola_cont).toBe(
      '项目“康复评定”本次结算共收费 140.00 元，超过限定报销总额 100.00 元 40.00 元',
    );
    expect(run.summary.amountAtRisk).toBe(40);
  });

  it('accepts exactly the cap and flags one cent over', async () => {
    const two = (b: number) => [
      line('F1', 'S1', 60, '2024-03-01 09:00:00'),
      line('F2', 'S1', b, '2024-03-02 09:00:00'),
    ];
    expect((await runRule(serviceTotalCap, fixture(two(40)))).findings).toEqual([]);
    expect((await runRule(serviceTotalCap, fixture(two(40.01)))).findings.map((f) => f.vola_amt)).toEqual([
      0.01,
    ]);
  });

  it('follows the cap of the knowledge row', async () => {
    const fee = [line('F1', 'S1', 60, '2024-03-01 09:00:00'), line('F2', 'S1', 50, '2024-03-02 09:00:00')];
    expect((await runRule(serviceTotalCap, fixture(fee, '120'))).findings).toEqual([]);
  });

  it('is skipped with the reason when the line amount is not mapped', async () => {
    const run = await runRule(serviceTotalCap, {
      ...fixture([line('F1', 'S1', 160, '2024-03-01 09:00:00')]),
      unmapped: ['fee.det_item_fee_sumamt'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.det_item_fee_sumamt');
  });
});
