/** Registers `<cl-toc>`. */
import { TocElement, type TocSelectEvent } from './toc.component';

if (!customElements.get('cl-toc')) customElements.define('cl-toc', TocElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-toc': TocElement;
  }
  interface HTMLElementEventMap {
    'cl-toc-select': TocSelectEvent;
  }
}

export { TocElement };
