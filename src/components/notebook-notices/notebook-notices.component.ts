import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { DatasetInfo } from '../../../workers/api';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { checkBindings, type BindingCheck } from '../../../core/notebook/dataset-bindings';
import type { NotebookState } from '../../state/notebook-state';
import type { NotebookStore } from '../../state/notebook-store';
import type { NotebookRequestEvent } from '../notebook/notebook.component';
import { notebookNoticesStyles } from './notebook-notices.styles';

/** How many problems of a malformed file are listed (the rest are counted). */
const MAX_PROBLEMS_SHOWN = 20;

/**
 * The notices above the notebook: restored from browser storage, a replaced notebook with unsaved
 * changes, a notebook-wide warning, problems in the opened file, the data the notebook expects, and a
 * failed save. Asks the shell for a new notebook or a file through `cl-notebook-request`.
 */
export class NotebookNoticesElement extends LitElement {
  static override styles = notebookNoticesStyles;

  @property({ attribute: false }) store: NotebookStore | undefined;
  /** The notebook's state (passed so the notices re-render with it). */
  @property({ attribute: false }) state: NotebookState | undefined;
  @property({ attribute: false }) datasets: readonly DatasetInfo[] = [];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const s = this.state;
    if (!s) return nothing;
    return html`${this.#restored(s)}${this.#replaced(s)}${this.#warning(s)}${this.#problems(s)}${this.#bindings(s)}${this.#saveError(s)}`;
  }

  #restored(s: NotebookState) {
    if (!s.restoredAt) return nothing;
    return html`<div class="notice info" role="status" data-testid="restored-notice">
      ${t('nb.restored', { time: new Date(s.restoredAt).toLocaleString() })}
      <button
        class="btn btn-small"
        data-testid="discard-restored"
        @click=${() => this.#request({ kind: 'new' })}
      >
        ${t('nb.discardRestored')}
      </button>
      <button class="btn btn-small" @click=${() => this.store?.dismissRestored()}>
        ${t('common.dismiss')}
      </button>
    </div>`;
  }

  #replaced(s: NotebookState) {
    if (!s.replaced) return nothing;
    return html`<div class="notice info" role="status" data-testid="replaced-notice">
      ${t('nb.replaced')}
      <button
        class="btn btn-small"
        data-testid="reopen-replaced"
        @click=${() => void this.store?.reopenReplaced()}
      >
        ${t('nb.reopenReplaced')}
      </button>
      <button class="btn btn-small" @click=${() => this.store?.dismissRestored()}>
        ${t('common.dismiss')}
      </button>
    </div>`;
  }

  #warning(s: NotebookState) {
    if (!s.warning) return nothing;
    return html`<div class="notice warn" role="alert" data-testid="notebook-warning">
      ${msgText(s.warning)}
    </div>`;
  }

  #problems(s: NotebookState) {
    if (s.problems.length === 0) return nothing;
    return html`<div class="notice warn" role="alert" data-testid="notebook-problems">
      <p>${t('nb.problems', { count: s.problems.length })}</p>
      <ul>
        ${s.problems
          .slice(0, MAX_PROBLEMS_SHOWN)
          .map(
            (p) =>
              html`<li data-testid="notebook-problem" data-code=${p.code} data-line=${p.line}>
                ${t('nb.problemLine', { line: p.line, message: msgText(p.message) })}
              </li>`,
          )}
      </ul>
    </div>`;
  }

  #bindings(s: NotebookState) {
    const checks = this.#bindingChecks(s);
    if (checks.length === 0) return nothing;
    return html`<div class="notice warn" role="status" data-testid="binding-notice">
      <p>${t('nb.bindings')}</p>
      <ul>
        ${checks.map(
          (c) =>
            html`<li data-testid="binding" data-table=${c.binding.table} data-status=${c.status}>
              ${msgText(c.message)}
            </li>`,
        )}
      </ul>
      <button class="btn btn-small" data-testid="attach" @click=${() => this.#request({ kind: 'attach' })}>
        ${t('nb.attach')}
      </button>
    </div>`;
  }

  #saveError(s: NotebookState) {
    if (!s.saveError) return nothing;
    return html`<div class="notice error" role="alert" data-testid="save-error">
      ${msgText(s.saveError.message)}
    </div>`;
  }

  /** Bindings that need the user: missing tables and different files (matching ones are not shown). */
  #bindingChecks(s: NotebookState): BindingCheck[] {
    if (s.notebook.meta.datasets.length === 0) return [];
    const loaded = this.datasets.flatMap((d) =>
      d.mapping ? [{ table: d.mapping.target, fileName: d.fileName, sha256: d.sha256 }] : [],
    );
    return checkBindings(s.notebook.meta.datasets, loaded).filter(
      (c) => c.status === 'missing' || c.status === 'fingerprint-differs',
    );
  }

  #request(detail: NotebookRequestEvent['detail']) {
    this.dispatchEvent(
      new CustomEvent('cl-notebook-request', {
        detail,
        bubbles: true,
        composed: true,
      }) satisfies NotebookRequestEvent,
    );
  }
}
