import { LitElement, html, nothing } from 'lit';
import { query } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { keyCaps, SHORTCUTS, type Shortcut, type ShortcutMode } from '../../keyboard/shortcuts';
import { assertNever } from '../../../core/shared/invariant';
import { shortcutHelpStyles } from './shortcut-help.styles';

const MODES: readonly ShortcutMode[] = ['command', 'edit'];

/**
 * The keyboard shortcut list, as a modal dialog: both modes, each key as `<kbd>`. Esc, the close
 * button or a click on the backdrop closes it, and focus goes back to where it was.
 */
export class ShortcutHelpElement extends LitElement {
  static override styles = shortcutHelpStyles;

  @query('dialog') private dialog: HTMLDialogElement | null | undefined;
  @query('.close') private closeButton: HTMLButtonElement | null | undefined;

  #opener: HTMLElement | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** True while the dialog is showing. */
  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Shows the dialog (modal); closing it returns focus to the element focused now. */
  open(): void {
    if (this.isOpen) return;
    this.#opener = deepActiveElement();
    void this.updateComplete.then(() => {
      const dialog = this.dialog;
      if (!dialog || dialog.open) return;
      dialog.showModal();
      this.closeButton?.focus();
    });
  }

  /** Closes the dialog. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  override render() {
    return html`<dialog
      aria-labelledby="shortcut-title"
      aria-describedby="shortcut-intro"
      data-testid="shortcut-help"
      @close=${this.#onClose}
      @click=${this.#onClick}
    >
      <div class="panel">
        <header>
          <h2 id="shortcut-title">${t('shortcut.title')}</h2>
          <button
            type="button"
            class="btn btn-small close"
            data-testid="shortcut-help-close"
            aria-label=${t('shortcut.close')}
            title=${t('shortcut.close')}
            @click=${() => this.close()}
          >
            ×
          </button>
        </header>
        <p id="shortcut-intro" class="muted">${t('shortcut.intro')}</p>
        ${MODES.map((mode) => this.#section(mode))}
      </div>
    </dialog>`;
  }

  #section(mode: ShortcutMode) {
    const headingId = `shortcut-mode-${mode}`;
    return html`<section aria-labelledby=${headingId} data-mode=${mode}>
      <h3 id=${headingId}>${modeHeading(mode)}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('shortcut.keysColumn')}</th>
            <th scope="col">${t('shortcut.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          ${SHORTCUTS.filter((s) => s.mode === mode).map(
            (s) =>
              html`<tr data-action=${s.action}>
                <td class="keys">${shortcutKeys(s)}</td>
                <td>${t(s.description)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  // Only the dialog's own box is outside `.panel`, so a click that lands on it is on the backdrop.
  #onClick(event: MouseEvent): void {
    if (event.target === this.dialog) this.close();
  }

  #onClose(): void {
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
  }
}

/** A shortcut's keys: alternatives joined by "or", sequences by "then". */
function shortcutKeys(shortcut: Shortcut) {
  return shortcut.bindings.map(
    (binding, i) => html`${i > 0 ? separator(t('shortcut.or')) : nothing}${bindingKeys(binding)}`,
  );
}

// `<kbd>` inside `<kbd>` is HTML's way of writing a key combination.
function bindingKeys(binding: string) {
  return keyCaps(binding).map(
    (caps, step) =>
      html`${step > 0 ? separator(t('shortcut.then')) : nothing}<kbd
          >${caps.map((cap, j) => html`${j > 0 ? '+' : ''}<kbd>${cap}</kbd>`)}</kbd
        >`,
  );
}

function separator(text: string) {
  return html`<span class="sep">${text}</span>`;
}

function modeHeading(mode: ShortcutMode): string {
  switch (mode) {
    case 'command':
      return t('shortcut.commandModeHeading');
    case 'edit':
      return t('shortcut.editModeHeading');
    default:
      return assertNever(mode, 'shortcut mode');
  }
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
