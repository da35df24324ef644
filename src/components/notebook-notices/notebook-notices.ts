/** Registers `<cl-notebook-notices>`. */
import { NotebookNoticesElement } from './notebook-notices.component';

if (!customElements.get('cl-notebook-notices'))
  customElements.define('cl-notebook-notices', NotebookNoticesElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-notebook-notices': NotebookNoticesElement;
  }
}

export { NotebookNoticesElement };
