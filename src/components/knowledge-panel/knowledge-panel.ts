/** Registers `<cl-knowledge-panel>`. */
import {
  KnowledgePanelElement,
  type KnowledgeDismissEvent,
  type KnowledgeImportEvent,
  type KnowledgeRemoveEvent,
} from './knowledge-panel.component';

if (!customElements.get('cl-knowledge-panel')) {
  customElements.define('cl-knowledge-panel', KnowledgePanelElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-knowledge-panel': KnowledgePanelElement;
  }
  interface HTMLElementEventMap {
    'cl-knowledge-import': KnowledgeImportEvent;
    'cl-knowledge-remove': KnowledgeRemoveEvent;
    'cl-knowledge-dismiss': KnowledgeDismissEvent;
  }
}

export { KnowledgePanelElement };
export type { KnowledgeDismissEvent, KnowledgeImportEvent, KnowledgeRemoveEvent };
