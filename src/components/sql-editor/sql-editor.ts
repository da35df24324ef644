/** Registers `<cl-sql-editor>`. */
import { SqlEditorElement, type SqlInputEvent } from './sql-editor.component';

if (!customElements.get('cl-sql-editor')) customElements.define('cl-sql-editor', SqlEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-sql-editor': SqlEditorElement;
  }
  interface HTMLElementEventMap {
    'cl-sql-input': SqlInputEvent;
  }
}

export { SqlEditorElement };
