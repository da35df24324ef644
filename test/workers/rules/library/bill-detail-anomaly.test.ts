import { describe, expect, it } from 'vitest';
import { billDetailAnomaly } from '../../../../workers/rules/library/bill-detail-anomaly';
import { runRule, type Fixture, type Value } from '../rule-harness';
import { feeLine } from '../../../fixtures';

const line = (sn: string, cnt: number, pric: number, amount: number, code: Value = '002501000010000') =>
  feeLine({
    feedetl_sn: sn,
    setl_id: 'S1',
    fee_ocur_time: '2024-03-01 09:00:00',
    hilist_code: code,
    hilist_name: '血常规',
    cnt,
    pric,
    det_item_fee_sumamt: amount,
  });

const fixture: Fixture = {
  fee: [
    line('F1', 2, 10, 20),
    line('F2', 2, 10, 20.01), // one cent: within the tolerance
    line('F3', 2, 10, 20.02),
    line('F4', 1, 30, 30, null),
    line('F5', 0, 10, 10),
    line('F6', -1, 10, -10), // a refund
    line('F7', 3, 3.333, 10), // 9.999 rounds to 10.00
  ],
};

describe('结算明细信息异常 GZ10000201002000', () => {
  it('flags an amount off quantity × price by more than a cent, a missing code, a non-positive quantity', async () => {
    const run = await runRule(billDetailAnomaly, fixture);
    expect(run.outcome.status).toBe('ok');
    expect(run.lines).toEqual([
      { finding_id: 'GZ10000201002000:S1|F3', feedetl_sn: 'F3', vola_item_type: 1, amount: 0.02 },
      { finding_id: 'GZ10000201002000:S1|F4', feedetl_sn: 'F4', vola_item_type: 1, amount: 30 },
      { finding_id: 'GZ10000201002000:S1|F5', feedetl_sn: 'F5', vola_item_type: 1, amount: 10 },
    ]);
    const cont = run.findings.map((f) => f.vola_cont);
    expect(cont[0]).toBe('数量 2 × 单价 10.00 = 20.00 元，与明细金额 20.02 元相差 0.02 元');
    expect(cont[1]).toBe('明细缺少医保目录编码（金额 30.00 元）');
    expect(cont[2]).toBe(
      '数量 0 不为正，金额却为 10.00 元；数量 0 × 单价 10.00 = 0.00 元，与明细金额 10.00 元相差 10.00 元',
    );
    expect(run.summary.amountAtRisk).toBe(40.02);
  });

  it('honours a changed tolerance', async () => {
    const run = await runRule(billDetailAnomaly, fixture, { tolerance: 0.05 });
    expect(run.findings.map((f) => f.finding_id)).toEqual([
      'GZ10000201002000:S1|F4',
      'GZ10000201002000:S1|F5',
    ]);
  });

  it('is skipped with the reason when the catalogue code is not mapped', async () => {
    const run = await runRule(billDetailAnomaly, { ...fixture, unmapped: ['fee.hilist_code'] });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.hilist_code');
  });
});
