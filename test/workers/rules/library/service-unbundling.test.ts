import { describe, expect, it } from 'vitest';
import { serviceUnbundling } from '../../../../workers/rules/library/service-unbundling';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, priceCap, restriction } from '../../../fixtures';

const PKG = '002501000010000';
const A = '002501000010100';
const B = '002501000010200';
const C = '002501000010300';
const line = (sn: string, code: string, amount: number, time = '2024-03-01 09:00:00', setl = 'S1'): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: code,
    hilist_name: `组成项目${code.slice(-3)}`,
    pric: amount,
  });

const fixture = (fee: Row[], components = `${A}, ${B}`, caps: Row[] = []): Fixture => ({
  fee,
  kb: {
    kb_restriction: [restriction(PKG, 'bundle', components, '价格规范 行 9')],
    kb_price_cap: caps,
  },
});

const cap = (max: number): Row[] => [
  priceCap(PKG, '3', max, '价格规范 行 9'),
  priceCap(PKG, '', max - 5, '价格规范 行 10'),
];

describe('医疗服务项目分解收费 GZ10000102013000', () => {
  it('flags every component charged the same day without the package, at the whole amount without a cap', async () => {
    const run = await runRule(serviceUnbundling, fixture([line('F1', A, 30), line('F2', B, 20)]));
    expect(run.outcome.status).toBe('ok');
    const key = `GZ10000102013000:S1|${PKG}|2024-03-01`;
    expect(run.lines).toEqual([
      { finding_id: key, feedetl_sn: 'F1', vola_item_type: 1, amount: 30 },
      { finding_id: key, feedetl_sn: 'F2', vola_item_type: 1, amount: 20 },
    ]);
    expect(run.findings[0]?.vola_cont).toContain(`打包项目 ${PKG} 的全部组成项目`);
    expect(run.summary.amountAtRisk).toBe(50);
  });

  it('takes the highest package cap off the total and shares the rest exactly over the lines', async () => {
    const run = await runRule(
      serviceUnbundling,
      fixture([line('F1', A, 10), line('F2', B, 10), line('F3', C, 10)], `${A},${B},${C}`, cap(20)),
    );
    expect(run.lines.map((l) => [l.feedetl_sn, l.amount])).toEqual([
      ['F1', 3.33],
      ['F2', 3.34],
      ['F3', 3.33],
    ]);
    expect(run.findings[0]?.vola_amt).toBe(10);
    expect(run.findings[0]?.vola_cont).toContain('打包限价 20.00 元');
  });

  it('is silent when the components cost no more than the cap (boundary: equal vs one cent over)', async () => {
    const fee = (b: number) => fixture([line('F1', A, 30), line('F2', B, b)], `${A},${B}`, cap(50));
    expect((await runRule(serviceUnbundling, fee(20))).findings).toEqual([]);
    expect((await runRule(serviceUnbundling, fee(20.01))).findings.map((f) => f.vola_amt)).toEqual([0.01]);
  });

  it('does not flag a missing component, components on different days, or when the package is charged', async () => {
    const run = await runRule(
      serviceUnbundling,
      fixture([
        line('F1', A, 30, '2024-03-01 09:00:00', 'S1'),
        line('F2', A, 30, '2024-03-01 09:00:00', 'S2'),
        line('F3', B, 20, '2024-03-02 09:00:00', 'S2'),
        line('F4', A, 30, '2024-03-01 09:00:00', 'S3'),
        line('F5', B, 20, '2024-03-01 09:00:00', 'S3'),
        line('F6', PKG, 45, '2024-03-01 10:00:00', 'S3'),
      ]),
    );
    expect(run.findings).toEqual([]);
  });

  it('is skipped with the reason when the knowledge base has no bundles', async () => {
    const run = await runRule(serviceUnbundling, { fee: [line('F1', A, 30), line('F2', B, 20)] });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('kb_restriction');
  });

  it('is skipped with the reason when the charge time is not mapped', async () => {
    const run = await runRule(serviceUnbundling, {
      ...fixture([line('F1', A, 30), line('F2', B, 20)]),
      unmapped: ['fee.fee_ocur_time'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.fee_ocur_time');
  });
});
