/** Registers `<cl-rule-progress>`. */
import { RuleProgressElement } from './rule-progress.component';

if (!customElements.get('cl-rule-progress')) customElements.define('cl-rule-progress', RuleProgressElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-rule-progress': RuleProgressElement;
  }
}

export { RuleProgressElement };
