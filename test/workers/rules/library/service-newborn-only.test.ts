import { describe, expect, it } from 'vitest';
import { serviceNewbornOnly } from '../../../../workers/rules/library/service-newborn-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, SERVICE, feeLine, person, restriction } from './line-restriction-fixture';

const fixture = (fee: Row[], kbParam = ''): Fixture => ({
  fee,
  psn: [person('A', '2024-02-10')],
  kb: { kb_restriction: [restriction(SERVICE, 'newborn', kbParam), restriction(DRUG, 'newborn', kbParam)] },
});

describe('医疗服务项目限新生儿使用 GZ10000102005000', () => {
  it('flags the item past the newborn period (boundary: 28 vs 29 days, across 29 February)', async () => {
    const run = await runRule(
      serviceNewbornOnly,
      fixture([
        feeLine('F1', 'A', SERVICE, '2024-03-09'),
        feeLine('F2', 'A', SERVICE, '2024-03-10', { det_item_fee_sumamt: 80 }),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 80]]);
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    expect(run.findings[0]?.vola_cont).toContain('医疗服务项目“测试项目”限新生儿');
    expect(run.findings[0]?.vola_cont).toContain('已出生 29 天');
  });

  it('leaves drug codes to the drug rule', async () => {
    const run = await runRule(serviceNewbornOnly, fixture([feeLine('F1', 'A', DRUG, '2024-06-01')]));
    expect(run.findings).toEqual([]);
  });

  it('uses the default period when the knowledge row gives none', async () => {
    const run = await runRule(serviceNewbornOnly, fixture([feeLine('F1', 'A', SERVICE, '2024-03-20')]), {
      default_days: 60,
    });
    expect(run.findings).toEqual([]);
  });

  it('is skipped when the birth date is not mapped', async () => {
    const run = await runRule(serviceNewbornOnly, {
      ...fixture([feeLine('F1', 'A', SERVICE, '2024-06-01')]),
      unmapped: ['psn.brdy'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('psn.brdy');
  });
});
