import { LitElement, html } from 'lit';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { themeChoice } from '../../theme/theme-choice';
import { themeSwitchStyles } from './theme-switch.styles';

/**
 * The theme button. It names what a click does, with the icon of the theme it switches to (a moon and
 * "Switch to dark" in the light theme, a sun and "Switch to light" in the dark one); its `title` also
 * says which theme is on now. A label that changes with the state is not also `aria-pressed`, which
 * would read as the opposite. It takes the text colour of where it sits, so it reads on the dark header
 * as well as on a light surface.
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
      data-theme=${isDark ? 'dark' : 'light'}
      title=${t(isDark ? 'theme.currentDark' : 'theme.currentLight')}
      @click=${() => themeChoice.toggle()}
    >
      <span class="icon" aria-hidden="true">${isDark ? '☀' : '☾'}</span>${t(
        isDark ? 'theme.switchToLight' : 'theme.switchToDark',
      )}
    </button>`;
  }
}
