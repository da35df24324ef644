/** Registers `<cl-theme-switch>`. */
import { ThemeSwitchElement } from './theme-switch.component';

if (!customElements.get('cl-theme-switch')) customElements.define('cl-theme-switch', ThemeSwitchElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-theme-switch': ThemeSwitchElement;
  }
}

export { ThemeSwitchElement };
