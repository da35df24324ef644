/**
 * The peer models on the foreign-layout corpus's world (written without the workshop generator): ten
 * level-2 hospitals with no peer_group (peers by level × type), each model's behaviour planted by its own
 * planter (test/corpus/plant-*.ts), the world loaded straight into canonical tables. The planted
 * institutions must rank in the top 3k (k = planted); the same world without the plant must leave the top
 * below the weakest planted score.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDefinition } from '../../../core/models/model-types';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { crossRegionModel } from '../../../workers/models/library/cross-region';
import { peerIndicatorsModel } from '../../../workers/models/library/peer-indicators';
import { upcodingModel } from '../../../workers/models/library/upcoding';
import { runModel } from '../../../workers/models/run-model';
import { PEER_WORLD_MEDINS, peerWorld } from '../../corpus/peer-world';
import { CARE_REGION, insuranceRegion, plantCrossRegion } from '../../corpus/plant-cross-region';
import { plantPeerIndicators } from '../../corpus/plant-peer-indicators';
import { drgOf, plantUpcoding } from '../../corpus/plant-upcoding';
import { loadCanonicalRows, worldRows } from '../../corpus/world-canonical';
import { recallAt } from './generated-run';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 60_000);
afterAll(async () => engine.close());

type Planter = (world: ReturnType<typeof peerWorld>) => { codes: string[]; recoded?: Set<string> };

/** Builds the world, plants (or not), loads it, runs `model`; the ranking and scores. */
async function run(
  model: ModelDefinition,
  plant: Planter | null,
): Promise<{ ranked: string[]; scores: number[]; codes: string[] }> {
  const world = peerWorld(0x5eed);
  const planted = plant?.(world) ?? { codes: [] };
  const rows = worldRows(world, {
    medins: PEER_WORLD_MEDINS,
    careRegion: CARE_REGION,
    insuranceRegion,
    drg: (v) => drgOf(v, planted.recoded),
  });
  const data = await loadCanonicalRows(engine, rows);
  const outcome = await runModel(engine, data, { model, table: 'ranked' });
  if (outcome.status !== 'ran') throw new Error(outcome.reason.en);
  const out = await engine.rows<{ entity_id: string; score: number }>(
    `SELECT entity_id, score FROM ranked ORDER BY "rank"`,
  );
  return { ranked: out.map((r) => r.entity_id), scores: out.map((r) => r.score), codes: planted.codes };
}

const CASES: readonly [string, ModelDefinition, Planter][] = [
  ['cross-region', crossRegionModel, (w) => ({ codes: plantCrossRegion(w, 2) })],
  ['upcoding', upcodingModel, (w) => plantUpcoding(w, 1)],
  ['peer-indicators', peerIndicatorsModel, (w) => ({ codes: plantPeerIndicators(w, 1) })],
];

describe('peer models on the corpus world', () => {
  it.each(CASES)(
    '%s: planted institutions in the top 3k; nothing unplanted reaches them',
    async (_id, model, plant) => {
      const planted = await run(model, plant);
      const k = planted.codes.length;
      const at = {
        k: recallAt(planted.ranked, planted.codes, k),
        k3: recallAt(planted.ranked, planted.codes, 3 * k),
      };
      console.log(
        `${model.id} corpus: k = ${k}, recall@k = ${at.k}, recall@3k = ${at.k3}`,
        planted.ranked.slice(0, 3 * k),
        planted.codes,
      );
      expect(at.k3).toBe(1);
      const weakest = Math.min(...planted.codes.map((c) => planted.scores[planted.ranked.indexOf(c)] ?? 0));
      const clean = await run(model, null);
      console.log(
        `${model.id} corpus without the plant: top ${clean.scores[0] ?? 0} (weakest planted ${weakest})`,
      );
      expect(clean.scores[0] ?? 0).toBeLessThan(weakest);
    },
    300_000,
  );
});
