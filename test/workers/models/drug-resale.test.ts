/**
 * 医保药品倒卖 on hand-made purchases with a known answer: a reseller buying one drug at four pharmacies
 * within 20 days, four lent cards swiped together at one pharmacy on two days, a couple buying together,
 * ordinary buyers, and a cheap drug bought everywhere.
 */
import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { DRUG_RESALE } from '../../../workers/models/library/drug-resale';
import { feeLine, settlementRow } from '../../fixtures';
import { plantedAndClean } from './generated-model-run';
import { runModelOn, topIds, type Fixture, type Row } from './model-harness';

const setl: Row[] = [];
const fee: Row[] = [];

/** One pharmacy purchase: `cnt` units of `drug` at `pric` yuan. */
function buy(psn: string, shop: string, time: string, drug: string, cnt: number, pric: number): void {
  const id = `S${setl.length + 1}`;
  setl.push(
    settlementRow({ setl_id: id, psn_no: psn, fixmedins_code: shop, med_type: '41', setl_time: time }),
  );
  fee.push(
    feeLine({
      feedetl_sn: `${id}-1`,
      setl_id: id,
      psn_no: psn,
      fixmedins_code: shop,
      hilist_code: drug,
      med_chrgitm_type: '09',
      cnt,
      pric,
      fee_ocur_time: time,
    }),
  );
}

for (const [i, psn] of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].entries())
  buy(psn, 'A', `2024-02-0${i + 1} 10:00:00`, 'DX', 2, 100);
['A', 'B', 'C', 'D'].forEach((shop, i) =>
  buy('R', shop, `2024-03-${String(1 + 6 * i).padStart(2, '0')} 09:00:00`, 'DX', 5, 100),
);
for (const day of ['2024-04-02', '2024-04-09']) {
  ['L1', 'L2', 'L3', 'L4'].forEach((psn, i) =>
    buy(psn, 'M', `${day} 15:${String(10 * i).padStart(2, '0')}:00`, 'DY', 3, 80),
  );
  buy('F1', 'N', `${day} 11:00:00`, 'DY', 1, 80);
  buy('F2', 'N', `${day} 11:05:00`, 'DY', 1, 80);
}
['A', 'B', 'C', 'D', 'M'].forEach((shop, i) => buy('Q', shop, `2024-05-0${i + 1} 10:00:00`, 'DZ', 10, 5));
const fixture: Fixture = { setl, fee };

describe('drug-resale', () => {
  it('ranks the reseller first, then the lent cards; the couple, ordinary buyers and the cheap drug are absent', async () => {
    const run = await runModelOn(DRUG_RESALE, fixture);
    expect(run.outcome.status).toBe('ran');
    expect(topIds(run, 10)).toEqual(['R', 'L1', 'L2', 'L3', 'L4']);
    // 4 sources + dose ratio 20 ÷ median(2, 2, 2, 2, 2, 2, 20) = 10.
    expect(run.rows[0]).toMatchObject({
      drug: 'DX',
      sources: 4,
      qty_30d: 20,
      dose_ratio: 10,
      score: 14,
      co_buyers: null,
    });
    expect(run.rows[0]?.explain_zh).toBe('药品 DX：30 天内从 4 个来源购买 20 单位，为常见用量的 10.0 倍');
    expect(run.rows[0]?.explain_en).toBe(
      'drug DX: 20 units from 4 sources within 30 days, 10.0 times the usual quantity',
    );
    // DY has four buyers: too few for a usual quantity, so only the lent-card signal scores (3 co-buyers + 2 days).
    expect(run.rows[1]).toMatchObject({ drug: 'DY', sources: null, co_buyers: 3, card_days: 2, score: 5 });
    expect(run.rows[1]?.explain_en).toBe(
      'drug DY: bought within 60 minutes of 3 other people at one institution, on 2 days',
    );
    expect(run.links.filter((l) => l.entity_id === 'R')).toHaveLength(4);
  });

  it('finds the couple when one co-buyer is enough, and refuses parameters out of bounds', async () => {
    const run = await runModelOn(DRUG_RESALE, fixture, { min_co_buyers: 1 });
    expect(topIds(run, 10)).toEqual(expect.arrayContaining(['F1', 'F2']));
    await expect(runModelOn(DRUG_RESALE, fixture, { min_sources: 1 })).rejects.toBeInstanceOf(
      AppErrorException,
    );
    await expect(runModelOn(DRUG_RESALE, fixture, { window_minutes: 'hour' })).rejects.toBeInstanceOf(
      AppErrorException,
    );
  });

  it('is skipped with the reason when purchase times are not mapped', async () => {
    const run = await runModelOn(DRUG_RESALE, { ...fixture, unmapped: ['fee.fee_ocur_time'] });
    expect(run.outcome.status).toBe('skipped');
    if (run.outcome.status === 'skipped') expect(run.outcome.reason.en).toContain('fee.fee_ocur_time');
  });
});

describe('drug-resale on generated data', () => {
  // Planted: the resellers and the people whose cards a middleman swiped, from the hidden answer key. Asserted: they rank in the top 3k. Without the plant (same
  // seed, nothing planted) no entity reaches the weakest planted score: nothing planted-looking tops the list.
  it('ranks the planted entities in the top 3k, and nothing as high without the plant', async () => {
    const r = await plantedAndClean(DRUG_RESALE, {
      seed: 11,
      lines: 20_000,
      scenario: 'drug-resale',
      rate: 0.005,
      plantedSql: `SELECT psn_no AS k FROM answers WHERE scenario = 'drug-resale' AND level = 'psn'`,
    });
    expect(r.k).toBeGreaterThan(0);
    // Measured: 13 of 14 planted people in the top 3k (recall@k the same); the one missed is not ranked at
    // all (its purchases stay under the defaults), so the bound is 0.9, not 1.
    expect(r.recallAt3k).toBeGreaterThanOrEqual(0.9);
    expect(r.cleanTop).toBeLessThan(r.weakestPlanted);
  }, 300_000);
});
