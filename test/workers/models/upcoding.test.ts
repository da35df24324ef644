import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { upcodingModel } from '../../../workers/models/library/upcoding';
import { runModelOn, type Row } from './model-harness';

let n = 0;
/** `total` stays at `inst`, `cc` of them coded `ER23` (CC) at `ccCost`, the rest `ER25` at 1000. */
function stays(inst: string, total: number, cc: number, ccCost: number, ccCode = 'ER23'): Row[] {
  return Array.from({ length: total }, (_, i) => {
    n += 1;
    const complicated = i < cc;
    return {
      setl_id: `S${n}`,
      fixmedins_code: inst,
      med_type: '21',
      drg_code: complicated ? ccCode : 'ER25',
      medfee_sumamt: complicated ? ccCost : 1000,
    };
  });
}

const medins: Row[] = [
  ...['H1', 'H2', 'H3', 'H4', 'H5', 'HX'].map((c) => ({ fixmedins_code: c, peer_group: '二级综合' })),
  { fixmedins_code: 'T1', peer_group: '专科' },
  { fixmedins_code: 'T2', peer_group: '专科' },
];
const setl: Row[] = [
  ...stays('H1', 10, 2, 2000),
  ...stays('H2', 10, 2, 2000),
  ...stays('H3', 10, 3, 2000),
  ...stays('H4', 10, 1, 2000),
  ...stays('H5', 10, 2, 2000),
  // HX: 8 of 10 stays coded with a complication, none costing more than an uncomplicated stay.
  ...stays('HX', 10, 8, 1000),
  // A peer group of two: too small to say what is usual, however extreme.
  ...stays('T1', 10, 9, 1000),
  ...stays('T2', 10, 1, 2000),
  // Not graded: DIP groups and CHS-DRG 7/9 carry no complication level.
  { setl_id: 'D1', fixmedins_code: 'HX', drg_code: 'ER27', medfee_sumamt: 1 },
  { setl_id: 'D2', fixmedins_code: 'HX', drg_code: null, dip_code: 'A01.1', medfee_sumamt: 1 },
];
const fixture = { setl, medins };
const zHX = 0.6 / (1.4826 * 0.05);

describe('upcoding', () => {
  it('ranks the institution with an 80% CC/MCC share against a 20% peer median, costs unsupported', async () => {
    const run = await runModelOn(upcodingModel, fixture, { min_stays: 10 });
    expect(run.outcome.status).toBe('ran');
    expect(run.rows.map((r) => r.entity_id)).toEqual(['HX']);
    const hx = run.rows[0] ?? {};
    expect(hx).toMatchObject({
      stays: 10,
      cc_share: 0.8,
      peer_share: 0.2,
      z_score: Math.round(zHX * 100) / 100,
      percentile: 1,
      unsupported_share: 1,
      peer_group: '二级综合',
    });
    expect(hx.score).toBeCloseTo(zHX * 2, 6);
    expect(hx.explain_zh).toBe(
      '10 例分级住院中伴并发症病组占 80.0%，同类组（二级综合，6 家）中位数 20.0%，稳健 z 8.1；并发症病例中 100.0% 的费用不高于同核心病组无并发症病例中位数',
    );
    expect(hx.explain_en).toContain('80.0% of 10 graded stays grouped with complications');
    expect(run.links.filter((l) => l.entity_id === 'HX')).toHaveLength(8);
  });

  it('runs without amounts: the unsupported share is unavailable and the explanation says so', async () => {
    const run = await runModelOn(
      upcodingModel,
      { ...fixture, unmapped: ['setl.medfee_sumamt'] },
      { min_stays: 10 },
    );
    expect(run.rows.map((r) => r.entity_id)).toEqual(['HX']);
    expect(run.rows[0]?.unsupported_share).toBeNull();
    expect(run.rows[0]?.score).toBeCloseTo(zHX, 6);
    expect(run.rows[0]?.explain_en).toContain('(no amounts: costs not checked)');
  });

  it('falls back to level × type, and to the mean absolute deviation when the MAD is 0', async () => {
    const lv = ['A1', 'A2', 'A3', 'A4', 'A5', 'AX'].map((c) => ({
      fixmedins_code: c,
      medins_lv: '2',
      fixmedins_type: '医院',
    }));
    const rows = [
      ...['A1', 'A2', 'A3', 'A4', 'A5'].flatMap((c) => stays(c, 10, 2, 2000)),
      ...stays('AX', 10, 5, 2000),
    ];
    const run = await runModelOn(upcodingModel, { setl: rows, medins: lv }, { min_stays: 10 });
    // Shares 0.2 ×5 and 0.5: median 0.2, MAD 0, mean absolute deviation 0.05 → z = 0.3 / (1.2533 × 0.05).
    expect(run.rows.map((r) => r.entity_id)).toEqual(['AX']);
    expect(run.rows[0]).toMatchObject({ peer_group: '2 × 医院', unsupported_share: 0 });
    expect(run.rows[0]?.score).toBeCloseTo(0.3 / (1.2533 * 0.05), 6);
  });

  it('counts MCC only when asked, and gives institutions under the minimum stays no score', async () => {
    expect((await runModelOn(upcodingModel, fixture, { min_stays: 10, count: 'mcc-only' })).rows).toEqual([]);
    expect((await runModelOn(upcodingModel, fixture)).rows).toEqual([]);
  });

  it('is skipped naming the DRG field when it is not mapped; refuses bad parameters', async () => {
    const run = await runModelOn(upcodingModel, { ...fixture, unmapped: ['setl.drg_code'] });
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('setl.drg_code');
    for (const bad of [{ z: 0 }, { min_peers: 2 }, { count: 'all' }]) {
      await expect(runModelOn(upcodingModel, fixture, bad)).rejects.toBeInstanceOf(AppErrorException);
    }
  });
});
