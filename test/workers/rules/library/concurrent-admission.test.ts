import { describe, expect, it } from 'vitest';
import { concurrentAdmission } from '../../../../workers/rules/library/concurrent-admission';
import { runRule } from '../rule-harness';
import { lastHits, runOk, stay } from './behaviour-fixtures';

describe('同时住院 CL-BHV-001', () => {
  it('flags the later-admitted of two overlapping stays at different institutions', async () => {
    const run = await runOk(concurrentAdmission, {
      setl: [
        stay('S1', '2024-03-01', '2024-03-10'),
        stay('S2', '2024-03-08', '2024-03-15', { fixmedins_code: 'H2', medfee_sumamt: 2500.5 }),
      ],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.fixmedins_code, f.vola_amt])).toEqual([
      ['S2', 'H2', 2500.5],
    ]);
    expect(run.findings[0]?.vola_cont).toBe(
      '在机构 H2 的住院（2024-03-08 至 2024-03-15）与在 H1 的住院（结算 S1，2024-03-01 至 2024-03-10）重叠 2 晚',
    );
    expect(run.findings[0]?.vola_cont_en).toContain('by 2 night(s)');
    expect((await lastHits()).map((h) => [h.setl_id, h.vola_item_type, h.amount])).toEqual([
      ['S1', 2, 0],
      ['S2', 1, 2500.5],
    ]);
    expect(run.summary.amountAtRisk).toBe(2500.5);
  });

  it("boundary: admission on the other stay's discharge day is not an overlap, one night before is", async () => {
    const transfer = [
      stay('S1', '2024-03-01', '2024-03-10'),
      stay('S2', '2024-03-10', '2024-03-15', { fixmedins_code: 'H2' }),
    ];
    expect((await runOk(concurrentAdmission, { setl: transfer })).findings).toEqual([]);
    const oneNight = [
      stay('S1', '2024-03-01', '2024-03-10'),
      stay('S2', '2024-03-09', '2024-03-15', { fixmedins_code: 'H2' }),
    ];
    const run = await runOk(concurrentAdmission, { setl: oneNight });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S2']);
    expect(run.findings[0]?.vola_cont).toContain('重叠 1 晚');
  });

  it('ignores the same institution, other people and outpatient visits; ties go to the larger setl_id', async () => {
    const run = await runOk(concurrentAdmission, {
      setl: [
        stay('S1', '2024-03-01', '2024-03-10'),
        stay('S2', '2024-03-05', '2024-03-12'), // same institution
        stay('S3', '2024-03-05', '2024-03-12', { fixmedins_code: 'H2', psn_no: 'P2' }),
        stay('S4', '2024-03-05', '2024-03-05', { fixmedins_code: 'H3', med_type: '11' }),
      ],
    });
    expect(run.findings).toEqual([]);
    const tie = await runOk(concurrentAdmission, {
      setl: [
        stay('S9', '2024-03-01', '2024-03-10'),
        stay('S8', '2024-03-01', '2024-03-04', { fixmedins_code: 'H2' }),
      ],
    });
    expect(tie.findings.map((f) => f.setl_id)).toEqual(['S9']);
  });

  it('lists every overlapped stay in one finding', async () => {
    const run = await runOk(concurrentAdmission, {
      setl: [
        stay('S1', '2024-03-01', '2024-03-10'),
        stay('S2', '2024-03-02', '2024-03-06', { fixmedins_code: 'H2' }),
        stay('S3', '2024-03-04', '2024-03-08', { fixmedins_code: 'H3' }),
      ],
    });
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S2', 'S3']);
    expect(
      (await lastHits()).filter((h) => h.finding_key === 'S3').map((h) => [h.setl_id, h.vola_item_type]),
    ).toEqual([
      ['S1', 2],
      ['S2', 2],
      ['S3', 1],
    ]);
    expect(run.findings[1]?.vola_cont).toContain(
      'H1 的住院（结算 S1，2024-03-01 至 2024-03-10）重叠 4 晚；H2 的住院',
    );
    expect(run.summary.amountAtRisk).toBe(2000);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(concurrentAdmission, {
      setl: [stay('S1', '2024-03-01', '2024-03-10')],
      unmapped: ['setl.enddate'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('setl.enddate');
  });
});
