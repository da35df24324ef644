import { describe, expect, it } from 'vitest';
import { drugNewbornOnly } from '../../../../workers/rules/library/drug-newborn-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, feeLine, person, restriction } from './line-restriction-fixture';

const fixture = (fee: Row[], kbParam = '28'): Fixture => ({
  fee,
  psn: [person('A', '2024-01-01')],
  kb: { kb_restriction: [restriction(DRUG, 'newborn', kbParam)] },
});

describe('药品限新生儿使用 GZ10000101006000', () => {
  it('flags use after the newborn period (boundary: day 28 is newborn, day 29 is not)', async () => {
    const run = await runRule(
      drugNewbornOnly,
      fixture([
        feeLine('F1', 'A', DRUG, '2024-01-29 23:00:00'),
        feeLine('F2', 'A', DRUG, '2024-01-30 08:00:00'),
        feeLine('F3', 'A', DRUG, '2024-02-10', { det_item_fee_sumamt: 12.34 }),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 42.34]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.amount])).toEqual([
      ['F2', 30],
      ['F3', 12.34],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('出生 28 天内');
  });

  it('ignores codes without the restriction', async () => {
    const other = 'XA01AAA000A000000000000';
    const run = await runRule(drugNewbornOnly, fixture([feeLine('F1', 'A', other, '2024-06-01')]));
    expect(run.findings).toEqual([]);
  });

  it('uses the default period when the knowledge row gives none, not when it does', async () => {
    const lines = [feeLine('F1', 'A', DRUG, '2024-01-08'), feeLine('F2', 'A', DRUG, '2024-01-09')];
    const fromParam = await runRule(drugNewbornOnly, fixture(lines, ''), { default_days: 7 });
    expect(fromParam.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    const fromKb = await runRule(drugNewbornOnly, fixture(lines, '28'), { default_days: 7 });
    expect(fromKb.findings).toEqual([]);
  });

  it('is skipped when the fee time is not mapped', async () => {
    const run = await runRule(drugNewbornOnly, {
      ...fixture([feeLine('F1', 'A', DRUG, '2024-06-01')]),
      unmapped: ['fee.fee_ocur_time'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.fee_ocur_time');
  });
});
