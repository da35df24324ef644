import { LitElement, html } from 'lit';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { themeChoice } from '../../theme/theme-choice';
import { themeSwitchStyles } from './theme-switch.styles';

/**
 * A toggle button for the dark theme (pressed = dark). It takes the text colour of where it sits, so
 * it reads on the dark header as well as on a light surface.
 */
export class ThemeSwitchElement extends LitElement {
  static override styles = themeSwitchStyles;

  #unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = themeChoice.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    super.disconnectedCallback();
  }

  override render() {
    const isDark = themeChoice.theme === 'dark';
    return html`<button
      type="button"
      class="btn btn-small switch"
      data-testid="theme-switch"
      aria-pressed=${isDark ? 'true' : 'false'}
      title=${t('theme.switchTitle')}
      @click=${() => themeChoice.toggle()}
    >
      <span class="icon" aria-hidden="true">${isDark ? '☾' : '☀'}</span>${t('theme.switchLabel')}
    </button>`;
  }
}
