import { msg } from '../../shared/msg';
import type { UnknownCell } from '../../notebook/cell-types';
import type { CellKind } from '../cell-kind';
import { fenced } from '../fence-block';

/**
 * A fence of a type this version does not know (or a known type missing a required attribute): kept
 * verbatim so the notebook opens and round-trips; never runs. The fallback of `cell-kinds.ts`.
 */
export const unknownKind = {
  type: 'unknown',
  fences: [],
  label: () => msg('未知类型', 'Unknown type'),
  attributes: 'verbatim',
  fromBlock: ({ id, source, info }) => ({ type: 'unknown', id, source, info }),
  write: (cell) => fenced(cell.info, cell.source),
  fields: [],
  defines: () => ({ tables: [] }),
  reads: () => ({ names: [] }),
  isRunnable: false,
  view: 'cl-verbatim-cell',
} as const satisfies CellKind<UnknownCell, 'cl-verbatim-cell'>;
