import type { ModelSource } from '../components/model-cell/model-source';
import type { NotebookStore } from './notebook-store';

/**
 * Model cells' output over the kernel: more pages of the tables a run wrote (through the store, which
 * marks a cell stale when the kernel dropped its kept result) and one entity's drill-down.
 */
export function kernelModelSource(store: NotebookStore): ModelSource {
  return {
    page: (table, offset, limit) => store.loadPage(table, offset, limit),
    drill: (table, entityId, limit) => store.kernel.modelDrill(table, entityId, limit),
  };
}
