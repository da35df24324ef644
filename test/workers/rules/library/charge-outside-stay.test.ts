import { describe, expect, it } from 'vitest';
import { chargeOutsideStay } from '../../../../workers/rules/library/charge-outside-stay';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine } from '../../../fixtures';

const line = (sn: string, setl: string, time: string, amount = 10): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: time,
    hilist_code: '001102000050000',
    hilist_name: '住院诊查费',
    pric: amount,
  });

const fixture = (fee: Row[]): Fixture => ({
  setl: [
    { setl_id: 'S1', med_type: '21', begndate: '2024-03-01 10:00:00', enddate: '2024-03-10 09:00:00' },
    { setl_id: 'S2', med_type: '11', begndate: '2024-03-01', enddate: '2024-03-01' },
    { setl_id: 'S3', med_type: '住院', begndate: '2024-03-05', enddate: null },
  ],
  fee,
});

const fee = [
  line('F1', 'S1', '2024-03-01 00:00:00'), // admission day: in the stay
  line('F2', 'S1', '2024-02-29 23:59:00', 12),
  line('F3', 'S1', '2024-03-10 23:00:00'), // discharge day: in the stay
  line('F4', 'S1', '2024-03-11 08:00:00', 15),
  line('F5', 'S2', '2024-03-05 08:00:00'), // outpatient
  line('F6', 'S3', '2024-04-30 08:00:00'), // not discharged yet
];

describe('计费日期与住院时间不符 GZ10000201008000', () => {
  it('flags charges the day before admission and the day after discharge, not on those days', async () => {
    const run = await runRule(chargeOutsideStay, fixture(fee));
    expect(run.outcome.status).toBe('ok');
    expect(run.lines).toEqual([
      { finding_id: 'GZ10000201008000:S1', feedetl_sn: 'F2', vola_item_type: 1, amount: 12 },
      { finding_id: 'GZ10000201008000:S1', feedetl_sn: 'F4', vola_item_type: 1, amount: 15 },
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '2 条费用明细的计费日期（2024-02-29 至 2024-03-11）不在住院期间 2024-03-01 至 2024-03-10 内，合计 27.00 元',
    );
    expect(run.summary.amountAtRisk).toBe(27);
  });

  it('checks a stay without a discharge date against admission only', async () => {
    const run = await runRule(chargeOutsideStay, fixture([line('F1', 'S3', '2024-03-04 08:00:00')]));
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S3', 10]]);
    expect(run.findings[0]?.vola_cont).toContain('2024-03-05 至 未出院');
  });

  it('honours a changed tolerance', async () => {
    expect((await runRule(chargeOutsideStay, fixture(fee), { tolerance_days: 1 })).findings).toEqual([]);
  });

  it('is skipped with the reason when the discharge date is not mapped', async () => {
    const run = await runRule(chargeOutsideStay, { ...fixture(fee), unmapped: ['setl.enddate'] });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.enddate');
  });

  it('runs on fee lines without person, institution or item columns (they only name the finding)', async () => {
    const run = await runRule(chargeOutsideStay, {
      ...fixture(fee),
      unmapped: ['fee.psn_no', 'fee.fixmedins_code', 'fee.hilist_code', 'fee.hilist_name'],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2', 'F4']);
  });
});
