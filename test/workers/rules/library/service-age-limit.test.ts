import { describe, expect, it } from 'vitest';
import { serviceAgeLimit } from '../../../../workers/rules/library/service-age-limit';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { SERVICE, feeLine, person, restriction } from './line-restriction-fixture';

const fixture = (
  fee: Row[],
  kb: Row[] = [restriction(SERVICE, 'age_min', '16'), restriction(SERVICE, 'age_max', '60')],
): Fixture => ({
  fee,
  psn: [person('Y', '2008-07-01'), person('O', '1964-07-01')],
  kb: { kb_restriction: kb },
});

describe('医疗服务项目限年龄 NHSA2025-29', () => {
  it('flags use outside the age range (boundaries: 15 vs 16 and 60 vs 61, by exact age)', async () => {
    const run = await runRule(
      serviceAgeLimit,
      fixture([
        feeLine('F1', 'Y', SERVICE, '2024-06-30'),
        feeLine('F2', 'Y', SERVICE, '2024-07-01'),
        feeLine('F3', 'O', SERVICE, '2025-06-30'),
        feeLine('F4', 'O', SERVICE, '2025-07-01', { det_item_fee_sumamt: 55 }),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([
      ['SO', 55],
      ['SY', 30],
    ]);
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F4', 'F1']);
    expect(run.findings[0]?.vola_cont).toContain('限 60 岁及以下使用，参保人费用发生时61岁');
    expect(run.findings[1]?.vola_cont).toContain('限 16 岁及以上使用，参保人费用发生时15岁');
  });

  it('reports a line once when contradictory rows make it break both limits', async () => {
    const kb = [restriction(SERVICE, 'age_min', '70'), restriction(SERVICE, 'age_max', '10')];
    const run = await runRule(serviceAgeLimit, fixture([feeLine('F1', 'O', SERVICE, '2024-06-01')], kb));
    expect(run.lines).toHaveLength(1);
    expect(run.summary.amountAtRisk).toBe(30);
  });

  it('runs with only one of the two limits, and is skipped with neither', async () => {
    const lower = await runRule(
      serviceAgeLimit,
      fixture([feeLine('F1', 'Y', SERVICE, '2024-06-01')], [restriction(SERVICE, 'age_min', '16')]),
    );
    expect(lower.outcome.status).toBe('ok');
    expect(lower.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
    const none = await runRule(
      serviceAgeLimit,
      fixture([feeLine('F1', 'Y', SERVICE, '2024-06-01')], [restriction(SERVICE, 'sex', '1')]),
    );
    expect(none.outcome.status).toBe('skipped');
    expect(none.outcome.reason?.en).toContain('"age_min" or "age_max"');
  });

  it('is skipped when the birth date is not mapped', async () => {
    const run = await runRule(serviceAgeLimit, {
      ...fixture([feeLine('F1', 'Y', SERVICE, '2024-06-01')]),
      unmapped: ['psn.brdy'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('psn.brdy');
  });
});
