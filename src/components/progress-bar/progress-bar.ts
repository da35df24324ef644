/** Registers `<cl-progress-bar>`. */
import { ProgressBarElement } from './progress-bar.component';

if (!customElements.get('cl-progress-bar')) customElements.define('cl-progress-bar', ProgressBarElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-progress-bar': ProgressBarElement;
  }
}

export { ProgressBarElement };
