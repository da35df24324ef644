/** Registers `<cl-file-drop>`. */
import { FileDropElement, type FilesChosenEvent } from './file-drop.component';

if (!customElements.get('cl-file-drop')) customElements.define('cl-file-drop', FileDropElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-file-drop': FileDropElement;
  }
  interface HTMLElementEventMap {
    'cl-files': FilesChosenEvent;
  }
}

export { FileDropElement };
