/** The product languages: Chinese first, English too. */
export const LANGS = ['zh', 'en'] as const;
/** A product language. */
export type Lang = (typeof LANGS)[number];

/** Where the chosen language is remembered. */
export const LANG_STORAGE_KEY = 'claimlens.lang';

/** The `<html lang>` value for a language. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The BCP 47 locale used for number and date formatting. */
export function intlLocale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

/** True when `value` names a product language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** What the locale needs from its surroundings (the browser's, or a test's). */
export interface LocaleHost {
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
  readonly root?: { lang: string };
}

/**
 * The current language: read from storage at start (Chinese when nothing was chosen), written back on
 * change, mirrored into `<html lang>`, and announced to listeners.
 */
export class Locale {
  #lang: Lang;
  readonly #listeners = new Set<(lang: Lang) => void>();

  constructor(private readonly host: LocaleHost = {}) {
    const stored = safeGet(host.storage);
    this.#lang = isLang(stored) ? stored : 'zh';
    if (host.root) host.root.lang = htmlLang(this.#lang);
  }

  /** The current language. */
  get lang(): Lang {
    return this.#lang;
  }

  /** Switches language, remembers it and tells every listener. */
  set(lang: Lang): void {
    if (lang === this.#lang) return;
    this.#lang = lang;
    safeSet(this.host.storage, lang);
    if (this.host.root) this.host.root.lang = htmlLang(lang);
    for (const listener of this.#listeners) listener(lang);
  }

  /** Switches to the other language. */
  toggle(): void {
    this.set(this.#lang === 'zh' ? 'en' : 'zh');
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (lang: Lang) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

// Storage can throw (privacy modes, sandboxed frames): the language then simply is not remembered.
function safeGet(storage: LocaleHost['storage']): string | null {
  try {
    return storage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: LocaleHost['storage'], lang: Lang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch itself still works.
  }
}

/** The page's locale (remembered in localStorage, mirrored into `<html lang>`). */
export const locale = new Locale(
  typeof document === 'undefined' ? {} : { storage: pageStorage(), root: document.documentElement },
);

function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
