import { describe, expect, it } from 'vitest';
import { serviceSexSpecific } from '../../../../workers/rules/library/service-sex-specific';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { SERVICE, feeLine, person, restriction } from './line-restriction-fixture';

const fixture = (fee: Row[], kb: Row[] = [restriction(SERVICE, 'sex', '女')]): Fixture => ({
  fee,
  psn: [person('M', '1980-01-01', 'M'), person('W', '1985-01-01', 'female')],
  kb: { kb_restriction: kb },
});

describe('医疗服务项目区分性别使用 GZ10000302004000', () => {
  it('flags a female-only item billed for a man', async () => {
    const run = await runRule(
      serviceSexSpecific,
      fixture([feeLine('F1', 'M', SERVICE, '2024-03-01'), feeLine('F2', 'W', SERVICE, '2024-03-01')]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SM', 30]]);
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
    expect(run.findings[0]?.vola_cont).toContain('医疗服务项目“测试项目”限女性使用');
  });

  it('ignores a code whose knowledge rows name both sexes', async () => {
    const kb = [restriction(SERVICE, 'sex', '1'), restriction(SERVICE, 'sex', '2')];
    const run = await runRule(serviceSexSpecific, fixture([feeLine('F1', 'M', SERVICE, '2024-03-01')], kb));
    expect(run.findings).toEqual([]);
  });

  it('is skipped when the person table is not loaded', async () => {
    const run = await runRule(serviceSexSpecific, {
      ...fixture([feeLine('F1', 'M', SERVICE, '2024-03-01')]),
      psn: undefined,
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('psn');
  });
});
