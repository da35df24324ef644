/** Registers `<cl-readiness-panel>`. */
import { ReadinessPanelElement } from './readiness-panel.component';

if (!customElements.get('cl-readiness-panel'))
  customElements.define('cl-readiness-panel', ReadinessPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-readiness-panel': ReadinessPanelElement;
  }
}

export { ReadinessPanelElement };
