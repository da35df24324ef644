import type { Cell, CustomRuleCell } from '../../notebook/cell-types';

/** Whether `cell` is a custom rule (which Rule cells run with the library's rules). */
export function isCustomRuleCell(cell: Cell): cell is CustomRuleCell {
  return cell.type === 'custom-rule';
}
