/** Registers `<cl-notebook-cell>`. */
import { NotebookCellElement, type CellActionEvent, type CellChangeEvent } from './notebook-cell.component';

if (!customElements.get('cl-notebook-cell')) customElements.define('cl-notebook-cell', NotebookCellElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-notebook-cell': NotebookCellElement;
  }
  interface HTMLElementEventMap {
    'cl-cell-action': CellActionEvent;
    'cl-cell-change': CellChangeEvent;
  }
}

export { NotebookCellElement };
