import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { fileDropStyles } from './file-drop.styles';

/** Files the user chose or dropped, to be loaded. */
export type FilesChosenEvent = CustomEvent<{ readonly files: readonly File[] }>;

/** The `cl-files` event both the drop zone and the file picker send up to the app. */
export function filesChosenEvent(files: readonly File[]): FilesChosenEvent {
  return new CustomEvent('cl-files', { detail: { files }, bubbles: true, composed: true });
}

/**
 * Makes the whole page a drop target for files: shows an overlay while files are dragged over the
 * window and fires `cl-files` with the dropped files (folders are skipped).
 */
export class FileDropElement extends LitElement {
  static override styles = fileDropStyles;

  @state() private dragging = false;
  // dragenter/dragleave fire for every element crossed: count them to know when the drag left the window.
  #depth = 0;

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragenter', this.#onEnter);
    window.addEventListener('dragover', this.#onOver);
    window.addEventListener('dragleave', this.#onLeave);
    window.addEventListener('drop', this.#onDrop);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('dragenter', this.#onEnter);
    window.removeEventListener('dragover', this.#onOver);
    window.removeEventListener('dragleave', this.#onLeave);
    window.removeEventListener('drop', this.#onDrop);
    super.disconnectedCallback();
  }

  override render() {
    if (!this.dragging) return nothing;
    return html`<div class="overlay" data-testid="drop-overlay">
      <div class="panel">
        <div class="title">${t('drop.title')}</div>
        <div class="sub">${t('drop.sub')}</div>
      </div>
    </div>`;
  }

  readonly #onEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    this.#depth += 1;
    this.dragging = true;
  };

  readonly #onOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    // Without preventDefault on dragover the browser would open the file itself.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  readonly #onLeave = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth === 0) this.dragging = false;
  };

  readonly #onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    this.#depth = 0;
    this.dragging = false;
    const files = droppedFiles(event.dataTransfer);
    if (files.length > 0) {
      this.dispatchEvent(filesChosenEvent(files));
    }
  };
}

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

function droppedFiles(transfer: DataTransfer | null): File[] {
  if (!transfer) return [];
  const items = Array.from(transfer.items ?? []);
  if (items.length === 0) return Array.from(transfer.files);
  const files: File[] = [];
  for (const item of items) {
    if (item.kind !== 'file') continue;
    if (item.webkitGetAsEntry?.()?.isDirectory) continue;
    const file = item.getAsFile();
    if (file) files.push(file);
  }
  return files;
}
