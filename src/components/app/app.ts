/** Registers `<cl-app>`. */
import { AppElement, type AppReadyEvent } from './app.component';

if (!customElements.get('cl-app')) customElements.define('cl-app', AppElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-app': AppElement;
  }
  interface HTMLElementEventMap {
    'cl-ready': AppReadyEvent;
  }
}

export { AppElement };
