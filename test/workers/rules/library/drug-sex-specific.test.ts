import { describe, expect, it } from 'vitest';
import { drugSexSpecific } from '../../../../workers/rules/library/drug-sex-specific';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, feeLine, person, restriction } from './line-restriction-fixture';

const MALE_DRUG = 'XL02BBA326A001010102180';
const fixture = (fee: Row[]): Fixture => ({
  fee,
  psn: [person('M', '1980-01-01', '男'), person('W', '1985-01-01', '2'), person('U', '1990-01-01', null)],
  kb: { kb_restriction: [restriction(DRUG, 'sex', '2'), restriction(MALE_DRUG, 'sex', '1')] },
});

describe('药品区分性别使用 GZ10000301004000', () => {
  it('flags a drug for one sex billed for the other, naming both', async () => {
    const run = await runRule(
      drugSexSpecific,
      fixture([feeLine('F1', 'M', DRUG, '2024-03-01'), feeLine('F2', 'W', MALE_DRUG, '2024-03-01')]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt, f.sev_deg])).toEqual([
      ['SM', 30, '高度可疑'],
      ['SW', 30, '高度可疑'],
    ]);
    expect(run.findings[0]?.vola_cont).toContain('限女性使用，参保人性别为男');
    expect(run.findings[1]?.vola_cont_en).toContain('is for male patients only; the person is female');
  });

  it('does not flag the right sex or an unknown sex', async () => {
    const run = await runRule(
      drugSexSpecific,
      fixture([
        feeLine('F1', 'W', DRUG, '2024-03-01'),
        feeLine('F2', 'M', MALE_DRUG, '2024-03-01'),
        feeLine('F3', 'U', DRUG, '2024-03-01'),
      ]),
    );
    expect(run.findings).toEqual([]);
  });

  it('is skipped when the sex is not mapped', async () => {
    const run = await runRule(drugSexSpecific, {
      ...fixture([feeLine('F1', 'M', DRUG, '2024-03-01')]),
      unmapped: ['psn.gend'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('psn.gend');
  });
});
