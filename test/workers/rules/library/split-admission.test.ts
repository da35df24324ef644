import { describe, expect, it } from 'vitest';
import { splitAdmission } from '../../../../workers/rules/library/split-admission';
import { runRule, type Row } from '../rule-harness';
import { type SetlFields, settlementRow } from '../../../fixtures';

const stay = (id: string, begin: string, end: string, diagnosis: string, more: SetlFields = {}): Row =>
  settlementRow({
    setl_id: id,
    mdtrt_id: `M${id}`,
    med_type: '21',
    begndate: begin,
    enddate: end,
    dise_codg: diagnosis,
    medfee_sumamt: 1000,
    atddr_no: 'D1',
    ...more,
  });

describe('分解住院 GZ10000204001000', () => {
  it('flags a readmission within 15 days for the same condition (boundary: 15 flagged, 16 not)', async () => {
    const run = await runRule(splitAdmission, {
      setl: [
        stay('S1', '2024-03-01', '2024-03-10', 'J18.900'),
        stay('S2', '2024-03-25', '2024-03-30', 'J18.000'), // 15 days after S1
        stay('S3', '2024-04-15', '2024-04-20', 'J18.900'), // 16 days after S2
      ],
    });
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => f.setl_id)).toEqual(['S2']);
    expect(run.findings[0]?.vola_amt).toBe(1000);
    expect(run.findings[0]?.vola_cont).toContain('15 天');
    expect(run.summary.amountAtRisk).toBe(1000);
  });

  it('does not flag other institutions, unrelated diagnoses, planned chemotherapy or outpatient visits', async () => {
    const run = await runRule(splitAdmission, {
      setl: [
        stay('S1', '2024-03-01', '2024-03-10', 'C34.100'),
        stay('S2', '2024-03-12', '2024-03-14', 'C34.100', { fixmedins_code: 'H2' }),
        stay('S3', '2024-03-12', '2024-03-14', 'K35.800'),
        stay('S4', '2024-03-15', '2024-03-18', 'Z51.100'),
        stay('S5', '2024-03-19', '2024-03-19', 'C34.100', { med_type: '11' }),
      ],
    });
    expect(run.findings).toEqual([]);
  });

  it('honours a changed window', async () => {
    const rows = [
      stay('S1', '2024-03-01', '2024-03-10', 'J18.900'),
      stay('S2', '2024-04-05', '2024-04-08', 'J18.9'),
    ];
    expect((await runRule(splitAdmission, { setl: rows })).findings).toHaveLength(0);
    expect((await runRule(splitAdmission, { setl: rows }, { window_days: 31 })).findings).toHaveLength(1);
  });

  it('is skipped with the reason when a field is not mapped', async () => {
    const run = await runRule(splitAdmission, {
      setl: [stay('S1', '2024-03-01', '2024-03-10', 'J18.900')],
      unmapped: ['setl.dise_codg'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.zh).toContain('setl.dise_codg');
    expect(run.outcome.reason?.en).toContain('setl.dise_codg');
  });
});
