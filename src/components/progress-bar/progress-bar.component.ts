import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Progress } from '../../../workers/api';
import { formatPercent } from '../../i18n/format-number';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { progressStyles } from './progress-bar.styles';
import { progressText } from './progress-text';

/** A labelled progress bar: phase, amount, percent; indeterminate while the total is unknown. */
export class ProgressBarElement extends LitElement {
  static override styles = progressStyles;

  /** The latest report; none yet means "starting". */
  @property({ attribute: false }) progress: Progress | undefined;
  /** What is being worked on (a file name), shown before the phase. */
  @property() label = '';

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const text = this.progress ? progressText(this.progress, locale.lang) : undefined;
    const percent = text?.percent;
    return html`
      <div class="line">
        ${this.label ? html`<span class="label" title=${this.label}>${this.label}</span>` : nothing}
        <span class="phase">${text?.phase ?? t('progress.starting')}</span>
        ${text?.amount ? html`<span class="amount num">${text.amount}</span>` : nothing}
        ${percent !== undefined ? html`<span class="percent num">${formatPercent(percent)}</span>` : nothing}
      </div>
      <div
        class="track"
        role="progressbar"
        aria-label=${this.label || (text?.phase ?? '')}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${percent !== undefined ? Math.round(percent) : nothing}
      >
        <div
          class=${percent === undefined ? 'bar indeterminate' : 'bar'}
          style=${styleMap(percent === undefined ? {} : { width: `${percent.toFixed(1)}%` })}
        ></div>
      </div>
    `;
  }
}
