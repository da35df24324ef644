/** The product's colour themes. */
export const THEMES = ['light', 'dark'] as const;
/** A colour theme. */
export type Theme = (typeof THEMES)[number];

/** Where the chosen theme is remembered. */
export const THEME_STORAGE_KEY = 'claimlens.theme';

/** True when `value` names a theme. */
export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/** The system's colour-scheme preference (a `MediaQueryList` for `(prefers-color-scheme: dark)`). */
export interface ColorSchemeQuery {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: (event: { readonly matches: boolean }) => void): void;
}

/** What the theme choice needs from its surroundings (the browser's, or a test's). */
export interface ThemeHost {
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Receives `data-theme` (`<html>`'s dataset). */
  readonly root?: { readonly dataset: Record<string, string | undefined> };
  /** Whether the system prefers dark; followed until the user picks a theme. */
  readonly prefersDark?: ColorSchemeQuery;
}

/**
 * The current theme: the remembered choice, or else the system's preference (followed live until the
 * user picks one), mirrored into `<html data-theme>` and announced to listeners.
 */
export class ThemeChoice {
  #theme: Theme;
  #isChosen: boolean;
  readonly #listeners = new Set<(theme: Theme) => void>();

  constructor(private readonly host: ThemeHost = {}) {
    const stored = safeGet(host.storage);
    this.#isChosen = isTheme(stored);
    this.#theme = isTheme(stored) ? stored : host.prefersDark?.matches ? 'dark' : 'light';
    this.#apply();
    host.prefersDark?.addEventListener('change', (event) => {
      if (!this.#isChosen) this.#change(event.matches ? 'dark' : 'light');
    });
  }

  /** The current theme. */
  get theme(): Theme {
    return this.#theme;
  }

  /** True when the theme was picked by the user rather than taken from the system. */
  get isChosen(): boolean {
    return this.#isChosen;
  }

  /** Picks a theme, remembers it and tells every listener. */
  set(theme: Theme): void {
    this.#isChosen = true;
    safeSet(this.host.storage, theme);
    this.#change(theme);
  }

  /** Picks the other theme. */
  toggle(): void {
    this.set(this.#theme === 'dark' ? 'light' : 'dark');
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (theme: Theme) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #change(theme: Theme): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#apply();
    for (const listener of this.#listeners) listener(theme);
  }

  #apply(): void {
    if (this.host.root) this.host.root.dataset['theme'] = this.#theme;
  }
}

// Storage can throw (privacy modes, sandboxed frames): the theme then simply is not remembered.
function safeGet(storage: ThemeHost['storage']): string | null {
  try {
    return storage?.getItem(THEME_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: ThemeHost['storage'], theme: Theme): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered; the switch itself still works.
  }
}

/** The page's theme (remembered in localStorage, mirrored into `<html data-theme>`). */
export const themeChoice = new ThemeChoice(
  typeof document === 'undefined'
    ? {}
    : { storage: pageStorage(), root: document.documentElement, prefersDark: darkQuery() },
);

function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function darkQuery(): ColorSchemeQuery | undefined {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
}
