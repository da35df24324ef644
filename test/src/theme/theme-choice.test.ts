import { describe, expect, it } from 'vitest';
import {
  THEME_STORAGE_KEY,
  ThemeChoice,
  isTheme,
  type ColorSchemeQuery,
} from '../../../src/theme/theme-choice';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

function fakeQuery(matches: boolean) {
  const listeners: ((event: { matches: boolean }) => void)[] = [];
  const query: ColorSchemeQuery & { fire(matches: boolean): void } = {
    matches,
    addEventListener: (_type, listener) => void listeners.push(listener),
    fire: (next) => listeners.forEach((l) => l({ matches: next })),
  };
  return query;
}

describe('ThemeChoice', () => {
  it('follows the system preference when nothing is stored, and mirrors it into data-theme', () => {
    const root = { dataset: {} as Record<string, string | undefined> };
    expect(new ThemeChoice({ storage: memoryStorage(), root, prefersDark: fakeQuery(true) }).theme).toBe(
      'dark',
    );
    expect(root.dataset['theme']).toBe('dark');
    expect(new ThemeChoice({ storage: memoryStorage(), root, prefersDark: fakeQuery(false) }).theme).toBe(
      'light',
    );
    expect(root.dataset['theme']).toBe('light');
    expect(new ThemeChoice().theme).toBe('light');
  });

  it('prefers a stored choice over the system', () => {
    const storage = memoryStorage({ [THEME_STORAGE_KEY]: 'light' });
    const choice = new ThemeChoice({ storage, prefersDark: fakeQuery(true) });
    expect(choice.theme).toBe('light');
    expect(choice.isChosen).toBe(true);
  });

  it('remembers a toggle, tells listeners and restores it on the next start', () => {
    const storage = memoryStorage();
    const root = { dataset: {} as Record<string, string | undefined> };
    const seen: string[] = [];
    const choice = new ThemeChoice({ storage, root });
    choice.subscribe((theme) => seen.push(theme));
    choice.toggle();
    expect(choice.theme).toBe('dark');
    expect(root.dataset['theme']).toBe('dark');
    expect(storage.data.get(THEME_STORAGE_KEY)).toBe('dark');
    choice.set('dark');
    expect(seen).toEqual(['dark']);
    expect(new ThemeChoice({ storage, prefersDark: fakeQuery(false) }).theme).toBe('dark');
  });

  it('tracks system changes until the user picks, then stops', () => {
    const query = fakeQuery(false);
    const seen: string[] = [];
    const choice = new ThemeChoice({ storage: memoryStorage(), prefersDark: query });
    choice.subscribe((theme) => seen.push(theme));
    query.fire(true);
    expect(choice.theme).toBe('dark');
    choice.set('light');
    query.fire(true);
    expect(choice.theme).toBe('light');
    expect(seen).toEqual(['dark', 'light']);
  });

  it('ignores unknown stored values and failing storage, and stops notifying after unsubscribe', () => {
    expect(new ThemeChoice({ storage: memoryStorage({ [THEME_STORAGE_KEY]: 'blue' }) }).isChosen).toBe(false);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const choice = new ThemeChoice({ storage: broken });
    let calls = 0;
    const off = choice.subscribe(() => calls++);
    choice.set('dark');
    off();
    choice.set('light');
    expect(choice.theme).toBe('light');
    expect(calls).toBe(1);
    expect(isTheme('dark')).toBe(true);
    expect(isTheme('Dark')).toBe(false);
  });
});
