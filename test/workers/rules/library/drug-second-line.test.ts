import { describe, expect, it } from 'vitest';
import { drugSecondLine } from '../../../../workers/rules/library/drug-second-line';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, restriction } from '../../../fixtures';

const ACALA = 'XL01ELA387E001010184513'; // second line after XL01EA…
const IMATINIB = 'XL01EAY001A001010100001';
const ILAPRA = 'XA02BCA084A012010100453'; // second line, no first-line list: same class A02B
const OMEPRA = 'XA02BCA211A001010100000';
const OTHER = 'XA03FAM001A001010100000';

let sn = 0;
const line = (psn: string, code: string, time: string, amount = 100): Row =>
  feeLine({
    feedetl_sn: `F${String(++sn).padStart(2, '0')}`,
    setl_id: `S${psn}`,
    psn_no: psn,
    fee_ocur_time: time,
    hilist_code: code,
    pric: amount,
    bilg_dr_code: undefined,
  });

const fixture = (fee: Row[]): Fixture => ({
  fee,
  kb: {
    kb_restriction: [
      restriction(ACALA, 'second_line', 'XL01EA', 'NHSA 行 1'),
      restriction(ILAPRA, 'second_line', '', 'NHSA 行 2'),
    ],
  },
});

/** Second-line lines flagged, as [setl_id, amount]. */
const flagged = async (fee: Row[], params = {}) =>
  (await runRule(drugSecondLine, fixture(fee), params)).findings.map((f) => [f.setl_id, f.vola_amt]);

describe('药品限二线使用 GZ10000101005000', () => {
  it('flags a second-line drug without an earlier first-line drug of the same person', async () => {
    sn = 0;
    const run = await runRule(
      drugSecondLine,
      fixture([
        line('A', IMATINIB, '2024-01-10'),
        line('A', ACALA, '2024-03-01', 1234.56),
        line('B', ACALA, '2024-03-01', 1234.56),
        line('B', ACALA, '2024-03-02', 1000),
        line('B', IMATINIB, '2024-03-05'),
        line('C', IMATINIB, '2024-03-01'),
        line('C', ACALA, '2024-03-01', 10),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['SB', 2234.56],
      ['SC', 10],
    ]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F03', 1, 1234.56],
      ['F04', 1, 1000],
      ['F07', 1, 10],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('XL01EA');
    expect(run.summary.amountAtRisk).toBe(2244.56);
  });

  it('counts a first-line use exactly 365 days before, not 366 (boundary), and honours a changed lookback', async () => {
    sn = 0;
    const fee = [
      line('D', IMATINIB, '2023-03-02'),
      line('D', ACALA, '2024-03-01'), // 365 days later
      line('E', IMATINIB, '2023-03-01'),
      line('E', ACALA, '2024-03-01'), // 366 days later
      line('G', IMATINIB, '2024-02-01 10:00:00'),
      line('G', ACALA, '2024-03-01 10:00:00'), // 29 days later
    ];
    expect(await flagged(fee)).toEqual([['SE', 100]]);
    expect(await flagged(fee, { lookback_days: 29 })).toEqual([
      ['SD', 100],
      ['SE', 100],
    ]);
    expect(await flagged(fee, { lookback_days: 28 })).toEqual([
      ['SD', 100],
      ['SE', 100],
      ['SG', 100],
    ]);
  });

  it('takes another drug of the same class as first line when the restriction lists none', async () => {
    sn = 0;
    const fee = [
      line('H', OMEPRA, '2024-01-01'),
      line('H', ILAPRA, '2024-02-01'),
      line('J', OTHER, '2024-01-01'),
      line('J', ILAPRA, '2024-02-01'),
      line('K', ILAPRA, '2024-01-01'),
      line('K', ILAPRA, '2024-02-01'),
    ];
    expect(await flagged(fee)).toEqual([
      ['SJ', 100],
      ['SK', 200],
    ]);
  });

  it('is skipped with the reason when the person is not mapped', async () => {
    const run = await runRule(drugSecondLine, {
      ...fixture([line('A', ACALA, '2024-03-01')]),
      unmapped: ['fee.psn_no'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('fee.psn_no');
  });
});
