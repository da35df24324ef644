import { describe, expect, it } from 'vitest';
import { serviceCareSetting } from '../../../../workers/rules/library/service-care-setting';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { SERVICE, feeLine, restriction, settlement } from './line-restriction-fixture';

const fixture = (setl: Row[], kbParam: string): Fixture => ({
  fee: setl.map((s, i) => feeLine(`F${i + 1}`, String(s.psn_no), SERVICE, '2024-03-01')),
  setl,
  kb: { kb_restriction: [restriction(SERVICE, 'med_type', kbParam)] },
});

describe('医疗服务项目限就医方式 GZ10000102009000', () => {
  it('flags an outpatient-only item billed during a stay', async () => {
    const run = await runRule(
      serviceCareSetting,
      fixture([settlement('A', { med_type: '普通住院' }), settlement('B', { med_type: '14' })], 'outpatient'),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 30]]);
    expect(run.findings[0]?.vola_cont).toContain('限门诊使用，本次就医方式为住院（医疗类别 普通住院）');
  });

  it('does not flag a settlement whose setting is unknown', async () => {
    const run = await runRule(
      serviceCareSetting,
      fixture([settlement('A', { med_type: null }), settlement('B', { med_type: '99' })], 'outpatient'),
    );
    expect(run.findings).toEqual([]);
  });

  it('is skipped when the knowledge base has no care-setting restrictions', async () => {
    const run = await runRule(serviceCareSetting, {
      ...fixture([settlement('A')], 'outpatient'),
      kb: { kb_restriction: [restriction(SERVICE, 'sex', '1')] },
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('med_type');
  });

  it('is skipped when the medical type is not mapped', async () => {
    const run = await runRule(serviceCareSetting, {
      ...fixture([settlement('A')], 'outpatient'),
      unmapped: ['setl.med_type'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.med_type');
  });
});
