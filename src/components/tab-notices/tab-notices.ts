/** Registers `<cl-tab-notices>`. */
import { TabNoticesElement } from './tab-notices.component';

if (!customElements.get('cl-tab-notices')) customElements.define('cl-tab-notices', TabNoticesElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-tab-notices': TabNoticesElement;
  }
}

export { TabNoticesElement };
