import type { Cell, ParameterCell } from '../../notebook/cell-types';

/** Whether `cell` is a parameter (whose kind and value the front matter holds). */
export function isParameterCell(cell: Cell): cell is ParameterCell {
  return cell.type === 'parameter';
}
