/** Registers `<cl-workshop-panel>`. */
import { WorkshopPanelElement, type WorkshopActions } from './workshop-panel.component';

if (!customElements.get('cl-workshop-panel')) {
  customElements.define('cl-workshop-panel', WorkshopPanelElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-workshop-panel': WorkshopPanelElement;
  }
}

export { WorkshopPanelElement };
export type { WorkshopActions };
