// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import '../../../src/components/theme-switch/theme-switch';
import { messages } from '../../../src/i18n/messages';
import { THEME_STORAGE_KEY, themeChoice } from '../../../src/theme/theme-choice';

describe('<cl-theme-switch>', () => {
  it('toggles the page theme, names the action it performs (not the current state) and remembers it', async () => {
    themeChoice.set('light');
    const element = document.createElement('cl-theme-switch');
    document.body.append(element);
    await element.updateComplete;
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="theme-switch"]');
    // A label that changes with the state is not also a pressed toggle (it would read as the opposite).
    expect(button?.hasAttribute('aria-pressed')).toBe(false);
    expect(button?.textContent?.trim()).toContain(messages['theme.switchToDark'].zh);
    expect(button?.textContent).toContain('☾');
    expect(button?.title).toBe(messages['theme.currentLight'].zh);
    button?.click();
    await element.updateComplete;
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(button?.textContent?.trim()).toContain(messages['theme.switchToLight'].zh);
    expect(button?.textContent).toContain('☀');
    expect(button?.textContent).not.toContain(messages['theme.switchToDark'].zh);
    expect(button?.title).toBe(messages['theme.currentDark'].zh);
    themeChoice.set('light');
    await element.updateComplete;
    expect(button?.textContent?.trim()).toContain(messages['theme.switchToDark'].zh);
    element.remove();
  });
});
