// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import '../../../src/components/theme-switch/theme-switch';
import { messages } from '../../../src/i18n/messages';
import { THEME_STORAGE_KEY, themeChoice } from '../../../src/theme/theme-choice';

describe('<cl-theme-switch>', () => {
  it('toggles the page theme, reflects it in aria-pressed and remembers it', async () => {
    themeChoice.set('light');
    const element = document.createElement('cl-theme-switch');
    document.body.append(element);
    await element.updateComplete;
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid="theme-switch"]');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    expect(button?.textContent?.trim()).toContain(messages['theme.switchLabel'].zh);
    button?.click();
    await element.updateComplete;
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    themeChoice.set('light');
    await element.updateComplete;
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    element.remove();
  });
});
