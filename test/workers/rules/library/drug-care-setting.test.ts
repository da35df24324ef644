import { describe, expect, it } from 'vitest';
import { drugCareSetting } from '../../../../workers/rules/library/drug-care-setting';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, feeLine, restriction, settlement } from './line-restriction-fixture';

const fixture = (setl: Row[], kbParam: string): Fixture => ({
  fee: setl.map((s, i) => feeLine(`F${i + 1}`, String(s.psn_no), DRUG, '2024-03-01')),
  setl,
  kb: { kb_restriction: [restriction(DRUG, 'med_type', kbParam)] },
});

const visits = [
  settlement('A', { med_type: '11' }),
  settlement('B', { med_type: '21' }),
  settlement('C', { med_type: '41' }),
  settlement('D', { med_type: '99' }),
];

describe('药品限就医方式 NHSA2025-13', () => {
  it('flags an inpatient-only drug billed in outpatient care and at a pharmacy', async () => {
    const run = await runRule(drugCareSetting, fixture(visits, 'inpatient'));
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['SA', 30],
      ['SC', 30],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('限住院使用，本次就医方式为门诊（医疗类别 11）');
    expect(run.findings[1]?.vola_cont_en).toContain('this settlement is pharmacy (medical type 41)');
  });

  it('allows every setting the knowledge row lists, in codes or Chinese labels', async () => {
    const run = await runRule(drugCareSetting, fixture(visits, '住院、定点药店购药'));
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
    const both = await runRule(drugCareSetting, fixture(visits, 'inpatient,outpatient,pharmacy'));
    expect(both.findings).toEqual([]);
  });

  it('ignores knowledge rows that name no known setting', async () => {
    const run = await runRule(drugCareSetting, fixture(visits, '互联网'));
    expect(run.findings).toEqual([]);
  });

  it('is skipped when the medical type is not mapped', async () => {
    const run = await runRule(drugCareSetting, {
      ...fixture(visits, 'inpatient'),
      unmapped: ['setl.med_type'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.med_type');
  });
});
