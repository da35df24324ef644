/** Registers `<cl-rule-parameters-editor>`. */
import {
  RuleParametersEditorElement,
  type RuleParametersChangeEvent,
} from './rule-parameters-editor.component';

if (!customElements.get('cl-rule-parameters-editor'))
  customElements.define('cl-rule-parameters-editor', RuleParametersEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-rule-parameters-editor': RuleParametersEditorElement;
  }
  interface HTMLElementEventMap {
    'cl-rule-parameters-change': RuleParametersChangeEvent;
  }
}

export { RuleParametersEditorElement, type RuleParametersChangeEvent };
