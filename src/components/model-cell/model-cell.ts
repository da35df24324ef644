/** Registers `<cl-model-cell>`. */
import { ModelCellElement, type ModelCellChangeEvent } from './model-cell.component';

if (!customElements.get('cl-model-cell')) customElements.define('cl-model-cell', ModelCellElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-model-cell': ModelCellElement;
  }
  interface HTMLElementEventMap {
    'cl-model-cell-change': ModelCellChangeEvent;
  }
}

export { ModelCellElement, type ModelCellChangeEvent };
