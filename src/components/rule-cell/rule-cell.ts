/** Registers `<cl-rule-cell>`. */
import { RuleCellElement, type RuleSettingsChangeEvent } from './rule-cell.component';

if (!customElements.get('cl-rule-cell')) customElements.define('cl-rule-cell', RuleCellElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-rule-cell': RuleCellElement;
  }
  interface HTMLElementEventMap {
    'cl-rule-settings-change': RuleSettingsChangeEvent;
  }
}

export { RuleCellElement, type RuleSettingsChangeEvent };
