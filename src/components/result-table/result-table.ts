/** Registers `<cl-result-table>`. */
import { ResultTableElement } from './result-table.component';

if (!customElements.get('cl-result-table')) customElements.define('cl-result-table', ResultTableElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-result-table': ResultTableElement;
  }
}

export { ResultTableElement };
