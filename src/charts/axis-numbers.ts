/**
 * How a chart writes numbers: tick labels and tooltips through the product's one number formatter
 * (`core/format/number-format.ts`), with grouping separators and every digit the value has, so an axis
 * reads `30,000` and a tooltip `80,417.4`, never a rounded or scientific form.
 */
import { formatDecimal, type NumberLang } from '../../core/format/number-format';

/** A number's text on an axis or in a tooltip; other values (dates, text) as Plot would show them. */
export function chartNumber(value: unknown, lang: NumberLang): string {
  if (typeof value === 'number') return formatDecimal(value, lang);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? '' : String(value);
}

/** The tick format to hand Plot for a numeric axis. */
export function numberTickFormat(lang: NumberLang): (value: unknown) => string {
  return (value) => chartNumber(value, lang);
}
