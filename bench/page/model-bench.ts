/**
 * The models' part of the benchmark page: runs every model of the library, as Model cells do, through
 * the app's kernel worker over the loaded data, one after another, and times each.
 */
import { newJobId } from '../../core/shared/ids';
import type { KernelApi } from '../../workers/api';

/** One model's run in the browser. */
export interface ModelBenchRun {
  readonly ms: number;
  readonly status: 'ran' | 'skipped';
  /** Ranked entities (0 when skipped). */
  readonly entities: number;
  /** Why it was skipped (English). */
  readonly reason?: string;
}

/** Every model's run, by model id, in library order. */
export type ModelsBenchResult = Record<string, ModelBenchRun>;

/** The output table a model writes in the benchmark (`m_` + its id with `_` for `-`). */
export function benchModelTable(id: string): string {
  return `m_${id.replaceAll('-', '_')}`;
}

/** Runs each library model at its defaults; a failed run stops the benchmark with its message. */
export async function runModelsInPage(
  kernel: Pick<KernelApi, 'modelLibrary' | 'runModel'>,
): Promise<ModelsBenchResult> {
  const result: Record<string, ModelBenchRun> = {};
  for (const model of await kernel.modelLibrary()) {
    const started = performance.now();
    const run = await kernel.runModel(
      { name: benchModelTable(model.id), model: model.id, parameters: {}, pageSize: 50 },
      newJobId(),
    );
    const ms = performance.now() - started;
    if (!run.ok) throw new Error(`model ${model.id}: ${run.error.message.en}`);
    const outcome = run.value.outcome;
    result[model.id] =
      outcome.status === 'ran'
        ? { ms, status: 'ran', entities: outcome.entities }
        : { ms, status: 'skipped', entities: 0, reason: outcome.reason.en };
  }
  return result;
}

/** The models that ran in the browser (native DuckDB runs those; a skipped model has no tables). */
export function modelsThatRan(models: ModelsBenchResult): string[] {
  return Object.entries(models).flatMap(([id, m]) => (m.status === 'ran' ? [id] : []));
}
