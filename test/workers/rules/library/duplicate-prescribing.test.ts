import { describe, expect, it } from 'vitest';
import { duplicatePrescribing } from '../../../../workers/rules/library/duplicate-prescribing';
import { runRule, type Row } from '../rule-harness';
import { type FeeFields, feeLine } from '../../../fixtures';

const OMEPRA = 'XA02BCA211A001010100000';
const ILAPRA = 'XA02BCA084A012010100453';
const PANTO = 'XA02BCP056B002010100000';
const RANIT = 'XA02BAR012A001010100000'; // A02BA: another level-4 class
const NAMES: Record<string, string> = { [OMEPRA]: '奥美拉唑', [ILAPRA]: '艾普拉唑', [PANTO]: '泮托拉唑' };
const line = (sn: string, setl: string, code: string, amount: number, more: FeeFields = {}): Row =>
  feeLine({
    feedetl_sn: sn,
    setl_id: setl,
    fee_ocur_time: '2024-05-01 09:00:00',
    hilist_code: code,
    hilist_name: NAMES[code] ?? null,
    pric: amount,
    ...more,
  });

describe('重复开药 GZ10000301006000', () => {
  it('flags the other drugs of a class one doctor billed the same day; the costliest is related', async () => {
    const run = await runRule(duplicatePrescribing, {
      fee: [
        line('F1', 'S1', OMEPRA, 30),
        line('F2', 'S1', ILAPRA, 80),
        line('F3', 'S1', PANTO, 10, { fee_ocur_time: '2024-05-01 20:00:00' }),
        line('F4', 'S1', PANTO, 10),
        line('F5', 'S1', RANIT, 5),
      ],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.dr_code, f.vola_amt])).toEqual([['S1', 'D1', 50]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 1, 30],
      ['F2', 2, 80],
      ['F3', 1, 10],
      ['F4', 1, 10],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '2024-05-01 同一医生开具 3 种同类（A02BC）药品：艾普拉唑、奥美拉唑、泮托拉唑',
    );
    expect(run.summary.amountAtRisk).toBe(50);
  });

  it('does not flag other doctors, other days, a drug refunded and replaced, or one drug billed twice', async () => {
    const run = await runRule(duplicatePrescribing, {
      fee: [
        line('F1', 'S1', OMEPRA, 30),
        line('F2', 'S1', ILAPRA, 80, { bilg_dr_code: 'D2' }),
        line('F3', 'S1', PANTO, 10, { fee_ocur_time: '2024-05-02 09:00:00' }),
        line('F4', 'S2', OMEPRA, 30),
        line('F5', 'S2', OMEPRA, -30),
        line('F6', 'S2', ILAPRA, 80),
        line('F7', 'S3', OMEPRA, 30),
        line('F8', 'S3', OMEPRA, 30),
      ],
    });
    expect(run.findings).toEqual([]);
  });

  it('keeps the smaller code on a tie, and honours a changed class length', async () => {
    const fee = [line('F1', 'S1', RANIT, 20), line('F2', 'S1', OMEPRA, 20)];
    expect((await runRule(duplicatePrescribing, { fee })).findings).toEqual([]);
    const run = await runRule(duplicatePrescribing, { fee }, { class_length: 4 });
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type, l.amount])).toEqual([
      ['F1', 2, 20],
      ['F2', 1, 20],
    ]);
    expect(run.findings[0]?.vola_amt).toBe(20);
  });

  it('compares a settlement day as a whole when the billing doctor is not mapped', async () => {
    const run = await runRule(duplicatePrescribing, {
      fee: [line('F1', 'S1', OMEPRA, 30), line('F2', 'S1', ILAPRA, 80, { bilg_dr_code: 'D2' })],
      unmapped: ['fee.bilg_dr_code'],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.lines.map((l) => [l.feedetl_sn, l.vola_item_type])).toEqual([
      ['F1', 1],
      ['F2', 2],
    ]);
  });

  it('is skipped with the reason when the charge time is not mapped', async () => {
    const run = await runRule(duplicatePrescribing, {
      fee: [line('F1', 'S1', OMEPRA, 30), line('F2', 'S1', ILAPRA, 80)],
      unmapped: ['fee.fee_ocur_time'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.fee_ocur_time');
  });
});
