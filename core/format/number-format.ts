/**
 * The product's one way to write numbers for people: tables, summaries, charts, the CLI and reports.
 * Host-neutral (Intl only). Audit contexts show money exactly (`¥80,417.40`); compact forms
 * (`¥8.04万`, `¥80.4K`) are only for places where space demands, and the caller then shows the
 * exact value on hover (`title`).
 */

/** The languages numbers are written in (the product languages). */
export type NumberLang = 'zh' | 'en';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: NumberLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', options);
    cache.set(key, format);
  }
  return format;
}

/** The currency sign amounts carry (settlement data is in yuan). */
export const YUAN = '¥';

/** An amount in yuan to the fen, with grouping separators: `¥80,417.40`, `-¥12.00`. */
export function formatMoney(amount: number, lang: NumberLang): string {
  if (!Number.isFinite(amount)) return String(amount);
  const text = numberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Math.abs(amount),
  );
  return `${amount < 0 && text !== '0.00' ? '-' : ''}${YUAN}${text}`;
}

/**
 * A large amount in the reader's own units where space demands (`¥8.04万`, `¥1.27亿`, `¥80.4K`,
 * `¥1.27M`), three significant digits; under ¥10,000 the exact amount. Always pair with the exact
 * {@link formatMoney} on hover.
 */
export function formatMoneyCompact(amount: number, lang: NumberLang): string {
  if (!Number.isFinite(amount) || Math.abs(amount) < 10_000) return formatMoney(amount, lang);
  const text = formatCompact(Math.abs(amount), lang);
  return `${amount < 0 ? '-' : ''}${YUAN}${text}`;
}

/** A count with grouping separators: `1,234,567` (rounded to a whole number). */
export function formatCount(n: number, lang: NumberLang): string {
  if (!Number.isFinite(n)) return String(n);
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(n);
}

/**
 * A large count in the reader's own units where space demands (`12.3万`, `1.2亿`, `123K`), three
 * significant digits; under 10,000 the exact count. Pair with {@link formatCount} on hover.
 */
export function formatCountCompact(n: number, lang: NumberLang): string {
  if (!Number.isFinite(n) || Math.abs(n) < 10_000) return formatCount(n, lang);
  return `${n < 0 ? '-' : ''}${formatCompact(Math.abs(n), lang)}`;
}

function formatCompact(n: number, lang: NumberLang): string {
  return numberFormat(lang, { notation: 'compact', maximumSignificantDigits: 3 }).format(n);
}

/**
 * A measured number (a result-table value, a rate) with grouping separators and every fraction digit it
 * has, never rounded: `251310.51` → `251,310.51`, `0.125` → `0.125`. The digits are JavaScript's shortest
 * round-trip form, so the text reads back as the same number.
 */
export function formatDecimal(n: number, lang: NumberLang): string {
  if (!Number.isFinite(n)) return String(n);
  const plain = String(n);
  if (/e/i.test(plain)) return plain;
  return formatDecimalText(plain, lang);
}

/**
 * A number already written as decimal text (a DECIMAL column, a BIGINT beyond 2^53) with grouping
 * separators and its digits unchanged: `-1234567890123456789.50` → `-1,234,567,890,123,456,789.50`.
 * Text that is not a plain decimal is returned as it is.
 */
export function formatDecimalText(text: string, lang: NumberLang): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction] = match;
  const separator =
    numberFormat(lang, {})
      .formatToParts(1000)
      .find((p) => p.type === 'group')?.value ?? ',';
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${sign ?? ''}${grouped}${fraction ?? ''}`;
}

/** A share as a percentage with up to one decimal: `42%`, `4.5%` (`share` is 0–1). */
export function formatShare(share: number, lang: NumberLang): string {
  if (!Number.isFinite(share)) return String(share);
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
