import { describe, expect, it } from 'vitest';
import { traceCodeReuse } from '../../../../workers/rules/library/trace-code-reuse';
import { runRule, type Row } from '../rule-harness';
import { runOk } from './behaviour-fixtures';
import { type FeeFields, feeLine } from '../../../fixtures';

const DRUG = 'XA10BAE057A001010101445';
const CODE = '81234560012345678901';
const line = (sn: string, setl: string, time: string, code: string | null, more: FeeFields = {}): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    psn_no: `P${setl}`,
    fixmedins_code: 'Y1',
    fee_ocur_time: time,
    hilist_code: DRUG,
    det_item_fee_sumamt: 45.6,
    trace_code: code,
    cnt: undefined,
    bilg_dr_code: undefined,
    ...more,
  });

describe('药品追溯码重复结算 CL-BHV-007', () => {
  it('flags lines of later settlements carrying a code already settled, the first one related', async () => {
    const run = await runOk(traceCodeReuse, {
      fee: [
        line('F3', 'S3', '2024-07-09 15:00:00', CODE, { hilist_code: 'XOTHER' }),
        line('F1', 'S1', '2024-07-01 09:30:00', CODE),
        line('F2', 'S2', '2024-07-05 11:00:00', `11111111111111111111,${CODE}；${CODE}`, {
          det_item_fee_sumamt: 40,
        }),
        line('F4', 'S4', '2024-07-02 10:00:00', '81234560012345678999'),
      ],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.finding_id, f.setl_id, f.vola_amt, f.lines])).toEqual([
      [`CL-BHV-007:${CODE}`, 'S2', 85.6, 3],
    ]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 2, 0],
      ['F2', 1, 40],
      ['F3', 1, 45.6],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      `药品追溯码 ${CODE} 在 3 个结算中出现：S1（2024-07-01 09:30，${DRUG}）、S2（2024-07-05 11:00，${DRUG}）、S3（2024-07-09 15:00，XOTHER）；首次之后的 2 次为重复结算`,
    );
    expect(run.summary.amountAtRisk).toBe(85.6);
  });

  it('boundary: the same code twice within one settlement, placeholders and empty codes are not flagged', async () => {
    const run = await runOk(traceCodeReuse, {
      fee: [
        line('F1', 'S1', '2024-07-01 09:30:00', CODE),
        line('F2', 'S1', '2024-07-01 09:31:00', CODE),
        line('F3', 'S2', '2024-07-02', '00000000000000000000'),
        line('F4', 'S3', '2024-07-03', '00000000000000000000'),
        line('F5', 'S4', '2024-07-03', '1234567'),
        line('F6', 'S5', '2024-07-04', '1234567'),
        line('F7', 'S6', '2024-07-04', ''),
        line('F8', 'S7', '2024-07-04', ''),
        line('F9', 'S8', '2024-07-04', null),
      ],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings).toEqual([]);
  });

  it('lets a refund cancel one sale', async () => {
    const refunded = [
      line('F1', 'S1', '2024-07-01 09:30:00', CODE),
      line('F2', 'S2', '2024-07-01 12:00:00', CODE, { det_item_fee_sumamt: -45.6 }),
      line('F3', 'S3', '2024-07-03 10:00:00', CODE),
    ];
    const run = await runOk(traceCodeReuse, { fee: refunded });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings).toEqual([]);
    const again = await runOk(traceCodeReuse, {
      fee: [...refunded, line('F4', 'S4', '2024-07-04 10:00:00', CODE)],
    });
    expect(again.lines.map((l) => [l.feedetl_sn, l.vola_item_type])).toEqual([
      ['F1', 2],
      ['F3', 2],
      ['F4', 1],
    ]);
    expect(again.findings[0]?.vola_cont).toContain('；其间退费 1 次；首次之后的 1 次为重复结算');
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(traceCodeReuse, {
      fee: [line('F1', 'S1', '2024-07-01', CODE)],
      unmapped: ['fee.trace_code'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('fee.trace_code');
  });
});
