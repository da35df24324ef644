import { cellId, type Cell } from '../../../core/notebook/cell-types';

/** A SQL cell for graph tests: id and view name alike. */
export function sqlCell(name: string, source: string): Cell {
  return { type: 'sql', id: cellId(name), name, source };
}

/** A number parameter cell for graph tests: id and name alike. */
export function numberParameter(name: string, value = 1): Cell {
  return { type: 'parameter', id: cellId(name), name, source: '', spec: { kind: 'number', value } };
}
