import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { AppError } from '../../../workers/api';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { formatCount } from '../../i18n/format-number';
import { appErrorStyles } from './app-error.styles';

/** Fired when the user dismisses the error. */
export type ErrorDismissEvent = CustomEvent<void>;

/**
 * An expected failure shown where it happened: the bilingual message in the current language, where
 * (file, row, column), and the engine's own text on demand. Dismissable when `dismissable`.
 */
export class AppErrorElement extends LitElement {
  static override styles = appErrorStyles;

  @property({ attribute: false }) error: AppError | undefined;
  /** The file the error is about, when the error itself does not say. */
  @property() fileName = '';
  @property({ type: Boolean }) dismissable = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const error = this.error;
    if (!error) return nothing;
    const file = error.file ?? this.fileName;
    const where = [
      file ? t('error.file', { file }) : '',
      error.row !== undefined ? t('error.row', { row: formatCount(error.row) }) : '',
      error.column ? t('error.column', { column: error.column }) : '',
    ].filter(Boolean);
    return html`
      <div class="box" role="alert">
        <div class="body">
          <div class="message">${msgText(error.message)}</div>
          ${where.length ? html`<div class="where">${where.join(' · ')}</div>` : nothing}
          ${
            error.detail && error.detail !== error.message.en
              ? html`<details>
                  <summary>${t('error.detail')}</summary>
                  <pre>${error.detail}</pre>
                </details>`
              : nothing
          }
        </div>
        ${
          this.dismissable
            ? html`<button class="btn btn-small close" @click=${this.#dismiss} title=${t('common.dismiss')}>
                ${t('common.dismiss')}
              </button>`
            : nothing
        }
      </div>
    `;
  }

  #dismiss() {
    this.dispatchEvent(
      new CustomEvent('cl-dismiss', { bubbles: true, composed: true }) satisfies ErrorDismissEvent,
    );
  }
}
