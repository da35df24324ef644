import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller';
import { formatCount } from '../../i18n/format-number';
import { t } from '../../i18n/translate';
import type { DraftShelf } from '../../state/draft-shelf';
import type { NotebookStore } from '../../state/notebook-store';
import { StoreController } from '../../state/store-controller';
import type { TabPresence } from '../../state/tab-presence';
import { tabNoticesStyles } from './tab-notices.styles';

/**
 * What the other tabs mean for this one: a warning when another tab has the same notebook open, and
 * the drafts that closed tabs left unsaved, each to continue here or discard.
 */
export class TabNoticesElement extends LitElement {
  static override styles = tabNoticesStyles;

  readonly #shelf = new StoreController<DraftShelf>(this);
  readonly #presence = new StoreController<TabPresence>(this);
  /** The notebook a continued draft opens in. */
  @property({ attribute: false }) notebookStore: NotebookStore | undefined;
  #isDraftGone = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** The autosave drafts of this browser. */
  get shelf(): DraftShelf | undefined {
    return this.#shelf.store;
  }
  set shelf(shelf: DraftShelf | undefined) {
    this.#shelf.store = shelf;
  }

  /** The other tabs' open notebooks. */
  get presence(): TabPresence | undefined {
    return this.#presence.store;
  }
  set presence(presence: TabPresence | undefined) {
    this.#presence.store = presence;
  }

  override render() {
    return html`${this.#openElsewhere()}${this.#drafts()}`;
  }

  #openElsewhere() {
    const name = this.#presence.state?.sharedWith;
    if (name === undefined) return nothing;
    return html`<div class="notice warn" role="alert" data-testid="open-elsewhere">
      ${t('nb.openElsewhere', { name })}
    </div>`;
  }

  #drafts() {
    const drafts = this.#shelf.state?.drafts ?? [];
    if (drafts.length === 0 && !this.#isDraftGone) return nothing;
    return html`<div class="notice info" role="status" data-testid="draft-chooser">
      ${drafts.length > 0 ? html`<p>${t('nb.drafts', { count: formatCount(drafts.length) })}</p>` : nothing}
      ${this.#isDraftGone ? html`<p data-testid="draft-gone">${t('nb.draftGone')}</p>` : nothing}
      <ul>
        ${drafts.map(
          (d) =>
            html`<li data-testid="draft" data-draft=${d.id}>
              <span
                >${t('nb.draftItem', {
                  title: d.title || t('nb.draftUntitled'),
                  cells: d.cells,
                  time: new Date(d.savedAt).toLocaleString(),
                })}</span
              >
              <button
                class="btn btn-small"
                data-testid="continue-draft"
                @click=${() => void this.#continue(d.id)}
              >
                ${t('nb.continueDraft')}
              </button>
              <button
                class="btn btn-small"
                data-testid="discard-draft"
                @click=${() => void this.shelf?.discard(d.id)}
              >
                ${t('nb.discardDraft')}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  async #continue(id: string): Promise<void> {
    const snapshot = await this.shelf?.continueDraft(id);
    this.#isDraftGone = snapshot === undefined;
    this.requestUpdate();
    if (!snapshot || !this.notebookStore) return;
    await this.notebookStore.open(snapshot.text, snapshot.fileName, 'restored', snapshot.isDirty);
    if (snapshot.isDirty) this.notebookStore.markRestored(snapshot.savedAt);
  }
}
