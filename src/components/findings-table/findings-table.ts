/** Registers `<cl-findings-table>`. */
import { FindingsTableElement, type FindingOpenEvent } from './findings-table.component';

if (!customElements.get('cl-findings-table'))
  customElements.define('cl-findings-table', FindingsTableElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-findings-table': FindingsTableElement;
  }
  interface HTMLElementEventMap {
    'cl-finding-open': FindingOpenEvent;
  }
}

export { FindingsTableElement, type FindingOpenEvent };
