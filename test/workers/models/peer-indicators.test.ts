import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { peerIndicatorsModel } from '../../../workers/models/library/peer-indicators';
import { runModelOn, type Row } from './model-harness';

const setl: Row[] = [];
const fee: Row[] = [];
/** Three stays at `inst`: drug 400, a blood test 300, treatment 200, consumable 100, plus `ct` of CT. */
function institution(inst: string, ct: number, samePerson: boolean): void {
  for (let k = 0; k < 3; k += 1) {
    const id = `${inst}-${k}`;
    const day = 1 + 10 * k;
    setl.push({
      setl_id: id,
      psn_no: samePerson ? `${inst}-P` : id,
      fixmedins_code: inst,
      med_type: '21',
      begndate: `2024-05-${String(day).padStart(2, '0')}`,
      enddate: `2024-05-${String(day + 4).padStart(2, '0')}`,
    });
    const lines: [string, string, number][] = [
      ['09', '阿莫西林胶囊', 400],
      ['04', '血常规', 300],
      ['05', '静脉输液', 200],
      ['08', '一次性输液器', 100],
    ];
    if (ct > 0) lines.push(['03', '颅脑CT平扫', ct]);
    lines.forEach(([type, name, amount], i) =>
      fee.push({
        feedetl_sn: `${id}-${i}`,
        setl_id: id,
        med_chrgitm_type: type,
        hilist_name: name,
        det_item_fee_sumamt: amount,
      }),
    );
  }
}
for (const inst of ['N1', 'N2', 'N3', 'N4', 'N5']) institution(inst, 0, false);
// HX: a CT of 1,700 on every stay, and the same person readmitted 6 days after each discharge.
institution('HX', 1700, true);
// A peer group of two: too small to score.
institution('T1', 5000, true);
institution('T2', 0, false);
const medins: Row[] = [
  ...['N1', 'N2', 'N3', 'N4', 'N5', 'HX'].map((c) => ({
    fixmedins_code: c,
    medins_lv: '3',
    fixmedins_type: '医院',
  })),
  { fixmedins_code: 'T1', peer_group: '专科' },
  { fixmedins_code: 'T2', peer_group: '专科' },
];
const fixture = { setl, fee, medins };
// Five identical peers and HX: median = the peers' value, MAD = 0, mean absolute deviation = |d| / 6, so
// every indicator where HX differs has robust z = ±6 / 1.2533.
const Z = 6 / 1.2533;

describe('peer-indicators', () => {
  it('scores the institution with inflated exam/CT shares, readmissions and cost per case', async () => {
    const run = await runModelOn(peerIndicatorsModel, fixture, { min_cases: 3 });
    expect(run.outcome.status).toBe('ran');
    expect(run.rows.map((r) => r.entity_id)).toEqual(['HX']);
    const hx = run.rows[0] ?? {};
    expect(hx).toMatchObject({
      cases: 3,
      peer_group: '3 × 医院',
      exam_share: Math.round((2000 / 2700) * 1e4) / 1e4,
      exam_share_pct: 1,
      ct_share: Math.round((1700 / 2700) * 1e4) / 1e4,
      mri_share: 0,
      mri_share_z: 0,
      readmission_rate: Math.round((2 / 3) * 1e4) / 1e4,
      cost_per_case: 2700,
      drug_share_z: Math.round(-Z * 100) / 100,
    });
    // Four indicators above peers (cost, CT, exam, readmission); the lower drug share does not count.
    expect(hx.score).toBeCloseTo(4 * Z, 6);
    expect(hx.explain_zh).toContain(
      '同类组 3 × 医院（6 家）中高于同类：次均费用 ¥2700.00（同类中位 ¥1000.00，稳健 z 4.8，第 100 百分位）',
    );
    expect(hx.explain_zh).toContain('检查化验费占比 74.1%（同类中位 30.0%，稳健 z 4.8，第 100 百分位）');
    expect(hx.explain_en).toContain(
      '31-day readmission rate 66.7% (peer median 0.0%, robust z 4.8, percentile 100)',
    );
    expect(run.links.filter((l) => l.entity_id === 'HX')).toHaveLength(3);
  });

  it('caps each z-score', async () => {
    const run = await runModelOn(peerIndicatorsModel, fixture, { min_cases: 3, cap: 2 });
    expect(run.rows[0]?.score).toBeCloseTo(8, 6);
  });

  it('runs without item names, person or medical category: those indicators unavailable and said so', async () => {
    const run = await runModelOn(
      peerIndicatorsModel,
      { ...fixture, unmapped: ['fee.hilist_name', 'setl.psn_no', 'setl.med_type'] },
      { min_cases: 3 },
    );
    expect(run.rows.map((r) => r.entity_id)).toEqual(['HX']);
    expect(run.rows[0]).toMatchObject({
      ct_share: null,
      mri_share: null,
      readmission_rate: null,
      cost_per_case: null,
    });
    // Only the exam share is left above peers.
    expect(run.rows[0]?.score).toBeCloseTo(Z, 6);
    expect(run.rows[0]?.explain_zh).toContain('CT/MRI 占比不可用（未映射项目名称）');
    expect(run.rows[0]?.explain_en).toContain('readmission unavailable');
  });

  it('gives no score under the minimum settlements; skipped without charge types; refuses a 0-day window', async () => {
    expect((await runModelOn(peerIndicatorsModel, fixture)).rows).toEqual([]);
    const run = await runModelOn(peerIndicatorsModel, { ...fixture, unmapped: ['fee.med_chrgitm_type'] });
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('fee.med_chrgitm_type');
    await expect(runModelOn(peerIndicatorsModel, fixture, { days: 0 })).rejects.toBeInstanceOf(
      AppErrorException,
    );
  });
});
