// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../src/components/shortcut-help/shortcut-help';
import { locale } from '../../../src/i18n/locale';
import { messages } from '../../../src/i18n/messages';
import { SHORTCUTS } from '../../../src/keyboard/shortcuts';

// jsdom has <dialog> without its methods: a minimal stand-in with the spec's open/close/`close` event.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  Object.defineProperty(proto, 'open', {
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
    configurable: true,
  });
});

async function mount() {
  const help = document.createElement('cl-shortcut-help');
  document.body.append(help);
  await help.updateComplete;
  const dialog = help.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
  return { help, dialog };
}

describe('<cl-shortcut-help>', () => {
  it('is a labelled dialog listing every shortcut under its mode, keys as <kbd>', async () => {
    const { help, dialog } = await mount();
    expect(dialog.dataset['testid']).toBe('shortcut-help');
    const title = help.shadowRoot?.getElementById(dialog.getAttribute('aria-labelledby') ?? '');
    expect(title?.textContent).toBe(messages['shortcut.title'][locale.lang]);
    for (const mode of ['command', 'edit'] as const) {
      const rows = dialog.querySelectorAll(`section[data-mode="${mode}"] tbody tr`);
      expect(rows).toHaveLength(SHORTCUTS.filter((s) => s.mode === mode).length);
    }
    const del = dialog.querySelector('section[data-mode="command"] tr[data-action="delete"]');
    expect(Array.from(del?.querySelectorAll('kbd kbd') ?? []).map((k) => k.textContent)).toEqual(['D', 'D']);
    const run = dialog.querySelector('section[data-mode="edit"] tr[data-action="run"]');
    expect(run?.querySelector('td.keys')?.textContent?.replace(/\s+/g, '')).toBe('Ctrl/⌘+Enter');
    expect(run?.textContent).toContain(messages['shortcut.run'][locale.lang]);
    help.remove();
  });

  it('switches language with the UI', async () => {
    const { help, dialog } = await mount();
    locale.set('en');
    await help.updateComplete;
    expect(dialog.querySelector('h2')?.textContent).toBe('Keyboard shortcuts');
    locale.set('zh');
    await help.updateComplete;
    expect(dialog.querySelector('h2')?.textContent).toBe('键盘快捷键');
    help.remove();
  });

  it('opens modally on the close button and gives focus back to the opener on close', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { help, dialog } = await mount();
    help.open();
    await help.updateComplete;
    await Promise.resolve();
    expect(help.isOpen).toBe(true);
    const close = dialog.querySelector<HTMLButtonElement>('[data-testid="shortcut-help-close"]');
    expect(close?.getAttribute('aria-label')).toBe(messages['shortcut.close'].zh);
    expect(help.shadowRoot?.activeElement).toBe(close);
    close?.click();
    expect(help.isOpen).toBe(false);
    expect(document.activeElement).toBe(opener);
    help.remove();
    opener.remove();
  });

  it('closes on a click on the backdrop but not inside the panel', async () => {
    const { help, dialog } = await mount();
    help.open();
    await help.updateComplete;
    await Promise.resolve();
    dialog.querySelector('h2')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(help.isOpen).toBe(true);
    dialog.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(help.isOpen).toBe(false);
    help.remove();
  });
});
