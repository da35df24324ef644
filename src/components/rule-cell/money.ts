import { intlLocale, locale, type Lang } from '../../i18n/locale';
import { formatCompactCount } from '../../i18n/format-number';

const formats = new Map<Lang, Intl.NumberFormat>();

/** An amount in yuan with fen: `¥1,234.50`. */
export function formatYuan(amount: number, lang: Lang = locale.lang): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formats.set(lang, format);
  }
  return `¥${format.format(amount)}`;
}

/** A large amount the way a reader says it (`¥123.5万`, `¥1.2M`), for summary cards. */
export function formatYuanCompact(amount: number, lang: Lang = locale.lang): string {
  return Math.abs(amount) < 10_000 ? formatYuan(amount, lang) : `¥${formatCompactCount(amount, lang)}`;
}
