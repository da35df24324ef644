/** Registers `<cl-sql-cell>`. */
import { SqlCellElement, type CellRemoveEvent, type CellSettledEvent } from './sql-cell.component';

if (!customElements.get('cl-sql-cell')) customElements.define('cl-sql-cell', SqlCellElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-sql-cell': SqlCellElement;
  }
  interface HTMLElementEventMap {
    'cl-cell-settled': CellSettledEvent;
    'cl-cell-remove': CellRemoveEvent;
  }
}

export { SqlCellElement };
