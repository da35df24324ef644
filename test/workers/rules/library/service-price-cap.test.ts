import { describe, expect, it } from 'vitest';
import { servicePriceCap } from '../../../../workers/rules/library/service-price-cap';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { type FeeFields, feeLine, priceCap } from '../../../fixtures';

const ITEM = '001102000050000';
const line = (sn: string, setl: string, pric: number, cnt = 1, more: FeeFields = {}): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: '2024-03-01 09:00:00',
    hilist_code: ITEM,
    hilist_name: '住院诊查费',
    cnt,
    pric,
    ...more,
  });

const fixture = (fee: Row[]): Fixture => ({
  setl: [
    { setl_id: 'S3', medins_lv: '三级甲等' },
    { setl_id: 'S1', medins_lv: '1' },
  ],
  fee,
  kb: {
    kb_price_cap: [priceCap(ITEM, '3', 20, '价格规范 行 1'), priceCap(ITEM, '', 15, '价格规范 行 2')],
  },
});

describe('医疗服务项目超限定单价收费 GZ10000102001000', () => {
  it('flags a price one cent over the level cap, not exactly the cap, with the excess times quantity', async () => {
    const run = await runRule(
      servicePriceCap,
      fixture([line('F1', 'S3', 20), line('F2', 'S3', 20.01, 3), line('F3', 'S1', 15)]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.lines).toEqual([
      { finding_id: `GZ10000102001000:S3|${ITEM}`, feedetl_sn: 'F2', vola_item_type: 1, amount: 0.03 },
    ]);
    expect(run.findings[0]?.vola_amt).toBe(0.03);
    expect(run.findings[0]?.vola_cont).toContain('20.00 元（3级医疗机构）');
    expect(run.summary.amountAtRisk).toBe(0.03);
  });

  it('uses the every-level row when the settlement level has no row of its own', async () => {
    const run = await runRule(servicePriceCap, fixture([line('F1', 'S1', 18, 2)]));
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 6]]);
    expect(run.findings[0]?.vola_cont_en).toContain('above the cap of 15.00 yuan (any facility)');
  });

  it('ignores items without a cap and prices within it', async () => {
    const run = await runRule(
      servicePriceCap,
      fixture([line('F1', 'S3', 19.99), line('F2', 'S1', 99, 1, { hilist_code: '001102000040000' })]),
    );
    expect(run.findings).toEqual([]);
  });

  it('honours a changed tolerance', async () => {
    const fee = [line('F1', 'S3', 20.5)];
    expect((await runRule(servicePriceCap, fixture(fee), { tolerance: 0.5 })).findings).toEqual([]);
    expect((await runRule(servicePriceCap, fixture(fee), { tolerance: 0.49 })).findings).toHaveLength(1);
  });

  it('is skipped with the reason when the facility level is not mapped', async () => {
    const run = await runRule(servicePriceCap, {
      ...fixture([line('F1', 'S3', 30)]),
      unmapped: ['setl.medins_lv'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.medins_lv');
  });
});
