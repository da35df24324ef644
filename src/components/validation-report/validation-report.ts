/** Registers `<cl-validation-report>`. */
import { ValidationReportElement } from './validation-report.component';

if (!customElements.get('cl-validation-report')) {
  customElements.define('cl-validation-report', ValidationReportElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-validation-report': ValidationReportElement;
  }
}

export { ValidationReportElement };
