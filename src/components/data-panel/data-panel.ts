/** Registers `<cl-data-panel>`. */
import { DataPanelElement } from './data-panel.component';

if (!customElements.get('cl-data-panel')) customElements.define('cl-data-panel', DataPanelElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-data-panel': DataPanelElement;
  }
}

export { DataPanelElement };
