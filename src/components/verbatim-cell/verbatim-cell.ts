/** Registers `<cl-verbatim-cell>`. */
import { VerbatimCellElement } from './verbatim-cell.component';

if (!customElements.get('cl-verbatim-cell')) customElements.define('cl-verbatim-cell', VerbatimCellElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-verbatim-cell': VerbatimCellElement;
  }
}

export { VerbatimCellElement };
