import { describe, expect, it } from 'vitest';
import {
  CJK_SANS_FAMILIES,
  cssFontFamily,
  FONT_MONO,
  FONT_SANS,
  LATIN_SANS_FAMILIES,
  MONO_FAMILIES,
  SANS_FAMILIES,
} from '../../../src/theme/font-stack';
import { EXPORT_STYLE } from '../../../src/charts/export-chart';

/** What each platform ships (docs/fonts.md): one of these must be in the stack for each. */
const PLATFORM_FONTS: Readonly<Record<string, readonly string[]>> = {
  windows: ['Microsoft YaHei', '微软雅黑', 'DengXian', 'SimSun'],
  macos: ['PingFang SC', 'Hiragino Sans GB', 'Heiti SC'],
  'uos-deepin-kylin': [
    'Noto Sans CJK SC',
    'Source Han Sans SC',
    '思源黑体',
    'WenQuanYi Micro Hei',
    'Droid Sans Fallback',
  ],
  linux: ['Noto Sans CJK SC', 'Noto Sans SC'],
};

describe('font stacks', () => {
  it('names the Chinese fonts every target platform ships, in the UI and the mono stack', () => {
    for (const [platform, fonts] of Object.entries(PLATFORM_FONTS)) {
      for (const font of fonts) {
        expect(SANS_FAMILIES, `${platform}: ${font}`).toContain(font);
        expect(MONO_FAMILIES, `${platform}: ${font} (mono fallback)`).toContain(font);
      }
    }
  });

  it('puts every Latin font before every Chinese one, and the generic family last', () => {
    const lastLatin = Math.max(...LATIN_SANS_FAMILIES.map((f) => SANS_FAMILIES.indexOf(f)));
    const firstCjk = Math.min(...CJK_SANS_FAMILIES.map((f) => SANS_FAMILIES.indexOf(f)));
    expect(lastLatin).toBeLessThan(firstCjk);
    expect(SANS_FAMILIES.at(-1)).toBe('sans-serif');
    expect(MONO_FAMILIES.at(-1)).toBe('monospace');
    expect(MONO_FAMILIES.indexOf('Consolas')).toBeLessThan(MONO_FAMILIES.indexOf('Noto Sans Mono CJK SC'));
    expect(new Set(SANS_FAMILIES).size).toBe(SANS_FAMILIES.length);
    expect(new Set(MONO_FAMILIES).size).toBe(MONO_FAMILIES.length);
  });

  it('quotes font names and leaves generic families and system keywords bare', () => {
    expect(
      cssFontFamily(['-apple-system', 'system-ui', 'Segoe UI', '微软雅黑', "O'Font", 'sans-serif']),
    ).toBe("-apple-system, system-ui, 'Segoe UI', '微软雅黑', 'O\\'Font', sans-serif");
    expect(FONT_SANS).toContain("'PingFang SC'");
    expect(FONT_SANS).toMatch(/, sans-serif$/);
    expect(FONT_MONO).toMatch(/^ui-monospace, /);
    expect(FONT_MONO).not.toContain("'monospace'");
  });

  it('is the stack an exported chart falls back to', () => {
    expect(EXPORT_STYLE.fontFamily).toBe(FONT_SANS);
  });
});
