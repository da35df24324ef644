/** Registers `<cl-notebook-toolbar>`. */
import { NotebookToolbarElement, type NotebookCommandEvent } from './notebook-toolbar.component';

if (!customElements.get('cl-notebook-toolbar'))
  customElements.define('cl-notebook-toolbar', NotebookToolbarElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-notebook-toolbar': NotebookToolbarElement;
  }
  interface HTMLElementEventMap {
    'cl-notebook-command': NotebookCommandEvent;
  }
}

export { NotebookToolbarElement };
