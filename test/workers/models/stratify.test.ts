/**
 * `stratify` on the real engine: hand-made amounts with known bands (fixed and quantile), a NULL amount
 * kept in its own band, refusals and skips; and on a generated dataset, band sums that add up exactly to
 * the field's total and counts to the row count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../core/shared/errors';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { stratify } from '../../../workers/models/library/stratify';
import { runModel } from '../../../workers/models/run-model';
import { dataAvailability } from '../../../workers/rules/rule-session';
import { generateFiles, loadScenarioDataset } from '../generator/scenarios/scenario-dataset';
import { runModelOn } from './model-harness';

const amounts = [5, 50, 99.99, 100, 250, 999.99, 1000, 20000, null];
const fee = amounts.map((x, i) => ({ feedetl_sn: `L${i}`, setl_id: `S${i % 3}`, det_item_fee_sumamt: x }));

describe('stratify: hand-made amounts', () => {
  it('bands by fixed bounds (lower included), ranks by sum and keeps the records with no amount', async () => {
    const run = await runModelOn(stratify, { fee });
    const rows = run.rows.map((r) => [r.entity_id, r.score, r.count]);
    expect(rows).toEqual([
      ['band 04', 20000, 1],
      ['band 02', 1349.99, 3],
      ['band 03', 1000, 1],
      ['band 01', 154.99, 3],
      ['none', 0, 1],
    ]);
    const band1 = run.rows.find((r) => r.entity_id === 'band 01');
    expect(band1?.explain_en).toBe(
      'band 1 (−∞ to ¥100.00, upper bound excluded): 3 record(s) (37.5%), ¥154.99 (0.7%), smallest ¥5.00, largest ¥99.99, mean ¥51.66',
    );
    expect(run.rows.find((r) => r.entity_id === 'none')?.explain_zh).toBe(
      '明细项目费用总额为空的记录 1 条：不属于任何分层，未计入各层合计',
    );
    expect(run.links.filter((l) => l.entity_id === 'band 04').map((l) => l.setl_id)).toEqual(['S1']);
  });

  it('bands by equal-count quantiles', async () => {
    const run = await runModelOn(stratify, { fee }, { method: 'quantile', strata: 4 });
    const byBand = new Map(run.rows.map((r) => [r.entity_id, r]));
    expect([1, 2, 3, 4].map((b) => byBand.get(`band 0${b}`)?.count)).toEqual([2, 2, 2, 2]);
    expect(byBand.get('band 04')?.explain_en).toContain('¥1,000.00 to ¥20,000.00');
  });

  it('refuses bad values and is skipped when the chosen field is not loaded', async () => {
    for (const bad of [{ strata: 1 }, { method: 'equal' }, { bound_1: 2e9 }])
      await expect(runModelOn(stratify, { fee }, bad)).rejects.toBeInstanceOf(AppErrorException);
    const run = await runModelOn(stratify, { fee }, { field: 'setl.medfee_sumamt' });
    expect(run.outcome.status).toBe('skipped');
  });
});

describe('stratify: a generated dataset reconciles', () => {
  let engine: NodeEngine;
  let data: Awaited<ReturnType<typeof dataAvailability>>;
  beforeAll(async () => {
    engine = await createNodeEngine();
    const files = generateFiles({ seed: 77, lines: 20_000, headers: 'code' });
    data = await dataAvailability(engine, await loadScenarioDataset(engine, files));
  }, 120_000);
  afterAll(async () => engine.close());

  it.each(['fixed', 'quantile'])(
    '%s: band sums add up to the total and counts to the rows',
    async (method) => {
      await runModel(engine, data, { model: stratify, parameters: { method }, table: 'strata' });
      const [check] = await engine.rows<{ same_sum: boolean; same_count: boolean; bands: number }>(
        `SELECT (SELECT sum(sum) FROM strata) = (SELECT sum(det_item_fee_sumamt) FROM fee) AS same_sum,
         (SELECT sum(count) FROM strata) = (SELECT count(*) FROM fee) AS same_count,
         (SELECT count(*) FROM strata)::INTEGER AS bands`,
      );
      expect(check?.same_sum).toBe(true);
      expect(check?.same_count).toBe(true);
      // Quantile: exactly the 5 strata asked for; fixed: the non-empty ones of the 5 bands.
      if (method === 'quantile') expect(check?.bands).toBe(5);
      else expect(check?.bands).toBeGreaterThanOrEqual(3);
    },
    60_000,
  );
});
