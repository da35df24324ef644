import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { crossRegionModel } from '../../../workers/models/library/cross-region';
import { runModelOn, type Row } from './model-harness';

let n = 0;
/** Settlements at `inst` for diagnosis `dise`: one per cost, from `home` (insurance region) treated in `44`. */
function stays(inst: string, dise: string, home: string, costs: readonly number[], los: number): Row[] {
  return costs.map((cost) => {
    n += 1;
    return {
      setl_id: `S${n}`,
      psn_no: `P${n}`,
      fixmedins_code: inst,
      med_type: '21',
      dise_codg: dise,
      insu_admdvs: home,
      mdtrt_admdvs: '440100',
      medfee_sumamt: cost,
      begndate: '2024-03-01',
      enddate: `2024-03-${String(1 + los).padStart(2, '0')}`,
    };
  });
}

const LOCAL = [900, 1000, 1000, 1050, 1100];
const setl: Row[] = [
  // H1: non-local stays of I10 cost 3× and last 2× the local ones.
  ...stays('H1', 'I10.x00', '440100', LOCAL, 5),
  ...stays('H1', 'I10.x01', '510100', [2900, 3000, 3000, 3100, 3200], 10),
  // H1 J18: too few local cases to say what is usual; its non-local settlements stay out of the comparison.
  ...stays('H1', 'J18.900', '440100', [1000, 1000], 5),
  ...stays('H1', 'J18.900', '510100', [9000, 9000], 5),
  // H2: non-local a fifth more (sicker referrals): below the threshold.
  ...stays('H2', 'I10.x00', '440100', LOCAL, 5),
  ...stays('H2', 'I10.x00', '510100', [1150, 1200, 1200, 1250, 1300], 5),
  // H3: the same excess as H1 but only two non-local cases.
  ...stays('H3', 'I10.x00', '440100', LOCAL, 5),
  ...stays('H3', 'I10.x00', '510100', [3000, 3000], 10),
  // Rows that cannot be classified: no insurance region, no diagnosis.
  { ...stays('H1', 'I10.x00', '510100', [99999], 30)[0], insu_admdvs: null },
  { ...stays('H1', 'I10.x00', '510100', [99999], 30)[0], dise_codg: null },
];

describe('cross-region', () => {
  it('ranks the institution whose non-local cases cost 3× the local ones in the same group', async () => {
    const run = await runModelOn(crossRegionModel, { setl });
    expect(run.outcome.status).toBe('ran');
    expect(run.rows.map((r) => r.entity_id)).toEqual(['H1']);
    const h1 = run.rows[0] ?? {};
    expect(h1).toMatchObject({
      entity_type: 'institution',
      rank: 1,
      nonlocal_patients: 5,
      nonlocal_cases: 5,
      local_cases: 5,
      groups: 1,
      nonlocal_cost: 3040,
      local_cost: 1000,
      cost_ratio: 3,
      los_ratio: 2,
      top_group: 'I10',
    });
    expect(h1.score).toBeCloseTo((2 + 1) * Math.log(6), 6);
    expect(h1.explain_zh).toBe(
      '异地患者 5 人 5 例（1 个病组，本地对照 5 例）：次均费用 ¥3040.00，同病组本地中位费用 ¥1000.00，费用比中位数 3.00 倍；平均住院日比 2.00 倍；差距最大的病组 I10',
    );
    expect(h1.explain_en).toContain(
      'cost per case ¥3040.00 against a local median of ¥1000.00 in the same groups, median cost ratio 3.00×',
    );
    // The drill-down: H1's compared non-local settlements only (not J18's two, not the unclassified rows).
    const h1Links = run.links.filter((l) => l.entity_id === 'H1');
    expect(h1Links).toHaveLength(5);
  });

  it('compares within DRG groups when coded, and keeps H2 when the threshold is lowered', async () => {
    const run = await runModelOn(crossRegionModel, { setl }, { ratio: 1.1 });
    expect(run.rows.map((r) => r.entity_id)).toEqual(['H1', 'H2']);
    const coded = setl.map((r) => ({ ...r, drg_code: r.fixmedins_code === 'H1' ? 'FR25' : null }));
    const drg = await runModelOn(crossRegionModel, { setl: coded });
    // H1's I10 and J18 stays now share one DRG group: 7 local (median 1000) and 8 non-local (J18's two,
    // and the row without a diagnosis now has a group): ratios 2.9 … 3.2, 9, 9, 100 → median 3.15.
    expect(drg.rows[0]).toMatchObject({
      entity_id: 'H1',
      top_group: 'FR25',
      nonlocal_cases: 8,
      local_cases: 7,
      cost_ratio: 3.15,
    });
  });

  it('runs without stay dates (stay ratio unavailable, said so) and without medical category', async () => {
    const run = await runModelOn(crossRegionModel, {
      setl,
      unmapped: ['setl.begndate', 'setl.enddate', 'setl.med_type'],
    });
    expect(run.rows.map((r) => r.entity_id)).toEqual(['H1']);
    expect(run.rows[0]?.los_ratio).toBeNull();
    expect(run.rows[0]?.score).toBeCloseTo(2 * Math.log(6), 6);
    expect(run.rows[0]?.explain_zh).toContain('平均住院日比 不可用（无可比住院日）');
    expect(run.rows[0]?.explain_en).toContain('stay ratio unavailable (no comparable stays)');
  });

  it('gives no score when local and non-local costs are identical (ratio 1)', async () => {
    const same = [
      ...stays('H9', 'K35.800', '440100', LOCAL, 4),
      ...stays('H9', 'K35.800', '510100', LOCAL, 4),
    ];
    const run = await runModelOn(crossRegionModel, { setl: same });
    expect(run.rows).toEqual([]);
  });

  it('is skipped naming the region field when it is not mapped; refuses a ratio below 1', async () => {
    const run = await runModelOn(crossRegionModel, { setl, unmapped: ['setl.insu_admdvs'] });
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('setl.insu_admdvs');
    await expect(runModelOn(crossRegionModel, { setl }, { ratio: 0.5 })).rejects.toBeInstanceOf(
      AppErrorException,
    );
    await expect(runModelOn(crossRegionModel, { setl }, { min_cases: 2.5 })).rejects.toBeInstanceOf(
      AppErrorException,
    );
  });
});
