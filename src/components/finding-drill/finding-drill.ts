/** Registers `<cl-finding-drill>`. */
import { FindingDrillElement, type FindingDrillCloseEvent } from './finding-drill.component';

if (!customElements.get('cl-finding-drill')) customElements.define('cl-finding-drill', FindingDrillElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-finding-drill': FindingDrillElement;
  }
  interface HTMLElementEventMap {
    'cl-finding-drill-close': FindingDrillCloseEvent;
  }
}

export { FindingDrillElement, type FindingDrillCloseEvent };
