import { describe, expect, it } from 'vitest';
import { drugInstitutionLevel } from '../../../../workers/rules/library/drug-institution-level';
import { runRule, type Fixture, type Row } from '../rule-harness';
import { DRUG, feeLine, restriction, settlement } from './line-restriction-fixture';

const fixture = (setl: Row[], kbParam: string): Fixture => ({
  fee: setl.map((s, i) => feeLine(`F${i + 1}`, String(s.psn_no), DRUG, '2024-03-01')),
  setl,
  kb: { kb_restriction: [restriction(DRUG, 'medins_lv', kbParam)] },
});

describe('药品限医疗机构级别 GZ10000101012000', () => {
  it('flags use below the level (boundary: level 2 passes 二级及以上, level 1 does not)', async () => {
    const run = await runRule(
      drugInstitutionLevel,
      fixture(
        [
          settlement('A', { medins_lv: '1' }),
          settlement('B', { medins_lv: '2' }),
          settlement('C', { medins_lv: '三级甲等' }),
        ],
        '二级及以上',
      ),
    );
    expect(run.outcome.status).toBe('ok');
    expect(run.findings.map((f) => [f.setl_id, f.vola_amt])).toEqual([['SA', 30]]);
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
    expect(run.findings[0]?.vola_cont).toContain('限2级及以上医疗机构使用，本次结算机构等级为1级');
  });

  it('reads labels and does not flag an unknown level', async () => {
    const run = await runRule(
      drugInstitutionLevel,
      fixture([settlement('A', { medins_lv: '二级乙等' }), settlement('B', { medins_lv: null })], '3'),
    );
    expect(run.lines.map((l) => l.feedetl_sn)).toEqual(['F1']);
    expect(run.findings[0]?.vola_cont).toContain('2级（二级乙等）');
  });

  it('is skipped when the settlement level is not mapped', async () => {
    const run = await runRule(drugInstitutionLevel, {
      ...fixture([settlement('A')], '3'),
      unmapped: ['setl.medins_lv'],
    });
    expect(run.outcome.status).toBe('skipped');
    expect(run.outcome.reason?.en).toContain('setl.medins_lv');
  });
});
