/** Registers `<cl-rule-pack-picker>`. */
import { RulePackPickerElement, type RulePackChangeEvent } from './rule-pack-picker.component';

if (!customElements.get('cl-rule-pack-picker'))
  customElements.define('cl-rule-pack-picker', RulePackPickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-rule-pack-picker': RulePackPickerElement;
  }
  interface HTMLElementEventMap {
    'cl-rule-pack-change': RulePackChangeEvent;
  }
}

export { RulePackPickerElement, type RulePackChangeEvent };
