/**
 * cross-region on the workshop generator's data, only its `cross-region` scenario planted (level-3
 * hospitals billing patients insured elsewhere 3–4× the quantities), and on the same seed without it.
 */
import { describe, expect, it } from 'vitest';
import { crossRegionModel } from '../../../workers/models/library/cross-region';
import { recallAt, runOnGenerated } from './generated-run';

const SEED = 20241107;
const LINES = 80_000;

describe('cross-region on generated data', () => {
  it('ranks the planted hospitals in the top 3k, and nothing unplanted reaches their scores', async () => {
    const run = await runOnGenerated(
      crossRegionModel,
      { seed: SEED, lines: LINES, scenarios: { 'cross-region': 0.3 } },
      'cross-region',
    );
    const k = run.planted.length;
    expect(k).toBeGreaterThan(0);
    const at = { k: recallAt(run.ranked, run.planted, k), k3: recallAt(run.ranked, run.planted, 3 * k) };
    console.log(
      `cross-region generated: k = ${k}, recall@k = ${at.k}, recall@3k = ${at.k3}`,
      run.ranked.slice(0, 3 * k),
      run.planted,
    );
    expect(at.k3).toBe(1);
    // Without the plant (same seed; another scenario, service after death, switches the generator's
    // scenario columns on): the generator's own noise — non-local inpatients somewhat sicker, some items
    // about a third more — must not look like a plant, so no hospital reaches the weakest planted score.
    const weakest = Math.min(...run.planted.map((p) => run.scores.get(p) ?? 0));
    const clean = await runOnGenerated(
      crossRegionModel,
      { seed: SEED, lines: LINES, scenarios: { 'service-after-death': 0.02 } },
      'cross-region',
    );
    const top = Math.max(0, ...clean.scores.values());
    console.log(
      `cross-region without the plant: top score ${top} (weakest planted ${weakest})`,
      clean.ranked.slice(0, 3),
    );
    expect(top).toBeLessThan(weakest);
  }, 300_000);
});
