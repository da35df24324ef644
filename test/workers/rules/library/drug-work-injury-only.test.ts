import { describe, expect, it } from 'vitest';
import { drugWorkInjuryOnly } from '../../../../workers/rules/library/drug-work-injury-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, feeLine, restriction, settlement } from './line-restriction-fixture';

const fixture = (setl: Row[]): Fixture => ({
  fee: setl.map((s, i) => feeLine(`F${i + 1}`, String(s.psn_no), DRUG, '2024-03-01 09:00:00')),
  setl,
  kb: { kb_restriction: [restriction(DRUG, 'work_injury', '')] },
});

describe('药品限工伤保险 GZ10000101001000', () => {
  it('flags the drug settled under another insurance type, naming the type', async () => {
    const run = await runRule(drugWorkInjuryOnly, fixture([settlement('A', { insutype: '310' })]));
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 30]]);
    expect(run.lines).toEqual([
      { finding_id: run.findings[0]?.finding_id, feedetl_sn: 'F1', vola_item_type: 1, amount: 30 },
    ]);
    expect(run.findings[0]?.vola_cont).toContain('限工伤保险支付，本次结算险种为“310”');
    expect(run.findings[0]?.vola_evid).toContain('GZ10000101001000');
  });

  it('accepts work-injury labels and does not flag an unknown insurance type', async () => {
    const run = await runRule(
      drugWorkInjuryOnly,
      fixture([
        settlement('A', { insutype: '工伤保险' }),
        settlement('B', { insutype: ' 工伤 ' }),
        settlement('C', { insutype: null }),
      ]),
    );
    expect(run.findings).toEqual([]);
  });

  it('treats code 410 as long-term care by default, and as work injury when the parameter lists it', async () => {
    const data = fixture([settlement('A', { insutype: '410' }), settlement('B', { insutype: '390' })]);
    const byDefault = await runRule(drugWorkInjuryOnly, data);
    expect(byDefault.lines.map((l) => l.feedetl_sn)).toEqual(['F1', 'F2']);
    const local = await runRule(drugWorkInjuryOnly, data, { insutypes: '410,工伤保险' });
    expect(local.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    expect(local.summary.amountAtRisk).toBe(30);
  });

  it('is skipped when the insurance type is not mapped', async () => {
    const run = await runRule(drugWorkInjuryOnly, {
      ...fixture([settlement('A')]),
      unmapped: ['setl.insutype'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.insutype');
  });
});
