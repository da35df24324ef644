/** Registers `<cl-app>`. */
import { AppElement } from './app.component';

if (!customElements.get('cl-app')) customElements.define('cl-app', AppElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-app': AppElement;
  }
}

export { AppElement };
