/** Registers `<cl-app-error>`. */
import { AppErrorElement, type ErrorDismissEvent } from './app-error.component';

if (!customElements.get('cl-app-error')) customElements.define('cl-app-error', AppErrorElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-app-error': AppErrorElement;
  }
  interface HTMLElementEventMap {
    'cl-dismiss': ErrorDismissEvent;
  }
}

export { AppErrorElement };
