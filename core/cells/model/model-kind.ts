import { msg } from '../../shared/msg';
import type { ModelCell } from '../../notebook/cell-types';
import { modelOutputTables } from '../../models/model-output-tables';
import type { CellKind } from '../cell-kind';
import { fenced, fenceInfo } from '../fence-block';
import { modelLogSummary, modelRunRequest } from './model-run-request';

/** The model a new Model cell starts with: one that runs on any settlements. */
export const NEW_MODEL_CELL_MODEL = 'summarize';

/**
 * A Model cell: runs the library model `model` over the canonical tables, with the parameter values its
 * YAML body sets (only those that differ from the defaults); its ranked, explained entities become the
 * table `name` (plus `<name>_links` and the model's extra tables) that later cells query and chart. It
 * reads the canonical and knowledge tables, as a Rule cell does.
 */
export const modelKind = {
  type: 'model',
  fences: ['model'],
  label: () => msg('模型', 'Model'),
  attributes: [
    { key: 'name', value: 'name' },
    { key: 'model', value: 'catalogue-id' },
  ],
  fromBlock: ({ id, source, attributes }) => ({
    type: 'model',
    id,
    source,
    name: attributes.get('name') as string,
    model: attributes.get('model') as string,
  }),
  write: (cell) =>
    fenced(
      fenceInfo('model', cell.id, [
        ['name', cell.name],
        ['model', cell.model],
      ]),
      cell.source,
    ),
  create: ({ id, source, freshName }) => ({
    type: 'model',
    id,
    source: source ?? '',
    name: freshName('model'),
    model: NEW_MODEL_CELL_MODEL,
  }),
  fields: ['name', 'model'],
  defines: (cell) => ({ tables: modelOutputTables(cell.name, cell.model) }),
  reads: () => ({ names: [] }),
  isRunnable: true,
  run: async (cell, { host, jobId, pageSize, onStart }) => {
    const request = modelRunRequest(cell, pageSize);
    if (!request.ok) return { error: request.error, isNotStarted: true };
    onStart(jobId);
    const r = await host.runModel(request.value, jobId);
    return r.ok ? { model: r.value } : { error: r.error };
  },
  logSummary: (cell) => modelLogSummary(cell),
  resultRole: 'model',
  view: 'cl-model-cell',
} as const satisfies CellKind<ModelCell, 'cl-model-cell'>;
