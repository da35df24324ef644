/**
 * Runs a library model on a dataset of the workshop generator with one scenario planted (or the same
 * seed with nothing planted), loaded as the app loads files (`scenario-dataset.ts`), and reads the planted
 * entities from the hidden answer key: what the model tests' "top 3k" checks use.
 */
import type { ModelDefinition } from '../../../core/models/model-types';
import { createNodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { ScenarioId } from '../../../workers/generator/scenarios/scenario-ids';
import { runModel } from '../../../workers/models/run-model';
import { dataAvailability } from '../../../workers/rules/rule-session';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import { generateFiles, loadScenarioDataset } from '../generator/scenarios/scenario-dataset';

/** A model's ranked output on one generated dataset. */
export interface GeneratedRun {
  /** Ranked entity ids with their scores. */
  readonly ranked: readonly {
    readonly id: string;
    readonly score: number;
    readonly row: Record<string, unknown>;
  }[];
  /** The planted entities (empty without a plant). */
  readonly planted: ReadonlySet<string>;
}

/** What to generate and how to read the planted entities from the answer key. */
export interface GeneratedCase {
  readonly seed: number;
  readonly lines: number;
  readonly scenario: ScenarioId;
  /** The scenario's rate; 0 generates the same seed with nothing planted. */
  readonly rate: number;
  /** SQL over `answers` and the canonical tables returning the planted entity ids as `k`. */
  readonly plantedSql: string;
  /** The model's parameters (defaults unless given). */
  readonly parameters?: Readonly<Record<string, unknown>>;
}

/** Generates, loads, runs `model` at its defaults and reads the planted entities. */
export async function runOnGenerated(model: ModelDefinition, c: GeneratedCase): Promise<GeneratedRun> {
  const engine = await createNodeEngine();
  try {
    const files = generateFiles({
      seed: c.seed,
      lines: c.lines,
      headers: 'code',
      scenarios: { [c.scenario]: c.rate },
    });
    const mappings = await loadScenarioDataset(engine, files);
    const data = await dataAvailability(nodeRuleEngine(engine), mappings);
    const outcome = await runModel(engine, data, { model, parameters: c.parameters, table: 'model_out' });
    if (outcome.status !== 'ran') throw new Error(`${model.id} skipped: ${outcome.reason.en}`);
    const rows = (await engine.rows(`SELECT * FROM model_out ORDER BY "rank"`)).map((row) => ({
      id: String(row.entity_id),
      score: Number(row.score),
      row,
    }));
    const planted =
      c.rate > 0
        ? (await engine.rows<{ k: string }>(`SELECT DISTINCT k FROM (${c.plantedSql})`)).map((r) => r.k)
        : [];
    return { ranked: rows, planted: new Set(planted) };
  } finally {
    await engine.close();
  }
}

/** The share of planted entities among the top `n` ranks. */
export function recallAt(run: GeneratedRun, n: number): number {
  const top = new Set(run.ranked.slice(0, n).map((r) => r.id));
  return [...run.planted].filter((k) => top.has(k)).length / Math.max(run.planted.size, 1);
}

/** The lowest score of a planted entity (Infinity when none is ranked). */
export function weakestPlantedScore(run: GeneratedRun): number {
  const scores = run.ranked.filter((r) => run.planted.has(r.id)).map((r) => r.score);
  return scores.length === 0 ? Infinity : Math.min(...scores);
}

/** A planted run and the same seed without the plant, with what the model tests assert and print. */
export interface PlantedAndClean {
  /** Planted entities. */
  readonly k: number;
  readonly recallAtK: number;
  readonly recallAt3k: number;
  /** The lowest score of a planted entity in the planted run. */
  readonly weakestPlanted: number;
  /** The highest score in the run without the plant (0 when nothing ranks). */
  readonly cleanTop: number;
}

/**
 * Runs `model` on the planted dataset and on the same seed without the plant; prints recall@k and
 * recall@3k (the numbers the model's note reports).
 */
export async function plantedAndClean(model: ModelDefinition, c: GeneratedCase): Promise<PlantedAndClean> {
  const planted = await runOnGenerated(model, c);
  const clean = await runOnGenerated(model, { ...c, rate: 0 });
  const k = planted.planted.size;
  const result = {
    k,
    recallAtK: recallAt(planted, k),
    recallAt3k: recallAt(planted, 3 * k),
    weakestPlanted: weakestPlantedScore(planted),
    cleanTop: clean.ranked[0]?.score ?? 0,
  };
  console.log(`${model.id} on generated data (${c.lines} lines, seed ${c.seed}): ${JSON.stringify(result)}`);
  return result;
}
