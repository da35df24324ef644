/** Registers `<cl-findings-summary>`. */
import { FindingsSummaryElement } from './findings-summary.component';

if (!customElements.get('cl-findings-summary'))
  customElements.define('cl-findings-summary', FindingsSummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-findings-summary': FindingsSummaryElement;
  }
}

export { FindingsSummaryElement };
