/** Registers `<cl-custom-rule-cell>`. */
import { CustomRuleCellElement, type CustomRuleChangeEvent } from './custom-rule-cell.component';

if (!customElements.get('cl-custom-rule-cell'))
  customElements.define('cl-custom-rule-cell', CustomRuleCellElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-custom-rule-cell': CustomRuleCellElement;
  }
  interface HTMLElementEventMap {
    'cl-custom-rule-change': CustomRuleChangeEvent;
  }
}

export { CustomRuleCellElement, type CustomRuleChangeEvent };
