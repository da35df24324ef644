/** Registers `<cl-notebook>`. */
import { NotebookElement, type NotebookRequestEvent } from './notebook.component';

if (!customElements.get('cl-notebook')) customElements.define('cl-notebook', NotebookElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-notebook': NotebookElement;
  }
  interface HTMLElementEventMap {
    'cl-notebook-request': NotebookRequestEvent;
  }
}

export { NotebookElement };
