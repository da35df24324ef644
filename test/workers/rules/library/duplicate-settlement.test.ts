import { describe, expect, it } from 'vitest';
import { duplicateSettlement } from '../../../../workers/rules/library/duplicate-settlement';
import { runRule, type Row } from '../rule-harness';
import { lastHits, runOk, settlement } from './behaviour-fixtures';
import type { SetlFields } from '../../../fixtures';

const copy = (id: string, time: string, more: SetlFields = {}): Row =>
  settlement(id, '2024-06-03', { setl_time: time, medfee_sumamt: 356.8, ...more });

describe('重复结算 CL-BHV-006', () => {
  it('flags every copy after the first settlement of one claim', async () => {
    const run = await runOk(duplicateSettlement, {
      setl: [
        copy('S9', '2024-06-03 10:00:00'),
        copy('S1', '2024-06-03 10:05:00'),
        copy('S5', '2024-06-04 09:00:00', { atddr_no: 'D1' }),
      ],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.finding_id, f.setl_id, f.dr_code])).toEqual([
      ['CL-BHV-006:S9', 'S1', 'D1'],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '同一参保人在机构 H1 的同一就诊（2024-06-03 至 2024-06-03，医疗类别 11，金额 356.80 元）结算 3 次（S9、S1、S5），重复 2 次',
    );
    expect((await lastHits()).map((h) => [h.setl_id, h.vola_item_type, h.amount])).toEqual([
      ['S1', 1, 356.8],
      ['S5', 1, 356.8],
      ['S9', 2, 0],
    ]);
    expect(run.summary.amountAtRisk).toBe(713.6);
  });

  it('boundary: one cent, one day, another medical type or institution make a different claim', async () => {
    const run = await runOk(duplicateSettlement, {
      setl: [
        copy('S1', '2024-06-03 10:00:00'),
        copy('S2', '2024-06-03 11:00:00', { medfee_sumamt: 356.81 }),
        copy('S3', '2024-06-03 11:00:00', { enddate: '2024-06-04' }),
        copy('S4', '2024-06-03 11:00:00', { med_type: '14' }),
        copy('S5', '2024-06-03 11:00:00', { fixmedins_code: 'H2' }),
        copy('S6', '2024-06-03 11:00:00', { psn_no: 'P2' }),
      ],
    });
    expect(run.findings).toEqual([]);
  });

  it('lets a reversal cancel one copy', async () => {
    const run = await runOk(duplicateSettlement, {
      setl: [
        copy('S1', '2024-06-03 10:00:00'),
        copy('S2', '2024-06-03 10:30:00', { medfee_sumamt: -356.8 }),
        copy('S3', '2024-06-03 11:00:00'),
      ],
    });
    expect(run.findings).toEqual([]);
    const again = await runOk(duplicateSettlement, {
      setl: [
        copy('S1', '2024-06-03 10:00:00'),
        copy('S2', '2024-06-03 10:30:00', { medfee_sumamt: -356.8 }),
        copy('S3', '2024-06-03 11:00:00'),
        copy('S4', '2024-06-03 12:00:00'),
      ],
    });
    expect(again.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['S4', 356.8]]);
    expect(again.findings[0]?.vola_cont).toContain('结算 3 次（S1、S3、S4），冲销 1 次，重复 1 次');
  });

  it('honours a minimum amount', async () => {
    const setl = [copy('S1', '2024-06-03 10:00:00'), copy('S2', '2024-06-03 11:00:00')];
    expect((await runOk(duplicateSettlement, { setl }, { min_amount: 356.8 })).findings).toHaveLength(1);
    expect((await runOk(duplicateSettlement, { setl }, { min_amount: 356.81 })).findings).toEqual([]);
  });

  it('is skipped with the reason when a field it checks is not mapped', async () => {
    const run = await runRule(duplicateSettlement, {
      setl: [copy('S1', '2024-06-03 10:00:00')],
      unmapped: ['setl.begndate'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('setl.begndate');
  });

  it('runs without an end date, care type or settlement time (a pharmacy’s purchases), which only refine the claim', async () => {
    const run = await runOk(duplicateSettlement, {
      setl: [copy('S1', '2024-06-03 10:00:00'), copy('S2', '2024-06-03 10:05:00')],
      unmapped: ['setl.enddate', 'setl.med_type', 'setl.setl_time'],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => f.finding_id)).toEqual(['CL-BHV-006:S1']);
  });
});
