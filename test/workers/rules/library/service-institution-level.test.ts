import { describe, expect, it } from 'vitest';
import { serviceInstitutionLevel } from '../../../../workers/rules/library/service-institution-level';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { SERVICE, feeLine, restriction, settlement } from './line-restriction-fixture';

const fixture = (setl: Row[], kbParam: string): Fixture => ({
  fee: setl.map((s, i) =>
    feeLine(`F${i + 1}`, String(s.psn_no), SERVICE, '2024-03-01', { det_item_fee_sumamt: 200 }),
  ),
  setl,
  kb: { kb_restriction: [restriction(SERVICE, 'medins_lv', kbParam)] },
});

describe('医疗服务项目限医疗机构级别 GZ10000102011000', () => {
  it('flags the item below the level (boundary: level 3 passes, level 2 does not)', async () => {
    const run = await runRule(
      serviceInstitutionLevel,
      fixture([settlement('A', { medins_lv: '二级甲等' }), settlement('B', { medins_lv: '3' })], '3'),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 200]]);
    expect(run.summary.amountAtRisk).toBe(200);
    expect(run.findings[0]?.vola_cont_en).toContain('only at level 3 institutions or above');
  });

  it('ignores knowledge rows whose level cannot be read', async () => {
    const run = await runRule(
      serviceInstitutionLevel,
      fixture([settlement('A', { medins_lv: '1' })], '特定机构'),
    );
    expect(run.findings).toEqual([]);
  });

  it('is skipped when the settlement level is not mapped', async () => {
    const run = await runRule(serviceInstitutionLevel, {
      ...fixture([settlement('A')], '3'),
      unmapped: ['setl.medins_lv'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.medins_lv');
  });
});
