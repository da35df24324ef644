/** Registers `<cl-markdown-editor>`. */
import { MarkdownEditorElement, type MarkdownInputEvent } from './markdown-editor.component';

if (!customElements.get('cl-markdown-editor')) {
  customElements.define('cl-markdown-editor', MarkdownEditorElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cl-markdown-editor': MarkdownEditorElement;
  }
  interface HTMLElementEventMap {
    'cl-markdown-input': MarkdownInputEvent;
  }
}

export { MarkdownEditorElement };
