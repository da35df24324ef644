import { locale, type Lang } from '../../i18n/locale';
import { formatMoney, formatMoneyCompact } from '../../i18n/format-number';

/** An amount in yuan with fen and grouping in the current language: `¥80,417.40`. */
export function formatYuan(amount: number, lang: Lang = locale.lang): string {
  return formatMoney(amount, lang);
}

/**
 * A large amount the way a reader says it (`¥8.04万`, `¥80.4K`), only where space demands; the caller
 * shows {@link formatYuan} on hover (`title`).
 */
export function formatYuanCompact(amount: number, lang: Lang = locale.lang): string {
  return formatMoneyCompact(amount, lang);
}
