import { describe, expect, it } from 'vitest';
import { surgeryDiscount } from '../../../../workers/rules/library/surgery-discount';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction, type FeeFields } from '../../../fixtures';

const ESOPH = '003310010140000';
const STRICT = '003310010160000';
const OTHER = '003310010180000';
const line = (
  sn: string,
  setl: string,
  code: string,
  pric: number,
  time = '2024-03-01 10:00:00',
  more: FeeFields = {},
) =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: code,
    hilist_name: code === ESOPH ? '食管癌根治术' : '食管狭窄切开成形术',
    pric,
    ...more,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [
      restriction(ESOPH, 'surgery_group', '胃肠手术组', 'NHSA 行 1'),
      restriction(STRICT, 'surgery_group', '胃肠手术组', 'NHSA 行 2'),
      restriction(OTHER, 'surgery_group', '骨科手术组', 'NHSA 行 3'),
    ],
  },
});

describe('手术项目未按规定折价收费 GZ10000102002000', () => {
  it('flags a second surgery of the group charged above half its full price, the first as related', async () => {
    const run = await runRule(
      surgeryDiscount,
      fixture([
        line('F1', 'S1', ESOPH, 3000),
        line('F2', 'S1', STRICT, 1000), // full price 1000 (seen in S2), not discounted: 500 over
        line('F3', 'S2', STRICT, 1000, '2024-04-01 10:00:00'), // alone: full price is right
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    const key = `GZ10000102002000:S1|胃肠手术组|2024-03-01`;
    expect(run.lines).toEqual([
      { finding_id: key, feedetl_sn: 'F1', vola_item_type: 2, amount: 3000 },
      { finding_id: key, feedetl_sn: 'F2', vola_item_type: 1, amount: 500 },
    ]);
    expect(run.findings[0]?.vola_amt).toBe(500);
    expect(run.findings[0]?.vola_cont).toContain('未按原价 1000.00 元的 50% 折价收费');
  });

  it('accepts a discount to exactly half (plus a cent of rounding), flags two cents over', async () => {
    const fee = (second: number) =>
      fixture([
        line('F1', 'S1', ESOPH, 3000),
        line('F2', 'S1', STRICT, second),
        line('F3', 'S2', STRICT, 1000, '2024-04-01 10:00:00'),
      ]);
    expect((await runRule(surgeryDiscount, fee(500.01))).findings).toEqual([]);
    const run = await runRule(surgeryDiscount, fee(500.02));
    expect(run.findings.map((f) => f.vola_amt)).toEqual([0.02]);
  });

  it('ignores surgeries on different days or of different groups', async () => {
    const run = await runRule(
      surgeryDiscount,
      fixture([
        line('F1', 'S1', ESOPH, 3000),
        line('F2', 'S1', STRICT, 1000, '2024-03-02 10:00:00'),
        line('F3', 'S1', OTHER, 2000),
      ]),
    );
    expect(run.findings).toEqual([]);
  });

  it('honours a changed discount', async () => {
    const fee = fixture([
      line('F1', 'S1', ESOPH, 3000),
      line('F2', 'S1', STRICT, 900),
      line('F3', 'S2', STRICT, 1000, '2024-04-01 10:00:00'),
    ]);
    expect((await runRule(surgeryDiscount, fee)).findings.map((f) => f.vola_amt)).toEqual([400]);
    expect((await runRule(surgeryDiscount, fee, { discount: 0.8 })).findings.map((f) => f.vola_amt)).toEqual([
      100,
    ]);
    expect((await runRule(surgeryDiscount, fee, { discount: 0.9 })).findings).toEqual([]);
  });

  it('is skipped with the reason when the charge time is not mapped', async () => {
    const run = await runRule(surgeryDiscount, {
      ...fixture([line('F1', 'S1', ESOPH, 3000), line('F2', 'S1', STRICT, 1000)]),
      unmapped: ['fee.fee_ocur_time'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.fee_ocur_time');
  });
});
