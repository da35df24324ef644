import { describe, expect, it } from 'vitest';
import { consumableChildOnly } from '../../../../workers/rules/library/consumable-child-only';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { CONSUMABLE, SERVICE, feeLine, person, restriction } from './line-restriction-fixture';

const fixture = (fee: Row[], kbParam = ''): Fixture => ({
  fee,
  psn: [person('A', '2006-03-15'), person('K', '2015-01-01')],
  kb: { kb_restriction: [restriction(CONSUMABLE, 'child', kbParam), restriction(SERVICE, 'child', kbParam)] },
});

describe('耗材限儿童使用 GZ10000103002000', () => {
  it('flags the consumable at or over the age limit (boundary: 17 vs 18)', async () => {
    const run = await runRule(
      consumableChildOnly,
      fixture([
        feeLine('F1', 'A', CONSUMABLE, '2024-03-14', { det_item_fee_sumamt: 1200 }),
        feeLine('F2', 'A', CONSUMABLE, '2024-03-15', { det_item_fee_sumamt: 1250.5 }),
      ]),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 1250.5]]);
    expect(run.lines.map((l) => [l.feedetl_sn, l.amount])).toEqual([['F2', 1250.5]]);
    expect(run.findings[0]?.vola_cont).toContain('耗材“测试项目”限儿童使用（18岁以下）');
  });

  it('does not flag a child, nor service items', async () => {
    const run = await runRule(
      consumableChildOnly,
      fixture([feeLine('F1', 'K', CONSUMABLE, '2024-06-01'), feeLine('F2', 'A', SERVICE, '2024-06-01')]),
    );
    expect(run.findings).toEqual([]);
  });

  it('uses the changed default age when the knowledge row gives none', async () => {
    const run = await runRule(consumableChildOnly, fixture([feeLine('F1', 'K', CONSUMABLE, '2024-06-01')]), {
      default_age: 9,
    });
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
  });

  it('is skipped when the fee amount is not mapped', async () => {
    const run = await runRule(consumableChildOnly, {
      ...fixture([feeLine('F1', 'A', CONSUMABLE, '2024-06-01')]),
      unmapped: ['fee.det_item_fee_sumamt'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('fee.det_item_fee_sumamt');
  });
});
