import type { KernelApi } from '../api';

/** The kernel calls after which the data SQL cells read may have changed. */
export const DATA_CHANGING = [
  'loadFile',
  'openFile',
  'loadDemo',
  'removeDataset',
  'applyMapping',
  'unmapDataset',
  'keepDemoApart',
  'removeDemoApart',
  'importKnowledge',
  'removeKnowledgeLayer',
  'generateWorkshop',
  'revealAnswers',
] as const satisfies readonly (keyof KernelApi)[];

/** One of the calls in `DATA_CHANGING`. */
export type DataChangingMethod = (typeof DATA_CHANGING)[number];

/**
 * The kernel with every data-changing call followed by `dropResults` (told which call it was): a SQL
 * cell's kept result is never paged after the data under it changed (the cell says "run again"
 * instead). A Rule cell's run is not one of them: it rewrites only its own findings tables, and the
 * cells reading them are re-run after it.
 */
export function dropResultsOnDataChange<K extends KernelApi>(
  kernel: K,
  dropResults: (method: DataChangingMethod) => Promise<void>,
): K {
  const wrapped: K = { ...kernel };
  for (const method of DATA_CHANGING) {
    const call = kernel[method] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      try {
        return await call(...args);
      } finally {
        await dropResults(method);
      }
    };
  }
  return wrapped;
}
