import {
  formatCount as coreFormatCount,
  formatCountCompact,
  formatDecimal as coreFormatDecimal,
  formatDecimalText as coreFormatDecimalText,
  formatMoney as coreFormatMoney,
  formatMoneyCompact as coreFormatMoneyCompact,
} from '../../core/format/number-format';
import { intlLocale, locale, type Lang } from './locale';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), options);
    formats.set(key, format);
  }
  return format;
}

/** A count with grouping separators in the current language: `1,234,567` (core `formatCount`). */
export function formatCount(n: number, lang: Lang = locale.lang): string {
  return coreFormatCount(n, lang);
}

/**
 * A large count the way a reader of the language says it, only where space demands: `123万` / `1.23亿`
 * in Chinese, `1.23M` in English; pair with {@link formatCount} on hover. Small counts are in full.
 */
export function formatCompactCount(n: number, lang: Lang = locale.lang): string {
  return formatCountCompact(n, lang);
}

/** An amount in yuan to the fen in the current language: `¥80,417.40` (core `formatMoney`). */
export function formatMoney(amount: number, lang: Lang = locale.lang): string {
  return coreFormatMoney(amount, lang);
}

/** A compact amount (`¥8.04万`) only where space demands; pair with {@link formatMoney} on hover. */
export function formatMoneyCompact(amount: number, lang: Lang = locale.lang): string {
  return coreFormatMoneyCompact(amount, lang);
}

/** A measured number with grouping and all its digits, never rounded: `251,310.51`. */
export function formatDecimal(n: number, lang: Lang = locale.lang): string {
  return coreFormatDecimal(n, lang);
}

/** A number written as decimal text (DECIMAL, 64-bit) grouped with its digits unchanged. */
export function formatDecimalText(text: string, lang: Lang = locale.lang): string {
  return coreFormatDecimalText(text, lang);
}

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** A byte size in binary units with up to one decimal: `12.3 MB`. */
export function formatBytes(bytes: number, lang: Lang = locale.lang): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${numberFormat(lang, { maximumFractionDigits: digits }).format(value)} ${BYTE_UNITS[unit]}`;
}

/** A duration: `850 ms` under a second, then `3.2 s`, then `2:05` (minutes:seconds). */
export function formatDuration(ms: number, lang: Lang = locale.lang): string {
  if (ms < 1000) return `${formatCount(Math.round(ms), lang)} ms`;
  if (ms < 60_000) return `${numberFormat(lang, { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** A whole percentage, 0–100: `42%`. */
export function formatPercent(percent: number, lang: Lang = locale.lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
