import { describe, expect, it } from 'vitest';
import { LANG_STORAGE_KEY, Locale, htmlLang } from '../../../src/i18n/locale';
import { fill, msgText, t } from '../../../src/i18n/translate';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

describe('Locale', () => {
  it('starts in Chinese and mirrors the language into <html lang>', () => {
    const root = { lang: '' };
    const locale = new Locale({ storage: memoryStorage(), root });
    expect(locale.lang).toBe('zh');
    expect(root.lang).toBe('zh-CN');
  });

  it('remembers a switch and restores it on the next start', () => {
    const storage = memoryStorage();
    const root = { lang: '' };
    const seen: string[] = [];
    const first = new Locale({ storage, root });
    first.subscribe((lang) => seen.push(lang));
    first.toggle();
    expect(first.lang).toBe('en');
    expect(root.lang).toBe('en');
    expect(storage.data.get(LANG_STORAGE_KEY)).toBe('en');
    expect(seen).toEqual(['en']);
    expect(new Locale({ storage, root: { lang: '' } }).lang).toBe('en');
  });

  it('ignores unknown stored values and failing storage', () => {
    expect(new Locale({ storage: memoryStorage({ [LANG_STORAGE_KEY]: 'fr' }) }).lang).toBe('zh');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const locale = new Locale({ storage: broken });
    locale.set('en');
    expect(locale.lang).toBe('en');
  });

  it('stops notifying after unsubscribe', () => {
    const locale = new Locale();
    let calls = 0;
    const off = locale.subscribe(() => calls++);
    locale.set('en');
    off();
    locale.set('zh');
    expect(calls).toBe(1);
    expect(htmlLang('en')).toBe('en');
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} / {b}', { a: 1 })).toBe('1 / {b}');
  });

  it('translates by id in either language', () => {
    expect(t('cell.done', { rows: '3', elapsed: '5 ms' }, 'zh')).toBe('3 行 · 5 ms');
    expect(t('cell.done', { rows: '3', elapsed: '5 ms' }, 'en')).toBe('3 rows · 5 ms');
  });

  it('shows worker messages in the chosen language', () => {
    expect(msgText({ zh: '已取消。', en: 'Cancelled.' }, 'en')).toBe('Cancelled.');
    expect(msgText({ zh: '已取消。', en: '' }, 'en')).toBe('已取消。');
  });
});
