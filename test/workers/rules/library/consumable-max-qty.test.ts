import { describe, expect, it } from 'vitest';
import { consumableMaxQty } from '../../../../workers/rules/library/consumable-max-qty';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction } from '../../../fixtures';

const STENT = 'C02040301100000000000';
const DRUG = 'XN02AJA123A001010100000';
const line = (sn: string, setl: string, cnt: number, pric: number, code = STENT): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: `2024-05-01 0${sn.slice(1)}:00:00`,
    hilist_code: code,
    hilist_name: '冠脉支架',
    cnt,
    pric,
    bilg_dr_code: undefined,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [
      restriction(STENT, 'max_qty', '2', 'NHSA 行 1'),
      restriction(DRUG, 'max_qty', '1', 'NHSA 行 2'),
    ],
  },
});

describe('医用耗材数量超标 GZ10000303003000', () => {
  it('flags the units over the cap at their price (boundary: 2 not, 3 flagged); drugs are not its concern', async () => {
    const run = await runRule(
      consumableMaxQty,
      fixture([
        line('F1', 'S1', 1, 6999.5),
        line('F2', 'S1', 2, 6999.5),
        line('F3', 'S2', 2, 6999.5),
        line('F4', 'S3', 5, 10, DRUG),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S1', 6999.5]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 2, 6999.5],
      ['F2', 1, 6999.5],
    ]);
    expect(run.findings[0]?.vola_cont_en).toBe(
      'Consumable "冠脉支架" is limited to 2 per visit; this settlement has 3, 1 over',
    );
    expect(run.summary.amountAtRisk).toBe(6999.5);
  });

  it('is skipped with the reason when the line amount is not mapped', async () => {
    const run = await runRule(consumableMaxQty, {
      ...fixture([line('F1', 'S1', 3, 10)]),
      unmapped: ['fee.det_item_fee_sumamt'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.det_item_fee_sumamt');
  });
});
