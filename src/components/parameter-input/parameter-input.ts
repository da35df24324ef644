/** Registers `<cl-parameter-input>`. */
import { ParameterInputElement, type ParameterChangeEvent } from './parameter-input.component';

if (!customElements.get('cl-parameter-input'))
  customElements.define('cl-parameter-input', ParameterInputElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-parameter-input': ParameterInputElement;
  }
  interface HTMLElementEventMap {
    'cl-parameter-change': ParameterChangeEvent;
  }
}

export { ParameterInputElement };
