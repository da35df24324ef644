import { LitElement, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import type { GalleryEntry } from '../../state/notebook-gallery';
import type { InsertableCellType } from '../../state/notebook-store';
import { notebookToolbarStyles } from './notebook-toolbar.styles';
import { hasEditsOutsideFile, saveStatus, saveStatusMessages } from './save-status';

/** What the toolbar asks the notebook to do. */
export type NotebookCommand =
  | { readonly kind: 'new' }
  | { readonly kind: 'open'; readonly file: File }
  | { readonly kind: 'gallery'; readonly name: string }
  | { readonly kind: 'save' }
  | { readonly kind: 'save-as' }
  | { readonly kind: 'run-all' }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'auto-run'; readonly on: boolean }
  | { readonly kind: 'add'; readonly type: InsertableCellType }
  | { readonly kind: 'title'; readonly title: string }
  | { readonly kind: 'help' };

/** A toolbar command. */
export type NotebookCommandEvent = CustomEvent<NotebookCommand>;

/**
 * The notebook's toolbar: title (editable), file name and one save-status line, new / open / gallery / save / save
 * as, run all / cancel, auto-run, add a cell of each type, and the shortcut help.
 */
export class NotebookToolbarElement extends LitElement {
  static override styles = notebookToolbarStyles;

  @property() notebookTitle = '';
  @property() fileName = '';
  @property({ type: Boolean }) dirty = false;
  @property({ type: Boolean }) running = false;
  @property({ type: Boolean }) autoRun = true;
  @property({ type: Boolean }) disabled = false;
  @property({ attribute: false }) gallery: readonly GalleryEntry[] = [];
  @query('input[type=file]') private fileInput!: HTMLInputElement;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    return html`<div class="bar head" data-testid="nb-head">
        <input
          class="title"
          data-testid="notebook-title"
          aria-label=${t('nb.titleLabel')}
          title=${this.notebookTitle}
          .value=${this.notebookTitle}
          @change=${(e: Event) => this.#send({ kind: 'title', title: (e.target as HTMLInputElement).value })}
        />
        ${
          this.fileName
            ? html`<span class="file muted" data-testid="notebook-file" title=${this.fileName}
                >${this.fileName}</span
              >`
            : nothing
        }
        ${this.#saveStatus()}
        <span class="spacer"></span>
        <!-- File actions share the title's row so the action row below fits one line at 1366 px. -->
        <button class="btn btn-small" data-testid="nb-new" @click=${() => this.#send({ kind: 'new' })}>
          ${t('nb.new')}
        </button>
        <button class="btn btn-small" data-testid="nb-open" @click=${() => this.fileInput.click()}>
          ${t('nb.open')}
        </button>
        <input
          type="file"
          accept=".md,text/markdown"
          hidden
          data-testid="notebook-file-input"
          @change=${this.#onFile}
        />
        <label class="gallery"
          ><span class="visually-hidden">${t('nb.gallery')}</span>
          <select data-testid="nb-gallery" aria-label=${t('nb.gallery')} @change=${this.#onGallery}>
            <option value="" selected>${t('nb.gallery')}…</option>
            ${this.gallery.map((g) => html`<option value=${g.name} title=${g.description}>${g.title}</option>`)}
          </select></label
        >
        <button
          class="btn btn-small"
          data-testid="nb-save"
          title="Ctrl/⌘+S"
          @click=${() => this.#send({ kind: 'save' })}
        >
          ${t('nb.save')}
        </button>
        <button
          class="btn btn-small"
          data-testid="nb-save-as"
          @click=${() => this.#send({ kind: 'save-as' })}
        >
          ${t('nb.saveAs')}
        </button>
      </div>
      <div class="bar actions" role="toolbar" aria-label=${t('nb.toolbar')} data-testid="nb-toolbar">
        <button
          class="btn btn-primary btn-small"
          data-testid="run-all"
          ?disabled=${this.disabled || this.running}
          @click=${() => this.#send({ kind: 'run-all' })}
        >
          ${t('nb.runAll')}
        </button>
        <button
          class="btn btn-small"
          data-testid="cancel-all"
          ?disabled=${!this.running}
          @click=${() => this.#send({ kind: 'cancel' })}
        >
          ${t('common.cancel')}
        </button>
        <label class="check"
          ><input
            type="checkbox"
            data-testid="auto-run"
            .checked=${this.autoRun}
            @change=${(e: Event) => this.#send({ kind: 'auto-run', on: (e.target as HTMLInputElement).checked })}
          />${t('nb.autoRun')}</label
        >
        <span class="sep" aria-hidden="true"></span>
        ${(['sql', 'markdown', 'parameter', 'chart', 'rule', 'custom-rule', 'model'] as const).map(
          (type) =>
            html`<button
              class="btn btn-small"
              data-testid=${`add-${type}`}
              @click=${() => this.#send({ kind: 'add', type })}
            >
              + ${t(`cell.type.${type}`)}
            </button>`,
        )}
        <span class="spacer"></span>
        <button
          class="btn btn-small"
          data-testid="nb-help"
          title="H"
          @click=${() => this.#send({ kind: 'help' })}
        >
          ${t('nb.shortcuts')}
        </button>
      </div>
      ${nothing}`;
  }

  /**
   * The one save-status line (`data-testid=save-status`). Its inner mark keeps the older test ids:
   * `dirty` while there are edits outside a file, `saved` otherwise.
   */
  #saveStatus() {
    const status = saveStatus(this.fileName, this.dirty);
    const { text, hint } = saveStatusMessages(status);
    const changed = hasEditsOutsideFile(status);
    return html`<span
      class="status ${changed ? 'dirty' : 'saved muted'}"
      role="status"
      aria-label=${`${t('nb.status.label')}: ${t(text)}`}
      title=${t(hint)}
      data-testid="save-status"
      data-state=${status}
      ><span data-testid=${changed ? 'dirty' : 'saved'}>${t(text)}</span></span
    >`;
  }

  #onFile() {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (file) this.#send({ kind: 'open', file });
  }

  #onGallery(e: Event) {
    const select = e.target as HTMLSelectElement;
    const name = select.value;
    select.value = '';
    if (name) this.#send({ kind: 'gallery', name });
  }

  #send(command: NotebookCommand) {
    this.dispatchEvent(
      new CustomEvent('cl-notebook-command', {
        detail: command,
        bubbles: true,
        composed: true,
      }) satisfies NotebookCommandEvent,
    );
  }
}
