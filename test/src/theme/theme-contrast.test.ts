import { describe, expect, it } from 'vitest';
import { controlStyles, themeTokens } from '../../../src/theme/theme';

/** The `--cl-*` declarations of the first rule whose selector is exactly `selector`. */
function tokensOf(cssText: string, selector: string): Map<string, string> {
  const start = cssText.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = cssText.slice(cssText.indexOf('{', start) + 1, cssText.indexOf('}', start));
  const tokens = new Map<string, string>();
  for (const match of body.matchAll(/(--cl-[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens.set(match[1] ?? '', (match[2] ?? '').replace(/\s+/g, ' ').trim());
  }
  return tokens;
}

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  expect(hex, 'a #rrggbb colour').toMatch(/^#[0-9a-f]{6}$/i);
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1–21). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const css = themeTokens.cssText;
const light = tokensOf(css, ':root');
const dark = new Map([...light, ...tokensOf(css, ":root[data-theme='dark']")]);
const isColour = (value: string) => /#[0-9a-f]{3,8}\b|rgba?\(/i.test(value);

// [text, background, minimum ratio]: 4.5 for text, 3 for the focus ring (a non-text indicator).
const PAIRS: readonly [string, string, number][] = [
  ['--cl-text', '--cl-bg', 4.5],
  ['--cl-text', '--cl-surface', 4.5],
  ['--cl-text', '--cl-surface-alt', 4.5],
  ['--cl-text-muted', '--cl-bg', 4.5],
  ['--cl-text-muted', '--cl-surface', 4.5],
  ['--cl-text-muted', '--cl-surface-alt', 4.5],
  ['--cl-accent', '--cl-surface', 4.5],
  ['--cl-accent', '--cl-bg', 4.5],
  ['--cl-accent', '--cl-accent-soft', 4.5],
  ['--cl-on-accent', '--cl-accent', 4.5],
  ['--cl-on-accent', '--cl-accent-hover', 4.5],
  ['--cl-header-text', '--cl-header-bg', 4.5],
  ['--cl-danger', '--cl-surface', 4.5],
  ['--cl-danger', '--cl-danger-soft', 4.5],
  ['--cl-warn', '--cl-surface', 4.5],
  ['--cl-warn', '--cl-warn-soft', 4.5],
  ['--cl-ok', '--cl-surface', 4.5],
  ['--cl-ok', '--cl-ok-soft', 4.5],
  ['--cl-focus', '--cl-surface', 3],
  ['--cl-focus', '--cl-bg', 3],
];

describe('theme tokens', () => {
  it('gives every colour token a dark value', () => {
    const colourTokens = [...light].filter(([, value]) => isColour(value)).map(([name]) => name);
    expect(colourTokens.length).toBeGreaterThan(15);
    const darkOnly = tokensOf(css, ":root[data-theme='dark']");
    expect(colourTokens.filter((name) => !darkOnly.has(name))).toEqual([]);
    for (const name of colourTokens) expect(darkOnly.get(name), name).not.toBe(light.get(name));
  });

  it('declares the colour scheme of each theme for native controls', () => {
    expect(css).toMatch(/:root \{\s*color-scheme: light;/);
    expect(css).toMatch(/:root\[data-theme='dark'\] \{\s*color-scheme: dark;/);
  });

  for (const [themeName, tokens] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it(`keeps readable contrast in the ${themeName} theme`, () => {
      const failures = PAIRS.flatMap(([fg, bg, min]) => {
        const ratio = contrast(tokens.get(fg) ?? '', tokens.get(bg) ?? '');
        return ratio >= min ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`];
      });
      expect(failures).toEqual([]);
    });
  }

  it('computes WCAG contrast correctly', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('colours primary buttons with the on-accent token, not a fixed white', () => {
    expect(controlStyles.cssText).toMatch(/\.btn-primary \{[^}]*color: var\(--cl-on-accent\)/);
  });
});
