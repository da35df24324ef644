import { describe, expect, it } from 'vitest';
import { drugMaternityOnly } from '../../../../workers/rules/library/drug-maternity-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, feeLine, restriction, settlement } from './line-restriction-fixture';

const fixture = (setl: Row[]): Fixture => ({
  fee: setl.map((s, i) =>
    feeLine(`F${i + 1}`, String(s.psn_no), DRUG, '2024-03-01', { det_item_fee_sumamt: 45.5 }),
  ),
  setl,
  kb: { kb_restriction: [restriction(DRUG, 'maternity', '')] },
});

describe('药品限生育保险 GZ10000101002000', () => {
  it('flags the drug settled under employee or resident insurance', async () => {
    const run = await runRule(
      drugMaternityOnly,
      fixture([settlement('A', { insutype: '310' }), settlement('B', { insutype: '390' })]),
    );
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['SA', 45.5],
      ['SB', 45.5],
    ]);
    expect(run.summary.amountAtRisk).toBe(91);
    expect(run.findings[1]?.vola_cont).toContain('限生育保险支付，本次结算险种为“390”');
    expect(run.findings[1]?.vola_cont_en).toContain('maternity insurance only');
  });

  it('accepts code 510 and maternity labels; an unknown type is not flagged', async () => {
    const run = await runRule(
      drugMaternityOnly,
      fixture([
        settlement('A', { insutype: '510' }),
        settlement('B', { insutype: '生育保险' }),
        settlement('C', { insutype: '' }),
      ]),
    );
    expect(run.findings).toEqual([]);
  });

  it('uses the insurance types of the parameter', async () => {
    const data = fixture([settlement('A', { insutype: '510' }), settlement('B', { insutype: '52' })]);
    const run = await runRule(drugMaternityOnly, data, { insutypes: '52' });
    expect(run.lines.map((l) => [l.feedetl_sn, l.amount])).toEqual([['F1', 45.5]]);
  });

  it('is skipped when no settlements are loaded', async () => {
    const run = await runRule(drugMaternityOnly, { ...fixture([]), setl: undefined });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl');
  });

  it('is skipped when the insurance type is not mapped', async () => {
    const run = await runRule(drugMaternityOnly, {
      ...fixture([settlement('A')]),
      unmapped: ['setl.insutype'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.insutype');
  });
});
