/**
 * upcoding on the workshop generator’s data, only its `upcoding` scenario planted (level-2 and level-3
 * hospitals coding seven in ten uncomplicated stays as CC or MCC), and on the same seed without it.
 */
import { describe, expect, it } from 'vitest';
import { upcodingModel } from '../../../workers/models/library/upcoding';
import { recallAt, runOnGenerated } from './generated-run';

const SEED = 20241107;
const LINES = 150_000;

describe('upcoding on generated data', () => {
  it('ranks the planted hospitals in the top 3k, and nothing unplanted reaches their scores', async () => {
    const run = await runOnGenerated(
      upcodingModel,
      { seed: SEED, lines: LINES, scenarios: { upcoding: 0.1 } },
      'upcoding',
    );
    const k = run.planted.length;
    expect(k).toBeGreaterThan(0);
    const at = { k: recallAt(run.ranked, run.planted, k), k3: recallAt(run.ranked, run.planted, 3 * k) };
    console.log(
      `upcoding generated: k = ${k}, recall@k = ${at.k}, recall@3k = ${at.k3}`,
      run.ranked.slice(0, 3 * k),
      run.planted,
    );
    expect(at.k3).toBe(1);
    // Without the plant (same seed; another scenario, service after death, switches the generator's DRG
    // column on): complications drawn at each level's own rates must not look like a plant, so no hospital
    // reaches the weakest planted score.
    const weakest = Math.min(...run.planted.map((p) => run.scores.get(p) ?? 0));
    const clean = await runOnGenerated(
      upcodingModel,
      { seed: SEED, lines: LINES, scenarios: { 'service-after-death': 0.02 } },
      'upcoding',
    );
    const top = Math.max(0, ...clean.scores.values());
    console.log(
      `upcoding without the plant: top score ${top} (weakest planted ${weakest})`,
      clean.ranked.slice(0, 3),
    );
    expect(top).toBeLessThan(weakest);
  }, 600_000);
});
