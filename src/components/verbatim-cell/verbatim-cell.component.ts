import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Msg } from '../../../core/shared/msg';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText } from '../../i18n/translate';
import { verbatimCellStyles } from './verbatim-cell.styles';

/**
 * A cell this version keeps but does not run (a model or evidence cell, a fence of an unknown type): what
 * the cell says about itself, if anything, then its text, read-only, exactly as the file holds it.
 */
export class VerbatimCellElement extends LitElement {
  static override styles = verbatimCellStyles;

  /** The cell's text, verbatim. */
  @property() source = '';
  /** What the cell says about itself (e.g. "not available in this version"). */
  @property({ attribute: false }) notice: Msg | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    return html`${
        this.notice
          ? html`<p class="notice" role="note" data-testid="cell-notice">${msgText(this.notice)}</p>`
          : nothing
      }
      <pre data-testid="cell-verbatim">${this.source}</pre>`;
  }
}
