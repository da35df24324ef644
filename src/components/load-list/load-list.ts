/** Registers `<cl-load-list>`. */
import { LoadListElement, type LoadCancelEvent, type LoadDismissEvent } from './load-list.component';

if (!customElements.get('cl-load-list')) customElements.define('cl-load-list', LoadListElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-load-list': LoadListElement;
  }
  interface HTMLElementEventMap {
    'cl-load-cancel': LoadCancelEvent;
    'cl-load-dismiss': LoadDismissEvent;
  }
}

export { LoadListElement };
