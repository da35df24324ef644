/**
 * The UI's font stacks, as data. System fonts only (nothing is fetched from another origin). Latin
 * fonts come first, so Latin letters and digits use a font designed for them (with tabular figures on
 * request); the Chinese fonts each platform ships follow, so every Chinese character finds a glyph:
 * Windows (Microsoft YaHei, DengXian, SimSun), macOS (PingFang SC, Hiragino Sans GB, Heiti SC),
 * UOS / Deepin / Kylin and other Linux (Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei,
 * Droid Sans Fallback). The browser picks a font per character, so a Latin font first does not hide the
 * Chinese ones. Why each name is there: docs/fonts.md.
 */

/** Latin UI fonts of macOS/iOS, Windows, Android/ChromeOS and Linux, best first. */
const LATIN_SANS = [
  '-apple-system',
  'BlinkMacSystemFont',
  'Segoe UI',
  'system-ui',
  'Roboto',
  'Helvetica Neue',
  'Arial',
  'Noto Sans',
  'Liberation Sans',
] as const;

/**
 * Simplified-Chinese fonts, the macOS ones first (they would otherwise lose to a Windows font installed
 * with Office), then Windows, then the Linux ones that UOS, Deepin, Kylin and common distributions ship.
 * Both the English and the Chinese family names are listed where Windows and some Linux fonts register
 * only the local name.
 */
const CJK_SANS = [
  'PingFang SC',
  'Hiragino Sans GB',
  'Heiti SC',
  'Microsoft YaHei UI',
  'Microsoft YaHei',
  '微软雅黑',
  'DengXian',
  '等线',
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'Source Han Sans SC',
  'Source Han Sans CN',
  '思源黑体',
  'WenQuanYi Micro Hei',
  '文泉驿微米黑',
  'Droid Sans Fallback',
  'SimSun',
  '宋体',
] as const;

/** Monospaced Latin fonts of macOS, Windows and Linux. */
const LATIN_MONO = [
  'ui-monospace',
  'SFMono-Regular',
  'SF Mono',
  'Menlo',
  'Cascadia Mono',
  'Consolas',
  'DejaVu Sans Mono',
  'Liberation Mono',
  'Noto Sans Mono',
] as const;

/** Chinese fallbacks for code: CJK monospaced fonts where they exist, then the UI's Chinese fonts. */
const CJK_MONO = [
  'Noto Sans Mono CJK SC',
  'Sarasa Mono SC',
  'WenQuanYi Zen Hei Mono',
  'WenQuanYi Micro Hei Mono',
  ...CJK_SANS,
] as const;

/** CSS generic families and system keywords: written without quotes (quoted, they would name a font). */
const KEYWORDS: ReadonlySet<string> = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-sans-serif',
  'ui-serif',
  'ui-monospace',
  'ui-rounded',
  'emoji',
  'math',
  '-apple-system',
  'BlinkMacSystemFont',
]);

/** The sans-serif UI families in order, ending with the generic family. */
export const SANS_FAMILIES: readonly string[] = [...LATIN_SANS, ...CJK_SANS, 'sans-serif'];

/** The monospaced families in order (code, SQL, identifiers), ending with the generic family. */
export const MONO_FAMILIES: readonly string[] = [...LATIN_MONO, ...CJK_MONO, 'monospace'];

/** The families of a Latin UI font, for checks (every one of them comes before every Chinese one). */
export const LATIN_SANS_FAMILIES: readonly string[] = LATIN_SANS;
/** The Chinese families of the UI stack, for checks. */
export const CJK_SANS_FAMILIES: readonly string[] = CJK_SANS;

/** A `font-family` value: names quoted (with `'` escaped), generic families and keywords bare. */
export function cssFontFamily(families: readonly string[]): string {
  return families
    .map((f) => (KEYWORDS.has(f) ? f : `'${f.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`))
    .join(', ');
}

/** The UI's sans-serif stack as a CSS value (`--cl-font-sans`, charts, exported SVG). */
export const FONT_SANS = cssFontFamily(SANS_FAMILIES);
/** The UI's monospaced stack as a CSS value (`--cl-font-mono`). */
export const FONT_MONO = cssFontFamily(MONO_FAMILIES);
