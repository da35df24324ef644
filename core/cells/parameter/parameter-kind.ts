import { msg } from '../../shared/msg';
import type { ParameterCell } from '../../notebook/cell-types';
import type { CellKind } from '../cell-kind';
import { fenced, fenceInfo } from '../fence-block';

/**
 * A parameter cell: a named input SQL cells reference as `${name}` (or `${name.start}` / `${name.end}`
 * for a date range). Its kind and value live in the front matter's `parameters` (the parser fills in a
 * placeholder spec from there); its source is its label text. It does not run.
 */
export const parameterKind = {
  type: 'parameter',
  fences: ['parameter'],
  label: () => msg('参数', 'Parameter'),
  attributes: [{ key: 'name', value: 'name' }],
  fromBlock: ({ id, source, attributes }) => ({
    type: 'parameter',
    id,
    source,
    name: attributes.get('name') as string,
    spec: { kind: 'text', value: '' },
  }),
  write: (cell) => fenced(fenceInfo('parameter', cell.id, [['name', cell.name]]), cell.source),
  create: ({ id, source, freshName }) => ({
    type: 'parameter',
    id,
    source: source ?? '',
    name: freshName('param'),
    spec: { kind: 'number', value: 0 },
  }),
  fields: ['name', 'spec'],
  defines: (cell) => ({ tables: [], parameter: cell.name }),
  reads: () => ({ names: [] }),
  isRunnable: false,
  view: 'cl-parameter-input',
} as const satisfies CellKind<ParameterCell, 'cl-parameter-input'>;
