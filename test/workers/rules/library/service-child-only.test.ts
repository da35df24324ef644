import { describe, expect, it } from 'vitest';
import { serviceChildOnly } from '../../../../workers/rules/library/service-child-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, SERVICE, feeLine, person, restriction } from './line-restriction-fixture';

const fixture = (fee: Row[], kbParam = '14'): Fixture => ({
  fee,
  psn: [person('A', '2010-05-20'), person('B', '1980-01-01')],
  kb: { kb_restriction: [restriction(SERVICE, 'child', kbParam), restriction(DRUG, 'child', kbParam)] },
});

describe('医疗服务项目限儿童使用 GZ10000102006000', () => {
  it('flags the item at or over the age limit (boundary: 13 the day before the birthday, 14 on it)', async () => {
    const run = await runRule(
      serviceChildOnly,
      fixture([feeLine('F1', 'A', SERVICE, '2024-05-19'), feeLine('F2', 'A', SERVICE, '2024-05-20')]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 30]]);
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    expect(run.findings[0]?.vola_cont).toContain('限儿童使用（14岁以下），参保人费用发生时14岁');
  });

  it('leaves drug codes to the drug rule', async () => {
    const run = await runRule(serviceChildOnly, fixture([feeLine('F1', 'B', DRUG, '2024-06-01')]));
    expect(run.findings).toEqual([]);
  });

  it('uses the default age when the knowledge row gives none', async () => {
    const lines = [feeLine('F1', 'A', SERVICE, '2024-06-01'), feeLine('F2', 'B', SERVICE, '2024-06-01')];
    const byDefault = await runRule(serviceChildOnly, fixture(lines, ''));
    expect(byDefault.lines.map((l) => l.feedetl_sn)).toEqual(['F2']);
    const changed = await runRule(serviceChildOnly, fixture(lines, ''), { default_age: 12 });
    expect(changed.lines.map((l) => l.feedetl_sn)).toEqual(['F1', 'F2']);
  });

  it('is skipped when the birth date is not mapped', async () => {
    const run = await runRule(serviceChildOnly, {
      ...fixture([feeLine('F1', 'B', SERVICE, '2024-06-01')]),
      unmapped: ['psn.brdy'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('psn.brdy');
  });
});
