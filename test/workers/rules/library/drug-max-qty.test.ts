import { describe, expect, it } from 'vitest';
import { drugMaxQty } from '../../../../workers/rules/library/drug-max-qty';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction } from '../../../fixtures';

const DRUG = 'XN02AJA123A001010100000';
const CONSUMABLE = 'C01010101001000000000';
const line = (sn: string, setl: string, time: string, cnt: number, pric: number, code = DRUG): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: code,
    hilist_name: '氨酚羟考酮片',
    cnt,
    pric,
    det_item_fee_sumamt: Math.round(cnt * pric * 100) / 100,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [
      restriction(DRUG, 'max_qty', '12', 'NHSA 行 1'),
      restriction(DRUG, 'max_qty', ' 10 ', 'NHSA 行 2'),
      restriction(DRUG, 'max_qty', '每次10片', 'NHSA 行 3'),
      restriction(CONSUMABLE, 'max_qty', '1', 'NHSA 行 4'),
    ],
  },
});

describe('药品限最大支付天数/开药量 GZ10000101009000', () => {
  it('values the excess over the cap at the unit price, on the latest lines (boundary: 10 not, 11 flagged)', async () => {
    const run = await runRule(
      drugMaxQty,
      fixture([
        line('F1', 'S1', '2024-05-01 09:00:00', 6, 2.5),
        line('F2', 'S1', '2024-05-01 10:00:00', 5, 2.5),
        line('F3', 'S2', '2024-05-01 09:00:00', 4, 2.5),
        line('F4', 'S2', '2024-05-01 10:00:00', 6, 2.5),
        line('F5', 'S3', '2024-05-01', 8, 1.1),
        line('F6', 'S3', '2024-05-02', 3, 1.1),
        line('F7', 'S3', '2024-05-03', 2, 1.1),
        line('F8', 'S9', '2024-05-03', 5, 1, CONSUMABLE),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['S1', 2.5],
      ['S3', 3.3],
    ]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 2, 15],
      ['F2', 1, 2.5],
      ['F5', 2, 8.8],
      ['F6', 1, 1.1],
      ['F7', 1, 2.2],
    ]);
    expect(run.findings[0]?.vola_cont).toBe('药品“氨酚羟考酮片”每次就诊限 10，本次结算共 11，超出 1');
    expect(run.summary.amountAtRisk).toBe(5.8);
  });

  it('nets refunds before comparing with the cap and charges the excess to positive lines only', async () => {
    const run = await runRule(
      drugMaxQty,
      fixture([
        line('F1', 'S1', '2024-05-01 09:00:00', 12, 3),
        line('F2', 'S1', '2024-05-01 09:30:00', 3, 3),
        line('F3', 'S1', '2024-05-01 10:00:00', -2, 3),
        line('F4', 'S2', '2024-05-01 09:00:00', 12, 3),
        line('F5', 'S2', '2024-05-01 10:00:00', -2, 3),
      ]),
    );
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 9]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 2, 36],
      ['F2', 1, 9],
      ['F3', 2, -6],
    ]);
  });

  it('is skipped with the reason when the quantity is not mapped', async () => {
    const run = await runRule(drugMaxQty, {
      ...fixture([line('F1', 'S1', '2024-05-01', 20, 1)]),
      unmapped: ['fee.cnt'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.cnt');
  });
});
