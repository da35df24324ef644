/**
 * Runs a library model on a workshop-generated dataset (loaded as the app loads files) and reads back
 * the ranking and the institutions the hidden answer key planted: for the generated-data recall tests.
 */
import type { ModelDefinition } from '../../../core/models/model-types';
import { createNodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { GenerateOptions } from '../../../workers/generator/generate-options';
import type { ScenarioId } from '../../../workers/generator/scenarios/scenario-ids';
import { runModel } from '../../../workers/models/run-model';
import { dataAvailability } from '../../../workers/rules/rule-session';
import { generateFiles, loadScenarioDataset } from '../generator/scenarios/scenario-dataset';

/** A ranking and what was planted. */
export interface GeneratedRun {
  /** Entity ids by rank. */
  readonly ranked: readonly string[];
  /** Score by entity id. */
  readonly scores: ReadonlyMap<string, number>;
  /** Institutions behind the answer key's settlements of `scenario`. */
  readonly planted: readonly string[];
}

/** Generates with `scenarios`, runs `model` with `parameters`, reads the plants of `scenario`. */
export async function runOnGenerated(
  model: ModelDefinition,
  options: Pick<GenerateOptions, 'seed' | 'lines' | 'scenarios'>,
  scenario: ScenarioId,
  parameters: Readonly<Record<string, unknown>> = {},
): Promise<GeneratedRun> {
  const engine = await createNodeEngine();
  try {
    const mappings = await loadScenarioDataset(engine, generateFiles({ ...options, headers: 'code' }));
    const data = await dataAvailability(engine, mappings);
    const outcome = await runModel(engine, data, { model, parameters, table: 'ranked' });
    if (outcome.status !== 'ran') throw new Error(`${model.id}: ${outcome.reason.en}`);
    const rows = await engine.rows<{ entity_id: string; score: number }>(
      `SELECT entity_id, score FROM ranked ORDER BY "rank"`,
    );
    const planted = await engine.rows<{ code: string }>(
      `SELECT DISTINCT trim(s.fixmedins_code) AS code FROM answers a JOIN setl s USING (setl_id)
       WHERE a.scenario = '${scenario}' ORDER BY 1`,
    );
    return {
      ranked: rows.map((r) => r.entity_id),
      scores: new Map(rows.map((r) => [r.entity_id, r.score])),
      planted: planted.map((p) => p.code),
    };
  } finally {
    await engine.close();
  }
}

/** Share of `planted` among the first `n` of `ranked`. */
export function recallAt(ranked: readonly string[], planted: readonly string[], n: number): number {
  const top = new Set(ranked.slice(0, n));
  return planted.length === 0 ? 0 : planted.filter((p) => top.has(p)).length / planted.length;
}
