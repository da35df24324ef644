import { describe, expect, it } from 'vitest';
import { drugPediatricOnly } from '../../../../workers/rules/library/drug-pediatric-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, person, restriction } from './line-restriction-fixture';

const DRUG = 'ZA04CAE0023010100166';
const fixture = (fee: Row[], kbParam = ''): Fixture => ({
  fee,
  psn: [person('A', '2006-09-01'), person('B', '2010-09-01')],
  kb: { kb_restriction: [restriction(DRUG, 'pediatric', kbParam)] },
});

describe('药品儿童专用 GZ10000301002000', () => {
  it('flags use at or over 18 by default (boundary: 17 vs 18), as suspicious', async () => {
    const run = await runRule(
      drugPediatricOnly,
      fixture([feeLine('F1', 'A', DRUG, '2024-08-31'), feeLine('F2', 'A', DRUG, '2024-09-01')]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt, f.sev_deg])).toEqual([['SA', 30, '可疑']]);
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    expect(run.findings[0]?.vola_cont).toContain('为儿童专用（18岁以下），参保人费用发生时18岁');
  });

  it('uses the changed default age, but a knowledge row with an age wins', async () => {
    const lines = [feeLine('F1', 'B', DRUG, '2024-08-31'), feeLine('F2', 'B', DRUG, '2024-09-01')];
    const changed = await runRule(drugPediatricOnly, fixture(lines), { default_age: 14 });
    expect(changed.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    const fromKb = await runRule(drugPediatricOnly, fixture(lines, '16'), { default_age: 14 });
    expect(fromKb.findings).toEqual([]);
  });

  it('is skipped when the birth date is not mapped', async () => {
    const run = await runRule(drugPediatricOnly, {
      ...fixture([feeLine('F1', 'A', DRUG, '2024-09-01')]),
      unmapped: ['psn.brdy'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('psn.brdy');
  });
});
