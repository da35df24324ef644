import { describe, expect, it } from 'vitest';
import { servicePediatricOnly } from '../../../../workers/rules/library/service-pediatric-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { feeLine, person, restriction } from './line-restriction-fixture';

const ITEM = '003105120040000';
const fixture = (fee: Row[], kbParam = '儿童专用项目'): Fixture => ({
  fee,
  psn: [person('A', '2000-01-10'), person('K', '2012-01-10')],
  kb: { kb_restriction: [restriction(ITEM, 'pediatric', kbParam)] },
});

describe('医疗服务项目儿童专用 GZ10000302003000', () => {
  it('flags an adult billed for a pediatric-only item, with the whole line amount', async () => {
    const run = await runRule(
      servicePediatricOnly,
      fixture([
        feeLine('F1', 'A', ITEM, '2024-05-01', { det_item_fee_sumamt: 150 }),
        feeLine('F2', 'K', ITEM, '2024-05-01'),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 150]]);
    expect(run.findings[0]?.vola_cont_en).toContain('is for children only (under 18); the person was 24');
  });

  it('reads the age from the knowledge row (boundary: 11 vs 12)', async () => {
    const run = await runRule(
      servicePediatricOnly,
      fixture([feeLine('F1', 'K', ITEM, '2024-01-09'), feeLine('F2', 'K', ITEM, '2024-01-10')], '12'),
    );
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
  });

  it('uses the changed default age when the knowledge row gives none', async () => {
    const run = await runRule(servicePediatricOnly, fixture([feeLine('F1', 'K', ITEM, '2024-05-01')]), {
      default_age: 10,
    });
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
  });

  it('is skipped when the billed item code is not mapped', async () => {
    const run = await runRule(servicePediatricOnly, {
      ...fixture([feeLine('F1', 'A', ITEM, '2024-05-01')]),
      unmapped: ['fee.hilist_code'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.hilist_code');
  });
});
