/** Registers `<cl-mapping-editor>`. */
import { MappingEditorElement, type MappingApplyEvent } from './mapping-editor.component';

if (!customElements.get('cl-mapping-editor'))
  customElements.define('cl-mapping-editor', MappingEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-mapping-editor': MappingEditorElement;
  }
  interface HTMLElementEventMap {
    'cl-mapping-apply': MappingApplyEvent;
  }
}

export { MappingEditorElement };
