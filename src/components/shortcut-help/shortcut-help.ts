/** Registers `<cl-shortcut-help>`. */
import { ShortcutHelpElement } from './shortcut-help.component';

if (!customElements.get('cl-shortcut-help')) customElements.define('cl-shortcut-help', ShortcutHelpElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-shortcut-help': ShortcutHelpElement;
  }
}

export { ShortcutHelpElement };
