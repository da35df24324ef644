import type { DatasetInfo, Result } from '../api';
import type { KernelSql } from '../engine/sql-engine';
import { DEMO_LAYER } from '../knowledge/knowledge-layer';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { ok } from '../../core/shared/errors';
import type { DatasetId } from '../../core/shared/ids';
import { HIDDEN_ANSWERS } from './generated-parts';

/** What taking the demo out needs from the kernel. */
export interface DemoOutDeps {
  readonly datasets: () => readonly DatasetInfo[];
  readonly removeDataset: (id: DatasetId) => Promise<Result<void>>;
  readonly knowledge: () => Promise<KnowledgeBase>;
  readonly kernelSql: () => Promise<KernelSql>;
}

/** Whether a dataset is generated data (the embedded demo or a workshop dataset), not a user's file. */
export function isGenerated(d: DatasetInfo): boolean {
  return d.format === 'demo' || d.origin === 'demo' || d.origin === 'workshop';
}

/**
 * Takes the generated data out of the session before a user's data joins it: every demo or workshop
 * dataset is removed (raw tables dropped, the canonical tables rebuilt without them), the knowledge
 * layer that came with it (its catalogue rows are the demo's own) and the hidden answer key are
 * dropped. `true` when there was anything to take out.
 */
export async function takeDemoOut(deps: DemoOutDeps): Promise<Result<boolean>> {
  const generated = deps.datasets().filter(isGenerated);
  if (generated.length === 0) return ok(false);
  for (const d of generated) {
    const removed = await deps.removeDataset(d.id);
    if (!removed.ok) return removed;
  }
  await (await deps.knowledge()).removeLayer(DEMO_LAYER);
  await (await deps.kernelSql()).exec(`DROP TABLE IF EXISTS temp.main.${HIDDEN_ANSWERS}`);
  return ok(true);
}
